using System.Text.RegularExpressions;
using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HoaNhap.Browser.Tests;

/// <summary>
/// Issue 19, part 5 on a 390 × 844 phone: the commune officer opens the counselling indicator, follows it to the list of returnees not
/// yet counselled, finds the new returnee with the reason, follows the row's action to the counselling form, records it, and the
/// returnee is no longer on the list. Each page passes the axe check and fits the phone's width.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MissingListBrowserTests(BrowserApp app)
{
    static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [SkippableFact]
    public async Task The_officer_opens_the_list_of_returnees_not_yet_counselled_and_counsels_one_from_it()
    {
        app.EnsureBrowser();
        var today = app.Today;
        // "An …" sorts first in the commune's list, so the row is on its first page.
        var name = $"An Văn Chưa Tư Vấn {PersonForm.Tag()}";
        var person = await app.CreatePersonAsync(Unit.A, name);
        var (province, commune) = HoaNhapApp.Units[Unit.A];
        Guid caseId;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
            var c = new Case
            {
                PersonId = person, ProvinceCode = province, CommuneCode = commune, Kind = CaseKind.Reintegration, ReleaseKind = ReleaseKind.SentenceCompleted,
                StartOn = today.AddDays(-45), LegalBasisVersion = LegalBasis.For(today.AddDays(-45)),
            }.InState(CaseStatus.Active);
            db.Cases.Add(c);
            await db.SaveChangesAsync();
            caseId = c.Id;
        }

        var (context, page) = await app.SignedInAsync(Roles.CommuneOfficer, Unit.A, Phone, mobile: true);
        await using (context)
        {
            await page.GotoAsync($"/Dashboard/Indicator/{Indicators.CounsellingCoverage}");
            var link = page.GetByTestId("indicator-missing");
            await Expect(link).ToBeVisibleAsync();
            var open = int.Parse((await link.GetAttributeAsync("data-open"))!);
            Assert.True(open >= 1);
            await link.ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex($"/Dashboard/Indicator/{Indicators.CounsellingCoverage}/Missing"));
            await Expect(page.GetByTestId("missing-count")).ToHaveAttributeAsync("data-total", open.ToString());
            var row = page.Locator($"[data-testid=missing-row][data-case='{caseId}']");
            await Expect(row).ToContainTextAsync(name);
            await Expect(row.GetByTestId("missing-reason")).ToContainTextAsync("chưa được tư vấn chính sách");
            await Axe.AssertNoSeriousViolationsAsync(page, "missing-list");
            await AssertFitsAsync(page);
            await BrowserApp.ScreenshotAsync(page, "phone-missing-list");

            // The row's one action: the counselling form of that returnee.
            await row.GetByTestId("missing-action").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/Loans/Counselling/{caseId}"));
            await Expect(page.GetByTestId("counselling-form")).ToBeVisibleAsync();
            await page.GetByTestId("counselling-wants-loan").CheckAsync();
            await page.GetByTestId("counselling-save").ClickAsync();
            await Expect(page.GetByTestId("flash")).ToContainTextAsync($"Đã ghi nhận tư vấn chính sách ngày {Display.Date(today)}");

            // Back on the list: one fewer, and not this returnee. Willing to borrow, the returnee now waits on the bank list instead.
            await page.GotoAsync($"/Dashboard/Indicator/{Indicators.CounsellingCoverage}/Missing");
            await Expect(page.GetByTestId("missing-count")).ToHaveAttributeAsync("data-total", (open - 1).ToString());
            await Expect(page.Locator($"[data-testid=missing-row][data-case='{caseId}']")).ToHaveCountAsync(0);
            await page.GotoAsync($"/Dashboard/Indicator/{Indicators.ListedToBank}");
            await page.GetByTestId("indicator-missing").ClickAsync();
            var bank = page.Locator($"[data-testid=missing-row][data-case='{caseId}']");
            await Expect(bank.GetByTestId("missing-action")).ToHaveAttributeAsync("href", $"/Loans/Propose/{caseId}");
            await AssertFitsAsync(page);
        }
    }

    static async Task AssertFitsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1] && widths[1] == Phone.Width, $"Horizontal scroll on {page.Url}: {widths[0]} > {widths[1]}.");
    }
}
