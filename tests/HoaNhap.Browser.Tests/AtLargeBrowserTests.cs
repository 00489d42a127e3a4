using HoaNhap.Domain.Access;
using HoaNhap.Web.Features.Judgments;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HoaNhap.Browser.Tests;

/// <summary>
/// Issue 19, part 4: the commune officer records, from the person's page, that someone sentenced to prison absconded before serving;
/// the province officer finds them in the province's list filtered by status and commune. Each page passes the axe check.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AtLargeBrowserTests(BrowserApp app)
{
    [SkippableFact]
    public async Task The_commune_records_an_absconded_person_and_the_province_lists_them_by_status()
    {
        app.EnsureBrowser();
        var name = TestData.Unique("Đinh Văn Trốn");
        var person = await app.CreatePersonAsync(Unit.A, name);
        var officer = await app.CurrentUserAsync(Roles.CommuneOfficer, Unit.A);
        Guid judgment;
        using (var scope = app.Services.CreateScope())
        {
            var created = await JudgmentCommands.CreateAsync(app.NewDbContext(scope), officer, person, new JudgmentInput
            {
                Number = $"{Random.Shared.Next(100, 999)}/2026/HS-ST", Court = "Tòa án nhân dân khu vực 1 - Phú Thọ",
                JudgmentDate = Vn(app.Today.AddDays(-60)), EffectiveOn = Vn(app.Today.AddDays(-30)), Offences = ["Điều 173"],
                MainPenalty = "Imprisonment", TermMonths = 30,
            }, CancellationToken.None);
            judgment = created.Value!.Id;
        }

        var (context, page) = await app.SignedInAsync(Roles.CommuneOfficer, Unit.A);
        await using (context)
        {
            await page.GotoAsync($"/People/Details/{person}");
            await page.GetByTestId("atlarge-add").ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/AtLarge/Record/{judgment}$"));
            await page.GetByText("Bỏ trốn trước khi chấp hành án", new() { Exact = true }).ClickAsync();
            await page.Locator("#Input_Note").FillAsync("Không có mặt theo quyết định thi hành án, gia đình không biết ở đâu");
            await Axe.AssertNoSeriousViolationsAsync(page, "atlarge-record");
            await page.GetByTestId("atlarge-record-save").ClickAsync();
            await Expect(page.GetByTestId("flash")).ToContainTextAsync("Đã ghi vào danh sách");
            await Expect(page.GetByTestId("atlarge-current")).ToHaveAttributeAsync("data-status", "Absconded");
        }

        var (provinceContext, province) = await app.SignedInAsync(Roles.ProvinceOfficer, Unit.A);
        await using (provinceContext)
        {
            await province.GotoAsync("/AtLarge");
            await province.GetByTestId("atlarge-status-filter").SelectOptionAsync("Absconded");
            await province.GetByTestId("atlarge-commune-filter").SelectOptionAsync(HoaNhapApp.Units[Unit.A].Commune);
            await province.GetByTestId("atlarge-filter-apply").ClickAsync();
            var row = province.Locator("[data-testid=atlarge-row]", new() { HasText = name });
            await Expect(row).ToHaveAttributeAsync("data-status", "Absconded");
            await Expect(province.Locator("[data-testid=atlarge-row]:not([data-status=Absconded])")).ToHaveCountAsync(0);
            await Axe.AssertNoSeriousViolationsAsync(province, "atlarge-list");
            await BrowserApp.ScreenshotAsync(province, "atlarge-list");
        }
    }

    static string Vn(DateOnly d) => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
