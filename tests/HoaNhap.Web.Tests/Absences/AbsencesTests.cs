using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Domain.Absences;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Features.Absences;
using HoaNhap.Web.Features.Rules;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HoaNhap.Web.Tests.Breaches.CaseSetup;

namespace HoaNhap.Web.Tests.Absences;

/// <summary>
/// Absence from the place of residence through the API and the pages: the decision due date, the
/// legal limits refused with 422 naming the rule (nothing stored), the commune's decision with its
/// .docx, the return check-in flagged when late, the worklist, and who may do what.
/// </summary>
public abstract class AbsencesTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;

    object Request(DateOnly from, DateOnly to, bool medical = false, DateOnly? requestedOn = null) => new
    {
        requestedOn = Iso(requestedOn ?? Today), from = Iso(from), to = Iso(to), destination = "Thành phố Hồ Chí Minh",
        reason = "Thăm mẹ ốm", medicalTreatment = medical,
    };

    static DateOnly Date(JsonElement e, string name) => DateOnly.ParseExact(e.GetProperty(name).GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [SkippableFact]
    public async Task Request_within_the_limits_is_due_for_decision_and_the_approval_sets_the_return_check_in()
    {
        app.EnsureAvailable();
        var (_, caseId) = await ActiveCaseAsync(app, Unit.A, "Nguyễn Văn Đi", SentenceType.SuspendedSentence, Today.AddMonths(-3));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var created = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests", Request(Today.AddDays(10), Today.AddDays(69)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(60, body.GetProperty("days").GetInt32());
        var holidays = await app.WithDbAsync(db => db.Holidays.Select(h => h.Date).ToListAsync());
        Assert.Equal(WorkingDays.Add(Today, 3, holidays.ToHashSet()), Date(body, "decisionDueOn"));
        var id = body.GetProperty("id").GetGuid();

        var waiting = await app.WithDbAsync(db => new AbsenceWorklist().CollectEverywhereAsync(db, Today));
        Assert.Equal(WorklistKind.AbsenceAwaitingDecision, Assert.Single(waiting, i => i.CaseId == caseId).Kind);

        // The decision is the commune's (officer or leader), with reasons when refusing.
        var province = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        Assert.Equal(HttpStatusCode.Forbidden, (await province.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests/{id}/decision",
            new { approved = true, decidedOn = Iso(Today) })).StatusCode);
        var leader = await app.ApiAsync(Roles.CommuneLeader, Unit.A);
        var noReason = await leader.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests/{id}/decision", new { approved = false, decidedOn = Iso(Today) });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("phải nêu rõ lý do", await noReason.Content.ReadAsStringAsync());
        var approved = await leader.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests/{id}/decision",
            new { approved = true, decidedOn = Iso(Today), decisionNumber = "25/QĐ-UBND" });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var decided = await approved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Approved", decided.GetProperty("status").GetString());
        Assert.Equal(WorkingDays.Add(Today.AddDays(69), 1, holidays.ToHashSet()), Date(decided, "returnDueOn"));
        var decision = await app.WithDbAsync(db => db.Set<HoaNhap.Domain.Cases.CaseFileItem>().AsNoTracking()
            .SingleAsync(f => f.CaseId == caseId && f.Kind == CaseFileItemKind.AbsenceDecision));
        var lines = AdministrativeDocument.Text(decision.Content!);
        Assert.True(lines.Any(l => l.Contains("Đồng ý cho", StringComparison.Ordinal)), string.Join("\n", lines));
        Assert.DoesNotContain(await app.WithDbAsync(db => new AbsenceWorklist().CollectEverywhereAsync(db, Today)), i => i.CaseId == caseId);
    }

    [SkippableFact]
    public async Task Requests_beyond_the_legal_limits_are_refused_naming_the_rule_and_nothing_is_stored()
    {
        app.EnsureAvailable();
        // 12-month term: 1/3 is at most 121 or 122 days; two trips of 60 days approved, then more.
        var (_, caseId) = await ActiveCaseAsync(app, Unit.A, "Trần Văn Xa", SentenceType.SuspendedSentence, Today.AddMonths(-1), termMonths: 12);
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);

        var tooLong = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests", Request(Today.AddDays(5), Today.AddDays(65)));
        Assert.Equal((HttpStatusCode)422, tooLong.StatusCode);
        var problem = await tooLong.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Yêu cầu không được pháp luật cho phép", problem.GetProperty("title").GetString());
        Assert.Contains("không quá 60 ngày", problem.GetProperty("errors").GetProperty("to")[0].GetString());
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<AbsencePermission>().CountAsync(a => a.CaseId == caseId)));

        var leader = await app.ApiAsync(Roles.CommuneLeader, Unit.A);
        foreach (var start in new[] { 5, 70 })
        {
            var r = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests", Request(Today.AddDays(start), Today.AddDays(start + 59)));
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
            var id = (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            Assert.Equal(HttpStatusCode.OK, (await leader.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests/{id}/decision",
                new { approved = true, decidedOn = Iso(Today) })).StatusCode);
        }
        var overlap = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests", Request(Today.AddDays(60), Today.AddDays(62)));
        Assert.Equal((HttpStatusCode)422, overlap.StatusCode);
        var total = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests", Request(Today.AddDays(140), Today.AddDays(149)));
        Assert.Equal((HttpStatusCode)422, total.StatusCode);
        Assert.Contains("không quá 1/3", await total.Content.ReadAsStringAsync());
        // Medical treatment on a doctor's order is not counted in the total.
        var medical = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests", Request(Today.AddDays(140), Today.AddDays(149), medical: true));
        Assert.Equal(HttpStatusCode.Created, medical.StatusCode);
        Assert.Equal(3, await app.WithDbAsync(db => db.Set<AbsencePermission>().CountAsync(a => a.CaseId == caseId)));
    }

    [SkippableFact]
    public async Task A_late_return_is_flagged_and_on_the_worklist_of_the_supervisor()
    {
        app.EnsureAvailable();
        var (_, caseId) = await ActiveCaseAsync(app, Unit.A, "Lê Văn Về", SentenceType.NonCustodialReform, Today.AddMonths(-4));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var r = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests", Request(Today.AddDays(-30), Today.AddDays(-20), requestedOn: Today.AddDays(-40)));
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var id = (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests/{id}/decision",
            new { approved = true, decidedOn = Iso(Today.AddDays(-38)) })).StatusCode);

        var items = await app.WithDbAsync(db => new AbsenceWorklist().CollectEverywhereAsync(db, Today));
        var late = Assert.Single(items, i => i.CaseId == caseId);
        Assert.Equal(WorklistKind.AbsenceReturnLate, late.Kind);
        Assert.Equal((await app.CurrentUserAsync(Roles.Supervisor, Unit.A)).UserId, late.SupervisorUserId);

        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var details = await pages.GetStringAsync($"/Cases/Details/{caseId}");
        Assert.Contains("data-testid=\"absence-return-late\"", details);
        Assert.Contains("data-testid=\"absence-late-breach\"", details);

        var back = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests/{id}/return", new { returnedOn = Iso(Today) });
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.True((await back.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("returnLate").GetBoolean());
        Assert.DoesNotContain(await app.WithDbAsync(db => new AbsenceWorklist().CollectEverywhereAsync(db, Today)), i => i.CaseId == caseId);
        Assert.Equal((HttpStatusCode)422, (await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests/{id}/return",
            new { returnedOn = Iso(Today) })).StatusCode);
    }

    [SkippableFact]
    public async Task The_page_shows_the_refusal_at_the_top_and_beside_the_field_and_stores_nothing()
    {
        app.EnsureAvailable();
        var (_, caseId) = await ActiveCaseAsync(app, Unit.A, "Phạm Văn Trang", SentenceType.SuspendedSentence, Today.AddMonths(-2));
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var form = $"/Absences/Request/{caseId}";
        var get = await pages.GetStringAsync(form);
        Assert.Contains("Mỗi lần vắng mặt không quá 60 ngày", get);

        var fields = new Dictionary<string, string>
        {
            ["Input.RequestedOn"] = Display.Date(Today), ["Input.From"] = Display.Date(Today.AddDays(3)), ["Input.To"] = Display.Date(Today.AddDays(63)),
            ["Input.Destination"] = "Hà Nội", ["Input.Reason"] = "Đi làm thuê", ["Input.MedicalTreatment"] = "false",
        };
        var refused = await HoaNhapApp.PostFormAsync(pages, form, form, fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"error-summary\"", html);
        Assert.Contains("href=\"#Input_To\"", html);
        Assert.Contains("id=\"Input_To-error\"", html);
        Assert.Contains("không quá 60 ngày", html);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<AbsencePermission>().CountAsync(a => a.CaseId == caseId)));

        fields["Input.To"] = Display.Date(Today.AddDays(10));
        var saved = await HoaNhapApp.PostFormAsync(pages, form, form, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = await app.WithDbAsync(db => db.Set<AbsencePermission>().Where(a => a.CaseId == caseId).Select(a => a.Id).SingleAsync());

        var decide = $"/Absences/Decide/{caseId}/{id}";
        var refusedDecision = await HoaNhapApp.PostFormAsync(pages, decide, decide, new() { ["Input.Approved"] = "false", ["Input.DecidedOn"] = Display.Date(Today) });
        Assert.Contains("phải nêu rõ lý do", await refusedDecision.Content.ReadAsStringAsync());
        var ok = await HoaNhapApp.PostFormAsync(pages, decide, decide, new()
        {
            ["Input.Approved"] = "false", ["Input.DecidedOn"] = Display.Date(Today), ["Input.Reason"] = "Đang trong thời gian kiểm điểm.",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(AbsenceStatus.Refused, await app.WithDbAsync(db => db.Set<AbsencePermission>().Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
        var decision = await app.WithDbAsync(db => db.Set<HoaNhap.Domain.Cases.CaseFileItem>().AsNoTracking()
            .SingleAsync(f => f.CaseId == caseId && f.Kind == CaseFileItemKind.AbsenceDecision));
        Assert.Contains(AdministrativeDocument.Text(decision.Content!), l => l.Contains("Đang trong thời gian kiểm điểm."));
    }

    [SkippableFact]
    public async Task Officer_of_another_commune_gets_not_found_and_a_supervisor_only_reads_their_people()
    {
        app.EnsureAvailable();
        var (_, caseId) = await ActiveCaseAsync(app, Unit.A, "Hoàng Văn Giám", SentenceType.SuspendedSentence, Today.AddMonths(-2));
        var (_, unassigned) = await ActiveCaseAsync(app, Unit.A, "Đỗ Văn Ngoài", SentenceType.SuspendedSentence, Today.AddMonths(-2), assignSupervisor: false);
        var other = await app.ApiAsync(Roles.CommuneOfficer, Unit.B);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{caseId}/absence-requests")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests",
            Request(Today.AddDays(3), Today.AddDays(5)))).StatusCode);
        var supervisor = await app.ApiAsync(Roles.Supervisor, Unit.A);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/api/v1/cases/{caseId}/absence-requests")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests",
            Request(Today.AddDays(3), Today.AddDays(5)))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"/api/v1/cases/{unassigned}/absence-requests")).StatusCode);
        var leader = await app.ApiAsync(Roles.CommuneLeader, Unit.A);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests",
            Request(Today.AddDays(3), Today.AddDays(5)))).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<AbsencePermission>().CountAsync(a => a.CaseId == caseId)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AbsencesTests_Sqlite(SqliteApp app) : AbsencesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AbsencesTests_Postgres(PostgresApp app) : AbsencesTests(app);
