using HoaNhap.Domain.Access;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HoaNhap.Browser.Tests;

/// <summary>
/// Issue 19, part 6 on a 390 × 844 phone: the commune police give the Women's Union a task in the commune's plan; the Union's own
/// account (role PartnerBody) opens its plans, sees only its task with the figure it needs, and reports the task done. Each page
/// passes the axe check.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlansBrowserTests(BrowserApp app)
{
    static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    static string Vn(DateOnly d) => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    [SkippableFact]
    public async Task A_body_reports_on_its_task_from_a_phone()
    {
        app.EnsureBrowser();
        var number = $"{Random.Shared.Next(100, 9999)}/KH-UBND";
        var (officerContext, officer) = await app.SignedInAsync(Roles.CommuneOfficer, Unit.A);
        await using (officerContext)
        {
            await officer.GotoAsync("/Plans/Create");
            await officer.GetByTestId("plan-number").FillAsync(number);
            await officer.GetByTestId("plan-title").FillAsync("Kế hoạch thực hiện công tác tái hòa nhập cộng đồng năm 2026");
            await officer.GetByTestId("plan-issued-on").FillAsync(Vn(app.Today.AddDays(-7)));
            await officer.GetByTestId("plan-save").ClickAsync();
            await Expect(officer.GetByTestId("flash")).ToContainTextAsync($"Đã lập kế hoạch {number}");
            await officer.GetByTestId("task-body").SelectOptionAsync("YouthUnion");
            await officer.GetByTestId("task-description").FillAsync("Tuyên truyền cho đoàn viên về tái hòa nhập cộng đồng");
            await officer.GetByTestId("task-due-on").FillAsync(Vn(app.Today.AddDays(30)));
            await officer.GetByTestId("task-save").ClickAsync();
            await officer.GetByTestId("task-body").SelectOptionAsync("WomensUnion");
            await officer.GetByTestId("task-description").FillAsync("Tư vấn chính sách vay vốn cho người chấp hành xong án phạt tù");
            await officer.GetByTestId("task-due-on").FillAsync(Vn(app.Today.AddDays(20)));
            await officer.GetByTestId("task-indicator").SelectOptionAsync("tu-van-chinh-sach");
            await officer.GetByTestId("task-save").ClickAsync();
            await Expect(officer.GetByTestId("flash")).ToContainTextAsync("Đã giao nhiệm vụ cho Hội Liên hiệp Phụ nữ");
            await Expect(officer.GetByTestId("plan-task")).ToHaveCountAsync(2);
        }

        var (context, page) = await app.SignedInAsync(Roles.PartnerBody, Unit.A, Phone, mobile: true);
        await using (context)
        {
            // The start page says what is open and leads to the plans.
            await page.GotoAsync("/");
            await Expect(page.GetByTestId("home-plans")).ToContainTextAsync("Nhiệm vụ của Hội Liên hiệp Phụ nữ");
            await page.GetByTestId("home-plans-link").ClickAsync();
            await Expect(page.GetByTestId("plans-body")).ToContainTextAsync("Hội Liên hiệp Phụ nữ");
            await Axe.AssertNoSeriousViolationsAsync(page, "plans-body-list");
            await AssertFitsAsync(page);
            await page.Locator("[data-testid=plan-row]", new() { HasText = number }).GetByRole(AriaRole.Link).ClickAsync();
            // Only its own task, with the count it needs; the Youth Union's task is not there.
            await Expect(page.GetByTestId("plan-task")).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("plan-task")).ToHaveAttributeAsync("data-body", "WomensUnion");
            await Expect(page.GetByTestId("task-figure")).ToContainTextAsync("Số liệu");
            await Axe.AssertNoSeriousViolationsAsync(page, "plan-body-tasks");
            await page.GetByTestId("task-report").ClickAsync();

            // Without an answer to "done?", the form says so; then the report goes.
            await page.GetByTestId("report-result").FillAsync("Đã tư vấn 12 lượt người, 3 người được giới thiệu vay vốn");
            await page.GetByTestId("report-save").ClickAsync();
            await Expect(page.Locator(".error-summary")).ToContainTextAsync("hoàn thành hay đang thực hiện");
            await page.GetByText("Đã hoàn thành", new() { Exact = true }).ClickAsync();
            await Axe.AssertNoSeriousViolationsAsync(page, "plan-task-report");
            await AssertFitsAsync(page);
            await page.GetByTestId("report-save").ClickAsync();
            await Expect(page.GetByTestId("flash")).ToContainTextAsync("Đã báo cáo hoàn thành nhiệm vụ");
            await Expect(page.GetByTestId("task-status")).ToHaveTextAsync("Hoàn thành");
            await Expect(page.GetByTestId("task-result")).ToContainTextAsync("3 người được giới thiệu vay vốn");
            await Expect(page.GetByTestId("task-report")).ToHaveCountAsync(0);
            await BrowserApp.ScreenshotAsync(page, "phone-plan-task-reported");
            await AssertFitsAsync(page);
        }
    }

    static async Task AssertFitsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1] && widths[1] == Phone.Width, $"Horizontal scroll on {page.Url}: {widths[0]} > {widths[1]}.");
    }
}
