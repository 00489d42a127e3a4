using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Domain.Exchange;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Features.Reintegration;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Reintegration;

/// <summary>
/// Intake of a person released from prison (TT 10/2024/TT-BCA Điều 8, 9): from the prison's notice or
/// typed in, the residence check with the notice back to the sender (HCD-03), the report to the commune with
/// the minutes and undertaking (HCD-05) and the information sheet (HCD-02), the officer and helper, the
/// deadlines and the worklist flag for a returnee who has not reported; refusals (422, nothing stored) and scope.
/// </summary>
public abstract class ReintegrationIntakeTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;
    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");
    static DateOnly Date(JsonElement e, string name) => DateOnly.ParseExact(e.GetProperty(name).GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    Task<(Guid Id, string PersonalId)> NoticeAsync(Unit unit, string name, DateOnly releasedOn, Gender? gender = null) =>
        ReintegrationSetup.NoticeAsync(app, unit, name, releasedOn, gender);

    Task<Guid> ReceivedCaseAsync(DateOnly releasedOn, DateOnly receivedOn) => ReintegrationSetup.ReceivedCaseAsync(app, releasedOn, receivedOn);

    [SkippableFact]
    public async Task Notice_opens_the_person_the_case_and_the_deadlines_at_once_and_only_once()
    {
        app.EnsureAvailable();
        var released = Today.AddDays(-2);
        var (noticeId, pid) = await NoticeAsync(Unit.A, "Phạm Văn Ra", released);
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);

        // The notice does not say the gender: it is asked for, and nothing is stored.
        var noGender = await officer.PostAsJsonAsync($"/api/v1/release-notices/{noticeId}/reception", new { noticeReceivedOn = Iso(Today) });
        Assert.Equal(HttpStatusCode.BadRequest, noGender.StatusCode);
        Assert.Contains("giới tính", await noGender.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.People.AnyAsync(p => p.PersonalIdNumber == pid)));

        // Another commune does not see the notice.
        var other = await app.ApiAsync(Roles.CommuneOfficer, Unit.B);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/release-notices/{noticeId}/reception",
            new { noticeReceivedOn = Iso(Today), gender = "Male" })).StatusCode);

        var created = await officer.PostAsJsonAsync($"/api/v1/release-notices/{noticeId}/reception", new { noticeReceivedOn = Iso(Today), gender = "Male" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var caseId = body.GetProperty("caseId").GetGuid();
        Assert.True(body.GetProperty("isReintegration").GetBoolean());
        Assert.Equal("Intake", body.GetProperty("caseStatus").GetString());
        var holidays = (await app.WithDbAsync(db => db.Holidays.Select(h => h.Date).ToListAsync())).ToHashSet();
        var deadlines = body.GetProperty("deadlines");
        Assert.Equal(WorkingDays.Add(Today, 3, holidays), Date(deadlines, "verifyResidenceDueOn"));
        Assert.Equal(WorkingDays.Add(released, 5, holidays), Date(deadlines, "personReportDueOn"));
        var c = await app.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(x => x.Id == caseId));
        Assert.Equal(CaseKind.Reintegration, c.Kind);
        Assert.Equal(released, c.StartOn);
        var person = await app.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.PersonalIdNumber == pid));
        Assert.Equal(person.Id, c.PersonId);
        Assert.Equal(person.Id, (await app.WithDbAsync(db => db.Set<ReleaseNotice>().AsNoTracking().SingleAsync(n => n.Id == noticeId))).PersonId);

        // Receiving the same notice again is refused by rule (422), nothing more is stored.
        var again = await officer.PostAsJsonAsync($"/api/v1/release-notices/{noticeId}/reception", new { noticeReceivedOn = Iso(Today) });
        Assert.Equal((HttpStatusCode)422, again.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Cases.CountAsync(x => x.PersonId == person.Id)));

        // Readers of the commune see it; the other commune and an unassigned supervisor do not.
        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiAsync(Roles.CommuneLeader, Unit.A)).GetAsync($"/api/v1/cases/{caseId}/reintegration/reception")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{caseId}/reintegration/reception")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.Supervisor, Unit.A)).GetAsync($"/api/v1/cases/{caseId}/reintegration/reception")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.BankOfficer, Unit.A)).GetAsync($"/api/v1/cases/{caseId}/reintegration/reception")).StatusCode);

        // The release notices page now links to the file.
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Contains($"/Cases/Details/{caseId}", await pages.GetStringAsync("/Exchange/ReleaseNotices"));
    }

    [SkippableFact]
    public async Task Person_not_living_there_gets_the_HCD_03_notice_to_the_sender_and_cannot_report()
    {
        app.EnsureAvailable();
        var caseId = await ReceivedCaseAsync(Today.AddDays(5), Today.AddDays(-1));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var url = $"/api/v1/cases/{caseId}/reintegration";

        var noNote = await officer.PostAsJsonAsync($"{url}/residence-check", new { checkedOn = Iso(Today), livesThere = false });
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.Contains("note", (await noNote.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name));

        var province = await app.ApiAsync(Roles.CommuneLeader, Unit.A);
        Assert.Equal(HttpStatusCode.Forbidden, (await province.PostAsJsonAsync($"{url}/residence-check",
            new { checkedOn = Iso(Today), livesThere = false, note = "x" })).StatusCode);

        var checkedOk = await officer.PostAsJsonAsync($"{url}/residence-check",
            new { checkedOn = Iso(Today), livesThere = false, note = "Gia đình cho biết người này sẽ về sống cùng chị gái tại tỉnh khác." });
        Assert.Equal(HttpStatusCode.OK, checkedOk.StatusCode);
        var body = await checkedOk.Content.ReadFromJsonAsync<JsonElement>();
        var fileId = body.GetProperty("senderNoticeFileId").GetGuid();
        var file = await app.WithDbAsync(db => db.Set<CaseFileItem>().AsNoTracking().SingleAsync(f => f.Id == fileId && f.CaseId == caseId));
        var lines = AdministrativeDocument.Text(file.Content!);
        Assert.Contains(lines, l => l.Contains("Trại giam Thanh Xuân", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("không cư trú", StringComparison.Ordinal));
        Assert.Contains("HCD-03", file.Title);

        // The report is refused by rule; nothing is stored.
        var report = await officer.PostAsJsonAsync($"{url}/report", new { reportedOn = Iso(Today), circumstances = "Ở cùng mẹ.", undertaking = true });
        Assert.Equal((HttpStatusCode)422, report.StatusCode);
        Assert.Null((await app.WithDbAsync(db => db.Set<ReintegrationIntake>().AsNoTracking().SingleAsync(r => r.CaseId == caseId))).ReportedOn);
        // Nor is the residence checked twice.
        Assert.Equal((HttpStatusCode)422, (await officer.PostAsJsonAsync($"{url}/residence-check",
            new { checkedOn = Iso(Today), livesThere = true })).StatusCode);
    }

    [SkippableFact]
    public async Task Report_through_the_page_produces_HCD_05_and_HCD_02_and_starts_management()
    {
        app.EnsureAvailable();
        var caseId = await ReceivedCaseAsync(Today.AddDays(-3), Today.AddDays(-10));
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var details = await pages.GetStringAsync($"/Cases/Details/{caseId}");
        Assert.Contains("data-testid=\"reintegration-section\"", details);
        Assert.Contains($"/Reintegration/Report/{caseId}", details);

        var form = $"/Reintegration/Residence/{caseId}";
        var lives = await HoaNhapApp.PostFormAsync(pages, form, form, new() { ["Input.CheckedOn"] = Display.Date(Today.AddDays(-8)), ["Input.LivesThere"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, lives.StatusCode);

        form = $"/Reintegration/Report/{caseId}";
        // Without the undertaking: the page comes back with the error beside the field, nothing stored.
        var missing = await HoaNhapApp.PostFormAsync(pages, form, form, new() { ["Input.ReportedOn"] = Display.Date(Today), ["Input.Circumstances"] = "Ở cùng vợ con." });
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("bản cam kết", await missing.Content.ReadAsStringAsync());
        Assert.Equal(CaseStatus.Intake, (await app.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId))).Status);

        var ok = await HoaNhapApp.PostFormAsync(pages, form, form, new()
        {
            ["Input.ReportedOn"] = Display.Date(Today), ["Input.Circumstances"] = "Ở cùng vợ con, chưa có việc làm.",
            ["Input.Wishes"] = "Học nghề sửa xe, vay vốn.", ["Input.Undertaking"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var c = await app.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(x => x.Id == caseId));
        Assert.Equal(CaseStatus.Active, c.Status);
        var files = await app.WithDbAsync(db => db.Set<CaseFileItem>().AsNoTracking().Where(f => f.CaseId == caseId).ToListAsync());
        var minutes = Assert.Single(files, f => f.Title.Contains("HCD-05"));
        Assert.Contains(AdministrativeDocument.Text(minutes.Content!), l => l.Contains("không tái phạm", StringComparison.Ordinal));
        var sheet = Assert.Single(files, f => f.Title.Contains("HCD-02"));
        Assert.Contains(AdministrativeDocument.Text(sheet.Content!), l => l.Contains("Học nghề sửa xe", StringComparison.Ordinal));

        var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var view = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/reintegration/reception");
        Assert.Equal(Iso(Today), view.GetProperty("reportedOn").GetString());
        Assert.False(view.GetProperty("deadlines").GetProperty("personReportOverdue").GetBoolean());
    }

    [SkippableFact]
    public async Task A_returnee_who_has_not_reported_in_time_is_flagged_on_the_worklist_and_the_page()
    {
        app.EnsureAvailable();
        var caseId = await ReceivedCaseAsync(Today.AddDays(-30), Today.AddDays(-40));
        var items = await app.WithDbAsync(db => new ReintegrationWorklist().CollectEverywhereAsync(db, Today));
        Assert.Contains(items, i => i.CaseId == caseId && i.Kind == WorklistKind.ReintegrationReportOverdue);
        Assert.Contains(items, i => i.CaseId == caseId && i.Kind == WorklistKind.ReintegrationResidenceCheckDue);
        var pages = await app.PagesAsync(Roles.CommuneLeader, Unit.A);
        var html = await pages.GetStringAsync($"/Cases/Details/{caseId}");
        Assert.Contains("data-testid=\"report-overdue\"", html);
        Assert.Contains("data-testid=\"residence-overdue\"", html);

        // A returnee released today is not flagged yet.
        var fresh = await ReceivedCaseAsync(Today, Today);
        items = await app.WithDbAsync(db => new ReintegrationWorklist().CollectEverywhereAsync(db, Today));
        Assert.DoesNotContain(items, i => i.CaseId == fresh && i.Kind == WorklistKind.ReintegrationReportOverdue);
    }

    [SkippableFact]
    public async Task Typed_in_case_records_the_notice_and_the_commune_assigns_the_officer_and_a_helper()
    {
        app.EnsureAvailable();
        var person = await app.CreatePersonAsync(Unit.A, TestData.Unique("Đỗ Văn Nhập"));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var opened = await officer.PostAsJsonAsync($"/api/v1/people/{person}/cases",
            new { kind = "Reintegration", releaseKind = "Amnesty", startsOn = Iso(Today.AddDays(-1)) });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var caseId = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var url = $"/api/v1/cases/{caseId}/reintegration";

        var before = await officer.GetFromJsonAsync<JsonElement>($"{url}/reception");
        Assert.Equal(JsonValueKind.Null, before.GetProperty("noticeReceivedOn").ValueKind);
        var empty = await officer.PutAsJsonAsync($"{url}/reception", new { });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var saved = await officer.PutAsJsonAsync($"{url}/reception",
            new { noticeReceivedOn = Iso(Today), releasedOn = Iso(Today.AddDays(-1)), sender = "Trại giam Ngọc Lý" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        // Only the commune (police officer or leader) assigns, and only an active officer of the commune.
        var leader = await app.ApiAsync(Roles.CommuneLeader, Unit.A);
        var supervisorUser = await app.CurrentUserAsync(Roles.Supervisor, Unit.A);
        var otherCommune = await app.CurrentUserAsync(Roles.CommuneOfficer, Unit.B);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.ProvinceOfficer, Unit.A)).PostAsJsonAsync($"{url}/officer",
            new { officerUserId = supervisorUser.UserId, assignedOn = Iso(Today) })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await leader.PostAsJsonAsync($"{url}/officer",
            new { officerUserId = otherCommune.UserId, assignedOn = Iso(Today) })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await leader.PostAsJsonAsync($"{url}/officer",
            new { officerUserId = supervisorUser.UserId, assignedOn = Iso(Today), helperName = "Nguyễn Văn Hội", helperKind = "MassOrganisation" })).StatusCode);
        var assigned = await leader.PostAsJsonAsync($"{url}/officer", new
        {
            officerUserId = supervisorUser.UserId, assignedOn = Iso(Today), helperName = "Nguyễn Văn Hội", helperKind = "MassOrganisation",
            helperOrganisation = "Hội Cựu chiến binh xã",
        });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        var body = await assigned.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(supervisorUser.FullName, body.GetProperty("officerName").GetString());
        Assert.Equal("Hội Cựu chiến binh xã", body.GetProperty("helperOrganisation").GetString());

        // The page form of the same step.
        var pages = await app.PagesAsync(Roles.CommuneLeader, Unit.A);
        var html = await pages.GetStringAsync($"/Reintegration/Officer/{caseId}");
        Assert.Contains("data-testid=\"officer-current\"", html);
    }

    [SkippableFact]
    public async Task A_community_sentence_case_is_refused_by_rule_and_nothing_is_stored()
    {
        app.EnsureAvailable();
        var (_, caseId) = await Breaches.CaseSetup.ActiveCaseAsync(app, Unit.A, "Vũ Văn Treo", SentenceType.SuspendedSentence, Today.AddMonths(-2));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var r = await officer.PutAsJsonAsync($"/api/v1/cases/{caseId}/reintegration/reception",
            new { noticeReceivedOn = Iso(Today), releasedOn = Iso(Today), sender = "Trại giam" });
        Assert.Equal((HttpStatusCode)422, r.StatusCode);
        Assert.Contains("Thông tư 10/2024/TT-BCA", await r.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.Set<ReintegrationIntake>().AnyAsync(x => x.CaseId == caseId)));
        Assert.DoesNotContain("reintegration-section", await (await app.PagesAsync(Roles.CommuneOfficer, Unit.A)).GetStringAsync($"/Cases/Details/{caseId}"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReintegrationIntakeTests_Sqlite(SqliteApp app) : ReintegrationIntakeTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ReintegrationIntakeTests_Postgres(PostgresApp app) : ReintegrationIntakeTests(app);
