using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Tests.Infrastructure;
using HoaNhap.Web.Tests.Reintegration;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HoaNhap.Browser.Tests;

/// <summary>
/// Issue 19, part 8 on a 390 × 844 phone: a returnee hired two months ago is due for the one-month follow-up; the commune officer opens
/// it from the worklist, records that the person still works there, and sees the schedule with the next checkpoint. Each page passes axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RetentionBrowserTests(BrowserApp app)
{
    static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    static string Iso(DateOnly d) => ReintegrationSetup.Iso(d);

    [SkippableFact]
    public async Task The_officer_follows_up_a_hire_from_the_worklist_on_a_phone()
    {
        app.EnsureBrowser();
        var today = app.Today;
        var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var employer = TestData.Unique("Công ty Gốm Thanh Hà");
        var e = await api.PostAsJsonAsync("/api/v1/jobs/employers", new
        {
            name = employer, address = "Khu công nghiệp Thụy Vân", sector = "Gốm sứ", contactPerson = "Lê Thị Mai", contactPhone = "0912345678",
            jobsOffered = "Thợ nặn gốm", places = 3, willingSince = Iso(today.AddYears(-1)),
        });
        var employerId = (await e.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var caseId = await ReintegrationSetup.ReceivedCaseAsync(app, today.AddMonths(-4), today.AddMonths(-4).AddDays(-5));
        var url = $"/api/v1/cases/{caseId}/reintegration/referrals";
        var r = await api.PostAsJsonAsync(url, new { kind = "Job", employerId, referredOn = Iso(today.AddMonths(-2).AddDays(-5)) });
        var referral = (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var hired = await api.PostAsJsonAsync($"{url}/{referral}/outcome", new { outcome = "Hired", outcomeOn = Iso(today.AddMonths(-2)) });
        Assert.True(hired.IsSuccessStatusCode, await hired.Content.ReadAsStringAsync());

        var (context, page) = await app.SignedInAsync(Roles.CommuneOfficer, Unit.A, Phone, mobile: true);
        await using (context)
        {
            await page.GotoAsync("/Worklist");
            var item = page.Locator($"[data-testid=worklist-item][data-kind=JobRetentionDue] a[href*='{referral}']");
            await Expect(item).ToContainTextAsync("mốc 1 tháng");
            await item.ClickAsync();
            await Expect(page.GetByTestId("retention-form")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid=retention-step][data-checkpoint='1']")).ToHaveAttributeAsync("data-state", "due");
            await Axe.AssertNoSeriousViolationsAsync(page, "retention-form");
            await AssertFitsAsync(page);

            // Still employed, but the employer left empty: the form says where to fill in.
            await page.GetByTestId("retention-employed").CheckAsync();
            await page.GetByTestId("retention-employer").FillAsync("");
            await page.GetByTestId("retention-save").ClickAsync();
            await Expect(page.Locator(".error-summary")).ToContainTextAsync("đang làm việc ở đâu");

            await page.GetByTestId("retention-employer").FillAsync(employer);
            await page.GetByTestId("retention-note").FillAsync("Đã ký hợp đồng 12 tháng, thu nhập ổn định.");
            await page.GetByTestId("retention-save").ClickAsync();
            await Expect(page.GetByTestId("flash")).ToContainTextAsync("Đã ghi kết quả theo dõi mốc 1 tháng");
            var steps = page.Locator($"#referral-{referral} [data-testid=retention-step]");
            await Expect(steps).ToHaveCountAsync(4);
            await Expect(steps.Nth(0)).ToHaveAttributeAsync("data-state", "recorded");
            await Expect(steps.Nth(1)).ToHaveAttributeAsync("data-state", "later");
            await Axe.AssertNoSeriousViolationsAsync(page, "retention-schedule");
            await BrowserApp.ScreenshotAsync(page, "phone-job-retention");
            await AssertFitsAsync(page);

            await page.GotoAsync("/Worklist");
            await Expect(page.Locator($"[data-testid=worklist-item][data-kind=JobRetentionDue] a[href*='{referral}']")).ToHaveCountAsync(0);
        }
    }

    static async Task AssertFitsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1] && widths[1] == Phone.Width, $"Horizontal scroll on {page.Url}: {widths[0]} > {widths[1]}.");
    }
}
