using System.Net;
using System.Text.RegularExpressions;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Tests.Infrastructure;
using static HoaNhap.Web.Tests.Breaches.CaseSetup;

namespace HoaNhap.Web.Tests.Cases;

/// <summary>
/// A form about a case takes the values the link that opens it offers in the address (a late return offers the breach,
/// an intake task the paper received, the support section the area), and the answers "Thay đổi" brings back from the
/// check page, with the lists that depend on them.
/// </summary>
public abstract class CaseFormLinkTests(HoaNhapApp app)
{
    [SkippableFact]
    public async Task A_case_form_takes_the_values_of_the_link_that_opens_it()
    {
        app.EnsureAvailable();
        var (_, caseId) = await ActiveCaseAsync(app, Unit.A, "Lê Văn Gợi", SentenceType.SuspendedSentence, app.Today.AddMonths(-3), assignSupervisor: false);
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);

        var breach = await HtmlAsync(pages, $"/Breaches/Create/{caseId}?kind=ObligationBreach&on=02/01/2026&description={Uri.EscapeDataString("Không trình diện đúng hạn")}");
        Assert.True(Selected(breach, "ObligationBreach"), "The offered kind of breach is chosen.");
        Assert.Matches(@"<input [^>]*name=""Input.OccurredOn""[^>]*value=""02/01/2026""", breach);
        Assert.Matches(@"<textarea [^>]*name=""Input.Description""[^>]*>\s*Không trình diện đúng hạn</textarea>", breach);
        // No day offered: today's.
        var empty = await HtmlAsync(pages, $"/Breaches/Create/{caseId}?on=");
        Assert.Matches(@"<input [^>]*name=""Input.OccurredOn""[^>]*value=""" + Regex.Escape(Display.Date(app.Today)) + @"""", empty);

        var receive = await HtmlAsync(pages, $"/Cases/Receive/{caseId}?kind={CaseFileItemKind.Undertaking}");
        Assert.True(Selected(receive, nameof(CaseFileItemKind.Undertaking)), "The offered paper is chosen.");

        var need = await HtmlAsync(pages, $"/Reintegration/Need/{caseId}?area={NeedArea.ResidenceRegistration}");
        Assert.True(Selected(need, nameof(NeedArea.ResidenceRegistration)), "The offered area is chosen.");
    }

    [SkippableFact]
    public async Task Changing_an_answer_of_a_transfer_request_brings_back_the_communes_of_the_chosen_province()
    {
        app.EnsureAvailable();
        var (_, caseId) = await ActiveCaseAsync(app, Unit.A, "Đỗ Văn Chuyển", SentenceType.SuspendedSentence, app.Today.AddMonths(-3), assignSupervisor: false);
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);

        // The check page's "Thay đổi" link: the answers in the query.
        var form = await HtmlAsync(pages, $"/Transfers/Create/{caseId}?Input.ToProvinceCode=25&Input.ToCommuneCode=04795"
            + $"&Input.NewAddress={Uri.EscapeDataString("Tổ 7, phường Hòa Bình")}&Input.RequestedOn={Display.Date(app.Today)}#Input_NewAddress");
        Assert.Contains("Phường Hòa Bình (04795)", form);
        Assert.True(Selected(form, "04795"), "The chosen commune is kept.");
        Assert.Matches(@"<input [^>]*name=""Input.ToProvinceCode""[^>]*value=""25""", form);
        Assert.Matches(@"<input [^>]*name=""Input.NewAddress""[^>]*value=""Tổ 7, phường Hòa Bình""", form);

        // The first step: the province alone.
        var province = await HtmlAsync(pages, $"/Transfers/Create/{caseId}?province=25");
        Assert.Contains("Phường Hòa Bình (04795)", province);
        Assert.Matches(@"<input [^>]*name=""Input.ToProvinceCode""[^>]*value=""25""", province);
    }

    static async Task<string> HtmlAsync(HttpClient pages, string url)
    {
        var response = await pages.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    static bool Selected(string html, string value) =>
        Regex.IsMatch(html, $@"<option [^>]*(selected=""selected""[^>]*value=""{value}""|value=""{value}""[^>]*selected=""selected"")");
}

[Collection(SqliteCollection.Name)]
public sealed class CaseFormLinkTests_Sqlite(SqliteApp app) : CaseFormLinkTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CaseFormLinkTests_Postgres(PostgresApp app) : CaseFormLinkTests(app);
