using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using HoaNhap.Web.Tests.Supervision;
using Microsoft.EntityFrameworkCore;
using static HoaNhap.Web.Tests.Reintegration.ReintegrationSetup;

namespace HoaNhap.Web.Tests.People;

/// <summary>
/// Who helps and who needs help first (issue 19, part 8): the person's membership of the Youth Union or another association, named in
/// the supervision plan; the special-hardship flag that the needs assessment and the credit counselling read; scope and bad input.
/// </summary>
public abstract class CircumstancesTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;

    static async Task<List<string>> ErrorFieldsAsync(HttpResponseMessage r) =>
        (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();

    [SkippableFact]
    public async Task Membership_is_recorded_on_the_person_and_named_in_the_supervision_plan()
    {
        app.EnsureAvailable();
        var (person, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-2));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var url = $"/api/v1/people/{person}/membership";

        // Not yet recorded: the plan says so and offers the form.
        var plan = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/supervision-plan");
        Assert.Equal(JsonValueKind.Null, plan.GetProperty("helpingOrganisation").ValueKind);
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Contains("data-testid=\"plan-organisation-none\"", await pages.GetStringAsync($"/Supervision/Plan/{caseId}"));

        // Bad input names its field (400) and changes nothing.
        Assert.Contains("association", await ErrorFieldsAsync(await officer.PutAsJsonAsync(url, new { })));
        Assert.Contains("association", await ErrorFieldsAsync(await officer.PutAsJsonAsync(url, new { association = "Club" })));
        var noName = await officer.PutAsJsonAsync(url, new { association = "Other" });
        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        Assert.Contains("associationName", await ErrorFieldsAsync(noName));
        Assert.Null(await app.WithDbAsync(db => db.People.Where(p => p.Id == person).Select(p => p.AssociationName).SingleAsync()));

        var ok = await officer.PutAsJsonAsync(url, new { association = "YouthUnion", associationName = "Chi đoàn thôn Đông" });
        Assert.True(ok.StatusCode == HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
        Assert.Equal("Đoàn Thanh niên Cộng sản Hồ Chí Minh", (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("associationTitle").GetString());

        const string Named = "Chi đoàn thôn Đông (Đoàn Thanh niên Cộng sản Hồ Chí Minh)";
        plan = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/supervision-plan");
        Assert.Equal(Named, plan.GetProperty("helpingOrganisation").GetString());
        var planPage = await pages.GetStringAsync($"/Supervision/Plan/{caseId}");
        Assert.Contains("data-testid=\"plan-organisation\"", planPage);
        Assert.Contains($"thành viên của {Named}", planPage);
        Assert.Contains(Named, await pages.GetStringAsync($"/People/Details/{person}"));

        // The form: another association, shown on the person's page after saving.
        var form = $"/People/Membership/{person}";
        var saved = await HoaNhapApp.PostFormAsync(pages, form, form, new() { ["Input.Association"] = "WomensUnion", ["Input.AssociationName"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Hội Liên hiệp Phụ nữ", await pages.GetStringAsync($"/People/Details/{person}"));
        var bad = await HoaNhapApp.PostFormAsync(pages, form, form, new() { ["Input.Association"] = "Other", ["Input.AssociationName"] = "" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("data-testid=\"error-summary\"", await bad.Content.ReadAsStringAsync());

        // Another commune's officer: not found; the commune leader reads but does not record.
        var officerB = await app.ApiAsync(Roles.CommuneOfficer, Unit.B);
        Assert.Equal(HttpStatusCode.NotFound, (await officerB.PutAsJsonAsync(url, new { association = "YouthUnion" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officerB.GetAsync($"/api/v1/people/{person}/circumstances")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.PagesAsync(Roles.CommuneOfficer, Unit.B)).GetAsync(form)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.CommuneLeader, Unit.A)).PutAsJsonAsync(url, new { association = "YouthUnion" })).StatusCode);
    }

    [SkippableFact]
    public async Task Special_hardship_is_read_by_the_needs_assessment_and_the_credit_counselling()
    {
        app.EnsureAvailable();
        var caseId = await ReceivedCaseAsync(app, Today.AddDays(-20), Today.AddDays(-25));
        var person = await app.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.PersonId).SingleAsync());
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var url = $"/api/v1/people/{person}/hardship";

        // Without the flag the needs assessment offers nothing first.
        Assert.DoesNotContain("data-testid=\"need-hardship\"", await pages.GetStringAsync($"/Reintegration/Need/{caseId}"));

        Assert.Contains("hardship", await ErrorFieldsAsync(await officer.PutAsJsonAsync(url, new { })));
        var noReason = await officer.PutAsJsonAsync(url, new { hardship = true, since = Iso(Today) });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("reason", await ErrorFieldsAsync(noReason));
        Assert.Contains("since", await ErrorFieldsAsync(await officer.PutAsJsonAsync(url, new { hardship = true, reason = "Mồ côi", since = Iso(Today.AddDays(1)) })));
        Assert.Equal((HttpStatusCode)422, (await officer.PutAsJsonAsync(url, new { hardship = false })).StatusCode);

        const string Reason = "Mồ côi, không nơi nương tựa, chưa có chỗ ở";
        var flagged = await officer.PutAsJsonAsync(url, new { hardship = true, reason = Reason, since = Iso(Today.AddDays(-1)) });
        Assert.True(flagged.StatusCode == HttpStatusCode.OK, await flagged.Content.ReadAsStringAsync());
        var body = await flagged.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("specialHardship").GetBoolean());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("hardshipRecordedBy").GetString()));

        // The needs assessment shows it and offers social assistance, by the culture and social office, first.
        var need = await pages.GetStringAsync($"/Reintegration/Need/{caseId}");
        Assert.Contains("data-testid=\"need-hardship\"", need);
        Assert.Contains(Reason, need);
        Assert.Matches(new Regex("<option[^>]*selected[^>]*value=\"SocialAssistance\"|<option[^>]*value=\"SocialAssistance\"[^>]*selected"), need);
        Assert.Matches(new Regex("<option[^>]*selected[^>]*value=\"CultureSocialOffice\"|<option[^>]*value=\"CultureSocialOffice\"[^>]*selected"), need);
        // …unless the officer came for another area.
        Assert.DoesNotMatch(new Regex("<option[^>]*selected[^>]*value=\"SocialAssistance\"|<option[^>]*value=\"SocialAssistance\"[^>]*selected"),
            await pages.GetStringAsync($"/Reintegration/Need/{caseId}?area=Housing"));

        // The credit counselling marks it and covers social assistance; the loan list puts the person first until counselled.
        var counselling = await pages.GetStringAsync($"/Loans/Counselling/{caseId}");
        Assert.Contains("data-testid=\"counselling-hardship\"", counselling);
        Assert.Contains("chính sách trợ giúp xã hội", counselling);
        var loans = await pages.GetStringAsync("/Loans");
        Assert.Contains($"data-case=\"{caseId}\" data-counselled=\"false\"", loans);
        var counselled = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/counselling", new { counselledOn = Iso(Today), topics = "Vay vốn, trợ giúp xã hội", wantsLoan = true });
        Assert.True(counselled.IsSuccessStatusCode, await counselled.Content.ReadAsStringAsync());
        Assert.Contains($"data-case=\"{caseId}\" data-counselled=\"true\"", await pages.GetStringAsync("/Loans"));
        Assert.Contains("data-testid=\"case-hardship\"", await pages.GetStringAsync($"/Cases/Details/{caseId}"));
        // The bank's list shows no one's hardship.
        Assert.DoesNotContain("data-testid=\"hardship-first\"", await (await app.PagesAsync(Roles.BankOfficer, Unit.A)).GetStringAsync("/Loans"));
        // Another commune does not see or change it.
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.CommuneOfficer, Unit.B)).PutAsJsonAsync(url, new { hardship = false })).StatusCode);
        Assert.DoesNotContain(caseId.ToString(), await (await app.PagesAsync(Roles.CommuneOfficer, Unit.B)).GetStringAsync("/Loans"));

        // Lifted: the forms no longer mark it.
        Assert.Equal(HttpStatusCode.OK, (await officer.PutAsJsonAsync(url, new { hardship = false })).StatusCode);
        Assert.DoesNotContain("data-testid=\"counselling-hardship\"", await pages.GetStringAsync($"/Loans/Counselling/{caseId}"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CircumstancesTests_Sqlite(SqliteApp app) : CircumstancesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CircumstancesTests_Postgres(PostgresApp app) : CircumstancesTests(app);
