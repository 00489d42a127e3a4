using System.Net;
using System.Net.Http.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HoaNhap.Browser.Tests;

/// <summary>On a small phone (360×740 CSS pixels) the pages scroll only downwards.</summary>
[Collection(BrowserCollection.Name)]
public sealed class Pages_fit_a_phone_screen(BrowserApp app)
{
    static readonly ViewportSize Phone = new() { Width = 360, Height = 740 };

    [SkippableFact]
    public async Task People_list_has_no_horizontal_scroll()
    {
        app.EnsureBrowser();
        var (context, page) = await app.SignedInAsync(Roles.CommuneOfficer, Unit.A, Phone, mobile: true);
        await using var _ = context;
        await app.CreatePersonAsync(Unit.A, TestData.Unique("Nguyễn Thị Phương Thảo"),
            address: "Số 123, ngõ 45, đường Nguyễn Tất Thành, tổ dân phố Đồng Tiến");

        await page.GotoAsync("/People");
        await Expect(page.GetByTestId("person-link").First).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "phone-people-list");
        await AssertNoHorizontalScrollAsync(page);
    }

    [SkippableFact]
    public async Task Create_form_with_errors_has_no_horizontal_scroll()
    {
        app.EnsureBrowser();
        var (context, page) = await app.SignedInAsync(Roles.CommuneOfficer, Unit.A, Phone, mobile: true);
        await using var _ = context;
        await page.GotoAsync("/People/Create");
        await page.GetByTestId("personal-id").FillAsync("12345");
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("error-summary")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "phone-create-form-with-errors");
        await AssertNoHorizontalScrollAsync(page);
    }

    [SkippableFact]
    public async Task Person_page_has_no_horizontal_scroll()
    {
        app.EnsureBrowser();
        var id = await app.CreatePersonAsync(Unit.A, TestData.Unique("Trịnh Văn Điện Thoại"), assignSupervisor: true,
            address: "Số 123, ngõ 45, đường Nguyễn Tất Thành, tổ dân phố Đồng Tiến");
        var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var judgment = await api.PostAsJsonAsync($"/api/v1/people/{id}/judgments", new
        {
            number = $"{Random.Shared.Next(100, 999)}/2025/HS-ST", court = "Tòa án nhân dân khu vực 1 - Phú Thọ",
            judgmentDate = "2025-03-10", effectiveOn = "2025-04-10", offences = new[] { "Điều 173" },
            mainPenalty = "SuspendedSentence", termMonths = 12, probationMonths = 24,
        });
        Assert.Equal(HttpStatusCode.Created, judgment.StatusCode);

        var (context, page) = await app.SignedInAsync(Roles.CommuneOfficer, Unit.A, Phone, mobile: true);
        await using var _ = context;
        await page.GotoAsync($"/People/Details/{id}");
        await Expect(page.GetByTestId("judgment")).ToHaveCountAsync(1);
        await BrowserApp.ScreenshotAsync(page, "phone-person-page");
        await AssertNoHorizontalScrollAsync(page);
    }

    /// <summary>
    /// scrollWidth ≤ innerWidth, and innerWidth is the phone's 360 px: a mobile browser given a page wider
    /// than the screen zooms out to fit it (innerWidth grows), which is the same horizontal overflow.
    /// </summary>
    static async Task AssertNoHorizontalScrollAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scrollWidth, innerWidth) = (widths[0], widths[1]);
        if (scrollWidth <= innerWidth && innerWidth == Phone.Width) return;
        var wide = await page.EvaluateAsync<string[]>(
            """
            width => [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > width + 0.5)
              .slice(0, 12)
              .map(e => `<${e.tagName.toLowerCase()}${e.id ? ' id=' + e.id : ''}${e.className ? ' class=' + e.className : ''}${e.dataset.testid ? ' data-testid=' + e.dataset.testid : ''}> right=${Math.round(e.getBoundingClientRect().right)}`)
            """, Phone.Width);
        Assert.Fail($"Horizontal scroll on {page.Url}: scrollWidth {scrollWidth}, innerWidth {innerWidth} (screen {Phone.Width}). " +
            $"Wider than the screen: {string.Join("; ", wide)}");
    }
}
