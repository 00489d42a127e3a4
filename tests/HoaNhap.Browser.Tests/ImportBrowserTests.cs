using System.Text;
using System.Text.RegularExpressions;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace HoaNhap.Browser.Tests;

/// <summary>
/// A commune officer uploads the commune's register, maps the column the app did not recognise, previews (a row that is probably a
/// person already on the registry is flagged with a link to their file), skips the bad row, imports, then merges the two records.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportBrowserTests(BrowserApp app)
{
    [SkippableFact]
    public async Task Officer_maps_a_column_previews_the_problems_and_a_likely_duplicate_imports_the_good_rows_and_merges_the_duplicate()
    {
        app.EnsureBrowser();
        var tag = PersonForm.Tag();
        var suffix = char.ToUpperInvariant(tag[0]) + tag[1..];
        var judged = Display.Date(app.Today.AddMonths(-2));
        var effective = Display.Date(app.Today.AddMonths(-1));
        var random = new Random();
        var id = PersonalIdNumberRule.Make("025", 1990, Gender.Male, random.Next(1_000_000));
        var name = $"Phan Văn Nhập {suffix}";
        // The same person already on the registry (born 15/06/1990, another personal ID), recorded by hand some time ago.
        var existing = await app.CreatePersonAsync(Unit.A, name, address: "Tổ 4, Phường Tân Hòa");
        var csv = new StringBuilder("STT,Họ và tên,Ngày sinh,Số CCCD,Nơi cư trú,Số bản án,Ngày tuyên,Tòa án,Tội danh,Hình phạt,Thời hạn,Thử thách,Ngày hiệu lực\r\n");
        csv.Append($"1,{name},15/6/1990,{id},\"Tổ 4, Phường Tân Hòa\",1{tag}/2026/HS-ST,{judged},TAND khu vực 1 - Phú Thọ,Trộm cắp tài sản,Án treo,12,24,{effective}\r\n");
        csv.Append($"2,Võ Thị Lỗi {suffix},30/02/1990,,\"Tổ 6, Phường Tân Hòa\",2{tag}/2026/HS-ST,{judged},TAND khu vực 1 - Phú Thọ,Đánh bạc,CTKGG,12,,{effective}\r\n");
        var file = Path.Combine(Path.GetTempPath(), $"so-xa-{tag}.csv");
        await File.WriteAllTextAsync(file, csv.ToString(), new UTF8Encoding(true));

        var (context, page) = await app.SignedInAsync(Roles.CommuneOfficer, Unit.A);
        await using var _ = context;
        await page.GetByTestId("nav-import").ClickAsync();
        await page.GetByTestId("file").SetInputFilesAsync(file);
        await BrowserApp.ScreenshotAsync(page, "import-01-upload");
        await Axe.AssertNoSeriousViolationsAsync(page, "import-upload");
        await page.GetByTestId("import-submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Import/Details/"));
        await Expect(page.GetByTestId("sample")).ToContainTextAsync("Họ và tên");

        // "Ngày tuyên" is not a header the app knows: the officer maps it to the judgment's date and reads the file again.
        await Expect(page.GetByTestId("column-6")).ToHaveValueAsync("");
        await Expect(page.GetByTestId("column-1")).ToHaveValueAsync("FullName");
        await page.GetByTestId("column-6").SelectOptionAsync("JudgmentDate");
        await page.GetByTestId("mapping-submit").ClickAsync();
        await Expect(page.GetByTestId("column-6")).ToHaveValueAsync("JudgmentDate");
        await Expect(page.GetByTestId("preview-row")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("preview-row").Nth(1)).ToContainTextAsync("30/02/1990");
        await Expect(page.GetByTestId("preview-row").Nth(0).GetByTestId("row-problem")).ToHaveCountAsync(0);
        // Not a problem but a warning, before anything is written: the officer can open the existing file.
        await Expect(page.GetByTestId("preview-row").Nth(0).GetByTestId("row-duplicate")).ToContainTextAsync("Trùng họ tên và ngày sinh 15/06/1990");
        await Expect(page.GetByTestId("import-duplicate-link")).ToHaveAttributeAsync("href", $"/People/Details/{existing}");
        await BrowserApp.ScreenshotAsync(page, "import-02-preview");
        await Axe.AssertNoSeriousViolationsAsync(page, "import-preview");

        await page.GetByTestId("skip-bad-rows").CheckAsync();
        await page.GetByTestId("commit-submit").ClickAsync();
        // Without JavaScript the page refreshes itself until the register is written.
        await Expect(page.GetByTestId("result")).ToContainTextAsync("Đã tạo 1 hồ sơ; bỏ qua 1 dòng lỗi", new() { Timeout = 30_000 });
        await BrowserApp.ScreenshotAsync(page, "import-03-done");

        await page.GotoAsync("/People?q=" + id);
        await page.GetByText(name).First.ClickAsync();
        await Expect(page.GetByText($"Nguồn: tệp so-xa-{tag}.csv, dòng 1").First).ToBeVisibleAsync();

        // They are one person: merged from the list of probable duplicates, the record kept is the older one.
        await page.GotoAsync("/People/Duplicates");
        await page.GetByTestId("duplicate").Filter(new() { HasText = name }).GetByTestId("merge-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/People/Merge/{existing}/"));
        await page.GetByTestId("confirm-merge").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/People/Details/{existing}"));
        await Expect(page.GetByText($"Nguồn: tệp so-xa-{tag}.csv, dòng 1").First).ToBeVisibleAsync();
    }

    /// <summary>On a phone, the officer opens a probable duplicate from the duplicates page, keeps the other record's address and merges them.</summary>
    [SkippableFact]
    public async Task Officer_merges_a_duplicate_from_the_duplicates_page_on_a_phone()
    {
        app.EnsureBrowser();
        var tag = PersonForm.Tag();
        var name = $"Đặng Văn Gộp {char.ToUpperInvariant(tag[0]) + tag[1..]}";
        var first = await app.CreatePersonAsync(Unit.A, name, address: "Tổ 2, thôn Đông");
        var second = await app.CreatePersonAsync(Unit.A, name, address: "Tổ 7, thôn Tây");

        var (context, page) = await app.SignedInAsync(Roles.CommuneOfficer, Unit.A, new() { Width = 390, Height = 844 }, mobile: true);
        await using var _ = context;
        await page.GotoAsync("/People/Duplicates");
        var row = page.GetByTestId("duplicate").Filter(new() { HasText = name });
        await row.GetByTestId("merge-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/People/Merge/{first}/{second}"));
        await Axe.AssertNoSeriousViolationsAsync(page, "merge");
        await BrowserApp.ScreenshotAsync(page, "merge-01-choose");
        await page.GetByTestId("keep-Address-other").CheckAsync();
        await page.GetByTestId("confirm-merge").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/People/Details/{first}"));
        await Expect(page.GetByText("Tổ 7, thôn Tây").First).ToBeVisibleAsync();

        await page.GotoAsync("/People/Merges");
        await Axe.AssertNoSeriousViolationsAsync(page, "merges");
        await BrowserApp.ScreenshotAsync(page, "merge-02-history");
        var merge = page.GetByTestId("merge").Filter(new() { HasText = name });
        await merge.GetByTestId("undo").ClickAsync();
        await Expect(page.GetByTestId("merge").Filter(new() { HasText = name }).GetByTestId("undone")).ToBeVisibleAsync();
        await page.GotoAsync($"/People/Details/{second}");
        await Expect(page.GetByText("Tổ 7, thôn Tây").First).ToBeVisibleAsync();
    }
}
