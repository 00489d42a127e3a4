using System.Text.RegularExpressions;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.People;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using HoaNhap.Web.Tests.Reintegration;
using static Microsoft.Playwright.Assertions;

namespace HoaNhap.Browser.Tests;

/// <summary>
/// One returnee from the prison's release notice through the residence check, the report to the commune, policy
/// counselling, a loan listed by the commune and approved by the bank, a job referral with its outcome, a law
/// violation, to the end of management.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReintegrationBrowserTests(BrowserApp app)
{
    [SkippableFact]
    public async Task Returnee_from_release_notice_through_counselling_an_approved_loan_and_a_job_referral_to_the_end_of_management()
    {
        app.EnsureBrowser();
        var (_, _) = await ReintegrationSetup.NoticeAsync(app, Unit.A, "Tạ Văn Hòa Nhập", app.Today.AddDays(-2), Gender.Male);
        var (context, page) = await app.SignedInAsync(Roles.CommuneOfficer, Unit.A);
        await using var _c = context;

        // Intake from the notice.
        await page.GetByTestId("nav-release-notices").ClickAsync();
        var row = page.GetByTestId("release-notice").Filter(new() { HasText = "Tạ Văn Hòa Nhập" }).Last;
        await row.GetByTestId("release-notice-receive").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Reintegration/FromNotice/"));
        await BrowserApp.ScreenshotAsync(page, "reintegration-01-from-notice");
        await Axe.AssertNoSeriousViolationsAsync(page, "reintegration-from-notice");
        await page.GetByTestId("from-notice-save").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Cases/Details/"));
        var caseUrl = page.Url.Split('#')[0];
        await Expect(page.GetByTestId("reintegration-section")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "reintegration-02-case-opened");
        await Axe.AssertNoSeriousViolationsAsync(page, "reintegration-case");

        // Residence check and the report to the commune.
        await page.GetByTestId("intake-check").ClickAsync();
        await page.GetByTestId("lives-yes").CheckAsync();
        await page.GetByTestId("residence-save").ClickAsync();
        await page.GetByTestId("intake-report-add").ClickAsync();
        await page.GetByTestId("report-circumstances").FillAsync("Ở cùng mẹ già, chưa có việc làm ổn định.");
        await page.GetByTestId("report-wishes").FillAsync("Vay vốn nuôi bò.");
        await page.GetByTestId("report-undertaking").CheckAsync();
        await Axe.AssertNoSeriousViolationsAsync(page, "reintegration-report");
        await page.GetByTestId("report-save").ClickAsync();
        await Expect(page.GetByTestId("intake-report")).ToContainTextAsync("Đã trình diện");

        // Counselling, then the commune's list.
        await page.GetByTestId("counselling-add").ClickAsync();
        await page.GetByTestId("counselling-wants-loan").CheckAsync();
        await page.GetByTestId("counselling-save").ClickAsync();
        await Expect(page.GetByTestId("counselling-list")).ToBeVisibleAsync();
        await page.GetByTestId("loan-propose").ClickAsync();
        await page.GetByTestId("loan-purpose").FillAsync("Nuôi bò sinh sản");
        await page.GetByTestId("loan-amount").FillAsync("50000000");
        await page.GetByTestId("loan-certificate").CheckAsync();
        await page.GetByTestId("loan-certified").CheckAsync();
        await BrowserApp.ScreenshotAsync(page, "reintegration-03-loan-proposal");
        await Axe.AssertNoSeriousViolationsAsync(page, "reintegration-loan-proposal");
        await page.GetByTestId("loan-propose-save").ClickAsync();
        await Expect(page.GetByTestId("case-loan-status")).ToHaveTextAsync("Có tên trong danh sách gửi Ngân hàng");

        // The bank approves from its loan list.
        var (bankContext, bank) = await app.SignedInAsync(Roles.BankOfficer, Unit.A);
        await using (bankContext)
        {
            await bank.GetByTestId("nav-loans").ClickAsync();
            await Expect(bank.GetByTestId("nav-people")).ToHaveCountAsync(0);
            await bank.GetByTestId("loan-row").Filter(new() { HasText = "Tạ Văn Hòa Nhập" }).Last.GetByRole(Microsoft.Playwright.AriaRole.Link).ClickAsync();
            await bank.GetByTestId("loan-event-add").ClickAsync();
            await bank.GetByTestId("loan-event-Approved").CheckAsync();
            await bank.GetByTestId("loan-event-amount").FillAsync("50000000");
            await Axe.AssertNoSeriousViolationsAsync(bank, "reintegration-bank-event");
            await bank.GetByTestId("loan-event-save").ClickAsync();
            await Expect(bank.GetByTestId("loan-status")).ToHaveTextAsync("Đã được phê duyệt");
            await BrowserApp.ScreenshotAsync(bank, "reintegration-04-bank-approved");
        }
        await page.GotoAsync(caseUrl);
        await Expect(page.GetByTestId("case-loan-status")).ToHaveTextAsync("Đã được phê duyệt");

        // The employers register, then a job referral and its outcome.
        var employer = TestData.Unique("Xưởng may Hòa Nhập");
        await page.GetByTestId("nav-jobs").ClickAsync();
        await page.GetByTestId("employer-create").ClickAsync();
        await page.GetByTestId("employer-name").FillAsync(employer);
        await page.GetByTestId("employer-address").FillAsync("Tổ 5, phường Tân Hòa");
        await page.GetByTestId("employer-sector").FillAsync("May mặc");
        await page.GetByTestId("employer-jobs").FillAsync("Công nhân may, phụ kho");
        await page.GetByTestId("employer-places").FillAsync("5");
        await page.GetByTestId("employer-contact").FillAsync("Nguyễn Văn Tuấn");
        await page.GetByTestId("employer-phone").FillAsync("0912345678");
        await page.GetByTestId("employer-since").FillAsync(Display.Date(app.Today));
        await Axe.AssertNoSeriousViolationsAsync(page, "reintegration-employer");
        await page.GetByTestId("employer-save").ClickAsync();
        await Expect(page.GetByTestId("employer-row").Filter(new() { HasText = employer })).ToHaveCountAsync(1);
        await page.GotoAsync(caseUrl);
        await page.GetByTestId("job-referral-create").ClickAsync();
        await page.GetByTestId("job-referral-kind-job").CheckAsync();
        await page.GetByTestId("job-referral-employer").SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = $"{employer} — May mặc (5 chỗ)" });
        await Axe.AssertNoSeriousViolationsAsync(page, "reintegration-referral");
        await page.GetByTestId("job-referral-save").ClickAsync();
        await Expect(page.GetByTestId("job-referral-row").Filter(new() { HasText = employer })).ToBeVisibleAsync();
        await page.GetByTestId("job-referral-row").Filter(new() { HasText = employer }).GetByTestId("job-referral-outcome").ClickAsync();
        await page.GetByTestId("job-outcome-hired").CheckAsync();
        await page.GetByTestId("job-outcome-save").ClickAsync();
        await Expect(page.GetByTestId("job-referral-row").Filter(new() { HasText = employer }).GetByTestId("job-referral-state")).ToContainTextAsync("Được tuyển dụng");
        await BrowserApp.ScreenshotAsync(page, "reintegration-05-job-referral");

        // A law violation (not a new offence): recorded on the file, the record still clears.
        await page.GetByTestId("returnee-violation-add").ClickAsync();
        await page.GetByTestId("violation-law").CheckAsync();
        await page.GetByTestId("violation-description").FillAsync("Gây mất trật tự công cộng tại nhà văn hóa thôn.");
        await page.GetByTestId("violation-sanction").CheckAsync();
        await page.GetByTestId("violation-sanction-decision").FillAsync("25/QĐ-XPHC của Trưởng Công an xã");
        await Axe.AssertNoSeriousViolationsAsync(page, "reintegration-violation");
        await page.GetByTestId("violation-save").ClickAsync();
        await Expect(page.GetByTestId("returnee-violation-row")).ToContainTextAsync("Bị xử phạt vi phạm hành chính");

        // End of management with the certificate, after checking the answers.
        await page.GetByTestId("end-section").GetByTestId("end-record").ClickAsync();
        await page.GetByTestId("end-certificate").CheckAsync();
        await page.GetByTestId("end-number").FillAsync("987/LLTP");
        await page.GetByTestId("end-issuer").FillAsync("Sở Tư pháp tỉnh Phú Thọ");
        await page.GetByTestId("end-continue").ClickAsync();
        await Expect(page.GetByTestId("end-check")).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page, "reintegration-end-check");
        await page.GetByTestId("end-confirm").ClickAsync();
        await Expect(page.GetByTestId("case-status")).ToHaveTextAsync("Đã kết thúc");
        await Expect(page.GetByTestId("end-done")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "reintegration-06-closed");
    }
}
