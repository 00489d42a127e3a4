using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Tests.Infrastructure;
using HoaNhap.Web.Tests.Supervision;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HoaNhap.Browser.Tests;

/// <summary>
/// Issue 19, parts 1 and 2 on a 390 × 844 phone: the supervisor records two signs of violation, the grade tightens at once on the
/// case page with its reason, and the commune officer keeps it after review. Each page passes the axe check.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PreventionBrowserTests(BrowserApp app)
{
    static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [SkippableFact]
    public async Task Signs_recorded_on_a_phone_tighten_the_grade_and_the_officer_reviews_it()
    {
        app.EnsureBrowser();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, app.Today.AddMonths(-3));
        var (context, page) = await app.SignedInAsync(Roles.Supervisor, Unit.A, Phone, mobile: true);
        await using (context)
        {
            foreach (var (kind, note) in new[] { ("Mâu thuẫn, xung đột gia đình", "Vợ báo có cãi vã, đập phá đồ đạc"), ("Giao du với nhóm đối tượng có biểu hiện vi phạm pháp luật", "Thấy ngồi cùng nhóm thanh niên đã bị xử phạt") })
            {
                await page.GotoAsync($"/Prevention/Sign/{caseId}");
                await Expect(page.GetByTestId("sign-form")).ToBeVisibleAsync();
                await page.GetByText(kind, new() { Exact = true }).ClickAsync();
                await page.Locator("#Input_Note").FillAsync(note);
                await Axe.AssertNoSeriousViolationsAsync(page, "prevention-sign");
                await AssertFitsAsync(page);
                await page.GetByTestId("sign-save").ClickAsync();
                await Expect(page.GetByTestId("flash")).ToContainTextAsync("Đã ghi nhận dấu hiệu vi phạm");
            }
            await Expect(page.GetByTestId("grade-name")).ToHaveTextAsync("Quản lý chặt chẽ");
            await Expect(page.GetByTestId("grade-reasons")).ToContainTextAsync("2 dấu hiệu vi phạm");
            await Expect(page.GetByTestId("signs")).ToContainTextAsync("Thấy ngồi cùng nhóm thanh niên đã bị xử phạt");
            await BrowserApp.ScreenshotAsync(page, "phone-prevention-section");
            await AssertFitsAsync(page);
        }

        var (officerContext, officer) = await app.SignedInAsync(Roles.CommuneOfficer, Unit.A, Phone, mobile: true);
        await using (officerContext)
        {
            await officer.GotoAsync($"/Cases/Details/{caseId}#prevention");
            await Expect(officer.GetByTestId("grade-awaiting-review")).ToBeVisibleAsync();
            await officer.GetByTestId("grade-decide").ClickAsync();
            await Expect(officer.GetByTestId("grade-form")).ToBeVisibleAsync();
            // Loosening at once is refused with the reason beside the choice.
            await officer.Locator("#Input_Grade").GetByText("Quản lý thông thường", new() { Exact = true }).ClickAsync();
            await officer.Locator("#Input_Reason").FillAsync("Đã nói chuyện với gia đình");
            await officer.GetByTestId("grade-save").ClickAsync();
            await Expect(officer.Locator(".error-summary")).ToContainTextAsync("ít nhất 3 tháng");
            await Axe.AssertNoSeriousViolationsAsync(officer, "prevention-grade");
            await AssertFitsAsync(officer);
            await officer.Locator("#Input_Grade").GetByText("Quản lý chặt chẽ", new() { Exact = true }).ClickAsync();
            await officer.Locator("#Input_Reason").FillAsync("Đã rà soát: giữ mức chặt chẽ, thăm gặp hằng tuần");
            await officer.GetByTestId("grade-save").ClickAsync();
            await Expect(officer.GetByTestId("flash")).ToContainTextAsync("Đã ghi quyết định");
            await Expect(officer.GetByTestId("grade-awaiting-review")).ToHaveCountAsync(0);
            await Axe.AssertNoSeriousViolationsAsync(officer, "prevention-case-section");
        }
    }

    static async Task AssertFitsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1] && widths[1] == Phone.Width, $"Horizontal scroll on {page.Url}: {widths[0]} > {widths[1]}.");
    }
}
