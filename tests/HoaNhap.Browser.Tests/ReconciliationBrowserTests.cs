using System.Text;
using System.Text.RegularExpressions;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Features.Judgments;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace HoaNhap.Browser.Tests;

/// <summary>A province officer uploads a court's list, sees the four parts, opens the intake of a missed judgment, resolves everything and signs off.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReconciliationBrowserTests(BrowserApp app)
{
    [SkippableFact]
    public async Task Officer_uploads_a_list_sees_the_four_parts_opens_an_intake_from_a_missed_row_and_signs_off()
    {
        app.EnsureBrowser();
        var tag = PersonForm.Tag();
        var last = app.Today.AddDays(1 - app.Today.Day).AddMonths(-1);
        string Day(int d) => Display.Date(last.AddDays(d - 1));
        var officer = await app.CurrentUserAsync(Roles.CommuneOfficer, Unit.A);
        var court = "Tòa án nhân dân khu vực 1 - Phú Thọ";
        var ids = new List<Guid>();
        var names = new List<string>();
        for (var i = 1; i <= 3; i++)
        {
            var name = $"Đinh Văn Khớp {char.ToUpperInvariant(tag[0])}{tag[1..]} {"ABC"[i - 1]}";
            var id = await app.CreatePersonAsync(Unit.A, name);
            using var scope = app.Services.CreateScope();
            var j = await JudgmentCommands.CreateAsync(app.NewDbContext(scope), officer, id, new JudgmentInput
            {
                Number = $"{i}{tag}/2026/HS-ST", Court = court, JudgmentDate = Day(2), EffectiveOn = Day(10), Offences = ["Điều 173"],
                MainPenalty = "SuspendedSentence", TermMonths = 12, ProbationMonths = 24,
            }, CancellationToken.None);
            Assert.True(j.Succeeded);
            ids.Add(id);
            names.Add(name);
        }
        var missedName = $"Mai Văn Sót {char.ToUpperInvariant(tag[0])}{tag[1..]}";
        var csv = new StringBuilder("so_ban_an,ngay_ban_an,toa_an,ho_ten,ngay_sinh,so_dinh_danh,gioi_tinh,noi_cu_tru,hinh_phat,thoi_han_thang,ngay_hieu_luc\r\n");
        csv.Append($"1{tag}/2026/HS-ST,{Day(2)},{court},{names[0]},15/06/1990,,Nam,\"Tổ 1, Phường Tân Hòa, Tỉnh Phú Thọ\",Án treo,12,{Day(10)}\r\n");
        csv.Append($"2{tag}/2026/HS-ST,{Day(2)},{court},{names[1]},15/06/1990,,Nam,\"Tổ 1, Phường Tân Hòa, Tỉnh Phú Thọ\",Án treo,18,{Day(10)}\r\n");
        csv.Append($"9{tag}/2026/HS-ST,{Day(4)},{court},{missedName},02/03/1995,,Nam,\"Tổ 2, Phường Tân Hòa, Tỉnh Phú Thọ\",Án treo,12,{Day(12)}\r\n");
        var file = Path.Combine(Path.GetTempPath(), $"doi-soat-{tag}.csv");
        await File.WriteAllTextAsync(file, csv.ToString(), new UTF8Encoding(true));

        var (context, page) = await app.SignedInAsync(Roles.ProvinceOfficer, Unit.A);
        await using var _ = context;
        await page.GetByTestId("nav-reconciliation").ClickAsync();
        await page.GetByTestId("reconciliation-upload").ClickAsync();
        await page.GetByTestId("month").FillAsync($"{last.Year:0000}-{last.Month:00}");
        await page.GetByTestId("file").SetInputFilesAsync(file);
        await BrowserApp.ScreenshotAsync(page, "reconciliation-01-upload");
        await Axe.AssertNoSeriousViolationsAsync(page, "reconciliation-upload");
        await page.GetByTestId("upload-submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Reconciliation/Details/"));
        // Without JavaScript the page refreshes itself until the matching is done.
        await Expect(page.GetByTestId("part-missing-in-registry")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        foreach (var part in new[] { "part-matched", "part-conflicts", "part-missing-in-list" })
            await Expect(page.GetByTestId(part)).ToBeVisibleAsync();
        await Expect(page.GetByTestId("part-missing-in-list")).ToContainTextAsync(names[2]);
        await Expect(page.GetByTestId("part-conflicts")).ToContainTextAsync("Thời hạn (tháng)");
        await BrowserApp.ScreenshotAsync(page, "reconciliation-02-four-parts");
        await Axe.AssertNoSeriousViolationsAsync(page, "reconciliation-details");
        var details = page.Url;

        // The missed judgment: the intake opens prefilled, then the judgment form.
        await page.GetByTestId("part-missing-in-registry").GetByTestId("open-intake").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/People/Create\\?"));
        await Expect(page.GetByTestId("full-name")).ToHaveValueAsync(missedName);
        await Expect(page.GetByTestId("date-of-birth")).ToHaveValueAsync("02/03/1995");
        await BrowserApp.ScreenshotAsync(page, "reconciliation-03-intake-prefilled");
        await page.GetByTestId("save").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Judgments/Create/"));
        await Expect(page.Locator("#Input_Number")).ToHaveValueAsync($"9{tag}/2026/HS-ST");
        await BrowserApp.ScreenshotAsync(page, "reconciliation-04-judgment-prefilled");

        // Resolve every discrepancy, then sign off.
        await page.GotoAsync(details);
        while (await page.GetByTestId("resolve").CountAsync() > 0)
        {
            await page.GetByTestId("resolve").First.ClickAsync();
            await page.GetByTestId("resolution-explained").CheckAsync();
            await page.GetByTestId("resolution-note").FillAsync("Đã đối chiếu với Tòa án, đã mở hồ sơ hoặc giải trình.");
            await page.GetByTestId("resolution-submit").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/Reconciliation/Details/"));
        }
        await Expect(page.GetByTestId("unresolved")).ToHaveTextAsync("Mọi chênh lệch đã được xử lý.");
        await page.GetByTestId("sign-off").ClickAsync();
        await Expect(page.GetByTestId("signed-off")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("Đã ký xác nhận");
        await BrowserApp.ScreenshotAsync(page, "reconciliation-05-signed-off");
    }
}
