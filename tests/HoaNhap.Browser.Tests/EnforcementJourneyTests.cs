using System.Text.RegularExpressions;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HoaNhap.Browser.Tests;

/// <summary>
/// A commune officer takes one person through a community sentence in the browser: intake with the
/// enforcement decision, the start of supervision, a check-in, a breach, an absence request and its
/// decision, and completion with the certificate — which opens the reintegration period because
/// the sentence was a conditional early release. The term is chosen to end today.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Taking_a_person_through_a_community_sentence(BrowserApp app)
{
    static string D(DateOnly d) => Display.Date(d);

    [SkippableFact]
    public async Task Officer_records_intake_check_in_breach_absence_and_completion_with_documents()
    {
        app.EnsureBrowser();
        var today = app.Today;
        var start = today.AddMonths(-6);
        var name = TestData.Unique("Trịnh Văn Hành");
        var person = await app.CreatePersonAsync(Unit.A, name, assignSupervisor: true);
        var (context, page) = await app.SignedInAsync(Roles.CommuneOfficer, Unit.A);
        await using var _ = context;
        var pageErrors = new List<string>();
        page.PageError += (_, e) => pageErrors.Add(e);

        // Intake: the enforcement decision and the term; the case page shows deadlines and what is missing.
        await page.GotoAsync($"/People/Details/{person}");
        await page.GetByTestId("add-case").ClickAsync();
        await page.GetByTestId("case-kind").SelectOptionAsync("ConditionalEarlyRelease");
        await page.GetByLabel("Số, ký hiệu quyết định").FillAsync("41/2026/QĐ-TA");
        await page.GetByLabel("Ngày ra quyết định").FillAsync(D(start.AddDays(-3)));
        await page.GetByLabel("Ngày nhận được quyết định").FillAsync(D(start.AddDays(-1)));
        await page.GetByLabel("Ngày bắt đầu").FillAsync(D(start));
        await page.GetByLabel("Thời hạn (tháng)").FillAsync("6");
        await BrowserApp.ScreenshotAsync(page, "enforcement-01-intake-form");
        await page.GetByTestId("open-case-submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Cases/Details/"));
        var caseUrl = page.Url;
        await Expect(page.GetByTestId("case-ends-on")).ToHaveTextAsync(D(today));
        await Expect(page.GetByTestId("deadlines")).ToContainTextAsync("Phân công người trực tiếp giám sát, giáo dục");
        await Expect(page.GetByTestId("checklist")).ToContainTextAsync("Còn thiếu");
        await BrowserApp.ScreenshotAsync(page, "enforcement-02-case-after-intake");
        await Axe.AssertNoSeriousViolationsAsync(page, "enforcement-case-page");

        // The summons document, then supervision begins.
        await page.GetByTestId("issue-summons").ClickAsync();
        await page.GetByTestId("summons-submit").ClickAsync();
        await Expect(page.GetByTestId("case-files")).ToContainTextAsync("Giấy triệu tập");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("file-download").First.ClickAsync());
        var text = AdministrativeDocument.Text(await File.ReadAllBytesAsync((await download.PathAsync())!));
        Assert.Contains("GIẤY TRIỆU TẬP", text);
        await page.GetByTestId("change-status").ClickAsync();
        await page.GetByLabel("Trạng thái mới").SelectOptionAsync("Active");
        await page.GetByLabel("Ngày chuyển").FillAsync(D(start));
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
        await page.GotoAsync(caseUrl);
        await Expect(page.GetByTestId("case-status")).ToHaveTextAsync("Đang chấp hành / quản lý");

        // A check-in.
        await page.GotoAsync(caseUrl.Replace("/Cases/Details/", "/Supervision/CheckIn/"));
        await page.Locator("input[name='Input.Kind'][value='CheckIn']").CheckAsync();
        await page.GetByLabel("Ngày có mặt").FillAsync(D(today));
        await page.Locator("input[name='Input.Attended'][value='true']").CheckAsync();
        await BrowserApp.ScreenshotAsync(page, "enforcement-03-check-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Cases/Details/"));
        await Expect(page.GetByTestId("check-ins")).ToContainTextAsync(D(today));

        // A breach of an obligation, with its minutes.
        await page.GetByTestId("breach-add").ClickAsync();
        await page.GetByTestId("breach-kind").SelectOptionAsync("ObligationBreach");
        await page.GetByTestId("breach-on").FillAsync(D(today.AddDays(-1)));
        await page.GetByTestId("breach-description").FillAsync("Không có mặt theo giấy triệu tập ngày hôm trước, không có lý do chính đáng.");
        await page.GetByTestId("intentional-yes").CheckAsync();
        await page.GetByTestId("sanction-no").CheckAsync();
        await BrowserApp.ScreenshotAsync(page, "enforcement-04-breach-form");
        await page.GetByTestId("breach-save").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Cases/Details/"));
        await Expect(page.GetByTestId("breach-row")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("breaches-intentional")).ToContainTextAsync("1");
        await Expect(page.GetByTestId("case-files")).ToContainTextAsync("Biên bản");

        // An absence request of one day, decided by the commune.
        await page.GetByTestId("absence-add").ClickAsync();
        await page.GetByTestId("absence-requested-on").FillAsync(D(today));
        await page.GetByTestId("absence-from").FillAsync(D(today));
        await page.GetByTestId("absence-to").FillAsync(D(today));
        await page.GetByTestId("absence-destination").FillAsync("Phường Việt Trì, tỉnh Phú Thọ");
        await page.GetByTestId("absence-reason").FillAsync("Đưa mẹ đi khám bệnh.");
        await page.GetByTestId("medical-no").CheckAsync();
        await page.GetByTestId("absence-save").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Cases/Details/"));
        await Expect(page.GetByTestId("absence-row")).ToHaveCountAsync(1);
        await page.GetByTestId("absence-decide").ClickAsync();
        await page.GetByTestId("approve-yes").CheckAsync();
        await page.GetByTestId("decision-number").FillAsync("88/QĐ-UBND");
        await page.GetByTestId("decision-on").FillAsync(D(today));
        await BrowserApp.ScreenshotAsync(page, "enforcement-05-absence-decision");
        await page.GetByTestId("absence-decision-save").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Cases/Details/"));
        await Expect(page.GetByTestId("absence-row-status")).ToContainTextAsync("Đồng ý");
        await BrowserApp.ScreenshotAsync(page, "enforcement-06-case-with-records");

        // Completion on the last day: the certificate is generated and reintegration opens.
        await page.GetByTestId("complete").ClickAsync();
        await Expect(page.GetByTestId("reintegration-next")).ToContainTextAsync("Thông tư 10/2024");
        await BrowserApp.ScreenshotAsync(page, "enforcement-07-completion");
        await page.GetByTestId("complete-submit").ClickAsync();
        // Check your answers, then confirm: back on the completion section with the confirmation.
        await Expect(page.GetByTestId("check-answers")).ToContainTextAsync("Ngày chấp hành xong");
        await BrowserApp.ScreenshotAsync(page, "enforcement-07b-completion-check-answers");
        await page.GetByTestId("check-answers-confirm").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("#completion$"));
        await Expect(page.GetByTestId("flash")).ToBeInViewportAsync();
        await Expect(page.GetByTestId("case-status")).ToHaveTextAsync("Đã kết thúc");
        await Expect(page.GetByTestId("case-files")).ToContainTextAsync("Giấy chứng nhận chấp hành xong");
        await BrowserApp.ScreenshotAsync(page, "enforcement-08-completed");
        await page.GetByTestId("next-case").ClickAsync();
        await Expect(page.GetByTestId("case-title")).ToHaveTextAsync("Chấp hành xong án phạt tù");
        await BrowserApp.ScreenshotAsync(page, "enforcement-09-reintegration-opened");
        Assert.Empty(pageErrors);
    }
}
