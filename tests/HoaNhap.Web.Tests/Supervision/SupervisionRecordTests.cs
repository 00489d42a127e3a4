using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Supervision;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Features.Supervision;
using HoaNhap.Web.Features.Worklist;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Supervision;

/// <summary>
/// Part 3 of issue 4: obligations on the case, the plan, check-ins and summons, self-reports on
/// their cadence, income deduction, community labour within its caps, the supervisor's
/// assessments, and the worklist items they feed.
/// </summary>
public abstract class SupervisionRecordTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;
    static string Iso(DateOnly d) => SupervisionSetup.Iso(d);

    async Task<int> CountAsync<T>(Guid caseId) where T : class, ISupervisionRecord
    {
        using var scope = app.Services.CreateScope();
        return await app.NewDbContext(scope).Set<T>().CountAsync(x => x.CaseId == caseId);
    }

    [SkippableFact]
    public async Task The_case_page_lists_the_obligations_of_the_sentence_with_sources_and_the_plan()
    {
        app.EnsureAvailable();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.NonCustodialReform, Today.AddMonths(-1),
            c => { c.IncomeDeductionPercent = 15; c.CommunityLabour = true; });
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var html = await pages.GetStringAsync($"/Cases/Details/{caseId}");
        Assert.Contains("data-testid=\"supervision-section\"", html);
        Assert.Contains("Bị khấu trừ 15% thu nhập hằng tháng", html);
        Assert.Contains("LTHAHS 2019 Điều 99 khoản 3; BLHS 2015 Điều 36 khoản 3", html);
        Assert.Contains("Lao động phục vụ cộng đồng theo phân công của UBND cấp xã: không quá 4 giờ một ngày", html);
        Assert.Contains("Cần kiểm tra lại", html);
        Assert.Contains("/Supervision/Plan/" + caseId, html);

        var api = await app.ApiAsync(Roles.CourtReader, Unit.A);
        var plan = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/supervision-plan");
        Assert.Equal(1, plan.GetProperty("checkInIntervalMonths").GetInt32());
        Assert.True(plan.GetProperty("checkInIsDefault").GetBoolean());
        Assert.Equal(3, plan.GetProperty("assessmentIntervalMonths").GetInt32());
        Assert.Contains(plan.GetProperty("obligations").EnumerateArray(), o => o.GetProperty("status").GetString() == "ToVerify");

        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var changed = await officer.PutAsJsonAsync($"/api/v1/cases/{caseId}/supervision-plan", new { checkInIntervalMonths = 2, version = 0 });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var body = await changed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, body.GetProperty("checkInIntervalMonths").GetInt32());
        Assert.False(body.GetProperty("checkInIsDefault").GetBoolean());
        var stale = await officer.PutAsJsonAsync($"/api/v1/cases/{caseId}/supervision-plan", new { checkInIntervalMonths = 3, version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var tooLong = await officer.PutAsJsonAsync($"/api/v1/cases/{caseId}/supervision-plan", new { checkInIntervalMonths = 13, version = body.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    [SkippableFact]
    public async Task Officers_record_check_ins_and_summons_with_attendance_and_the_due_check_in_clears()
    {
        app.EnsureAvailable();
        var start = Today.AddMonths(-2);   // a check-in fell due today
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, start);
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var before = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/check-ins");
        Assert.Equal(Iso(Today), before.GetProperty("pendingDueOn").GetString());

        var summons = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/check-ins",
            new { on = Iso(Today.AddDays(-1)), kind = "Summons", attended = false, note = "Không đến theo giấy triệu tập" });
        Assert.Equal(HttpStatusCode.Created, summons.StatusCode);
        Assert.Equal(Iso(Today), (await officer.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/check-ins")).GetProperty("pendingDueOn").GetString());

        var checkIn = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/check-ins", new { on = Iso(Today), kind = "CheckIn", attended = true, note = "Có mặt" });
        Assert.Equal(HttpStatusCode.Created, checkIn.StatusCode);
        var after = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/check-ins");
        Assert.Equal(JsonValueKind.Null, after.GetProperty("pendingDueOn").ValueKind);
        Assert.Equal(Iso(Periods.EndAfterMonths(start, 3)), after.GetProperty("nextDueOn").GetString());
        var items = after.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Contains(items, i => i.GetProperty("kind").GetString() == "Summons" && !i.GetProperty("attended").GetBoolean());

        var bad = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/check-ins", new { on = Iso(Today.AddDays(1)), kind = "Letter" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("kind", out _) && errors.TryGetProperty("on", out _) && errors.TryGetProperty("attended", out _));
        var supervisor = await app.ApiAsync(Roles.Supervisor, Unit.A);
        // The person's own supervisor records check-ins too (issue 14); the commune leader does not.
        Assert.Equal(HttpStatusCode.Created, (await supervisor.PostAsJsonAsync($"/api/v1/cases/{caseId}/check-ins", new { on = Iso(Today), kind = "CheckIn", attended = true })).StatusCode);
        var leader = await app.ApiAsync(Roles.CommuneLeader, Unit.A);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync($"/api/v1/cases/{caseId}/check-ins", new { on = Iso(Today), kind = "CheckIn", attended = true })).StatusCode);

        // The page form does the same, without JavaScript.
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var posted = await HoaNhapApp.PostFormAsync(pages, $"/Supervision/CheckIn/{caseId}", $"/Supervision/CheckIn/{caseId}",
            new() { ["Input.Kind"] = "CheckIn", ["Input.On"] = Display(Today), ["Input.Attended"] = "true", ["Input.Note"] = "Qua trang" });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(4, await CountAsync<CheckIn>(caseId));
    }

    static string Display(DateOnly d) => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    [SkippableFact]
    public async Task Self_reports_are_expected_on_their_cadence_and_marked_on_time_late_or_missing()
    {
        app.EnsureAvailable();
        var start = Today.AddMonths(-3).AddDays(-1);
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, start);
        var periods = SelfReportSchedule.Periods(start, null, 1, Today);
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);

        var onTime = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/self-reports",
            new { period = periods[0].Label, receivedOn = Iso(periods[0].DueOn), summary = "Chấp hành tốt" });
        Assert.Equal(HttpStatusCode.Created, onTime.StatusCode);
        Assert.Equal("OnTime", (await onTime.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var late = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/self-reports",
            new { period = periods[1].Label, receivedOn = Iso(periods[1].DueOn.AddDays(4)) });
        var lateBody = await late.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Late", lateBody.GetProperty("status").GetString());
        Assert.Equal(4, lateBody.GetProperty("daysLate").GetInt32());

        var duplicate = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/self-reports", new { period = periods[0].Label, receivedOn = Iso(Today) });
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        var unknown = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/self-reports", new { period = "1999-01", receivedOn = Iso(Today) });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        var list = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/self-reports");
        var byNumber = list.GetProperty("periods").EnumerateArray().ToDictionary(p => p.GetProperty("number").GetInt32(), p => p.GetProperty("status").GetString());
        Assert.Equal("OnTime", byNumber[1]);
        Assert.Equal("Late", byNumber[2]);
        Assert.Equal("Missing", byNumber[3]);
        Assert.Equal("NotYetDue", byNumber[4]);
        Assert.Equal(1, list.GetProperty("missing").GetInt32());

        var html = await (await app.PagesAsync(Roles.CommuneOfficer, Unit.A)).GetStringAsync($"/Cases/Details/{caseId}");
        Assert.Contains("Chưa nộp, quá hạn", html);
        Assert.Contains("Đã nhận, nộp muộn", html);
    }

    [SkippableFact]
    public async Task Income_deduction_computes_the_expected_amount_and_refuses_a_percentage_outside_the_law()
    {
        app.EnsureAvailable();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.NonCustodialReform, Today.AddMonths(-3), c => c.IncomeDeductionPercent = 10);
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var month = Today.AddMonths(-1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var ok = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/income-deductions",
            new { month, income = 6_500_000, amountDeducted = 600_000, paidOn = Iso(Today) });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        var body = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(650_000, body.GetProperty("expectedAmount").GetInt64());
        Assert.Equal(50_000, body.GetProperty("shortfall").GetInt64());

        var otherMonth = Today.AddMonths(-2).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var refused = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/income-deductions",
            new { month = otherMonth, income = 6_000_000, percent = 25, amountDeducted = 1_500_000 });
        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        Assert.Contains("Điều 36 khoản 3", await refused.Content.ReadAsStringAsync());
        Assert.Equal(1, await CountAsync<IncomeDeduction>(caseId));

        var (_, suspended) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-3));
        var notReform = await officer.PostAsJsonAsync($"/api/v1/cases/{suspended}/income-deductions", new { month, income = 1_000_000, amountDeducted = 0 });
        Assert.Equal((HttpStatusCode)422, notReform.StatusCode);
        var (_, exempt) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.NonCustodialReform, Today.AddMonths(-3), c => c.IncomeDeductionPercent = null);
        var exempted = await officer.PostAsJsonAsync($"/api/v1/cases/{exempt}/income-deductions", new { month, income = 1_000_000, amountDeducted = 0 });
        Assert.Equal((HttpStatusCode)422, exempted.StatusCode);
        Assert.Contains("miễn khấu trừ", await exempted.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Community_labour_beyond_the_daily_cap_is_refused_and_nothing_is_stored()
    {
        app.EnsureAvailable();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.NonCustodialReform, Today.AddMonths(-1),
            c => { c.IncomeDeductionPercent = 5; c.CommunityLabour = true; });
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var first = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/community-labour", new { on = Iso(Today), hours = 3, work = "Quét dọn nhà văn hóa" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var over = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/community-labour", new { on = Iso(Today), hours = 2, work = "Dọn đường làng" });
        Assert.Equal((HttpStatusCode)422, over.StatusCode);
        var problem = await over.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("không quá 4 giờ trong một ngày", problem.GetProperty("detail").GetString());
        Assert.Contains("Điều 36 khoản 4", problem.GetProperty("detail").GetString());
        Assert.Equal(1, await CountAsync<CommunityLabourEntry>(caseId));

        // The page shows the same refusal beside the field.
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var page = await HoaNhapApp.PostFormAsync(pages, $"/Supervision/Labour/{caseId}", $"/Supervision/Labour/{caseId}",
            new() { ["Input.On"] = Display(Today), ["Input.Hours"] = "5", ["Input.Work"] = "Trồng cây" });
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("không quá 4 giờ trong một ngày", await page.Content.ReadAsStringAsync());
        Assert.Equal(1, await CountAsync<CommunityLabourEntry>(caseId));

        var (_, noLabour) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.NonCustodialReform, Today.AddMonths(-1), c => c.IncomeDeductionPercent = 5);
        var notApplicable = await officer.PostAsJsonAsync($"/api/v1/cases/{noLabour}/community-labour", new { on = Iso(Today), hours = 1, work = "Quét dọn" });
        Assert.Equal((HttpStatusCode)422, notApplicable.StatusCode);
        Assert.Equal(0, await CountAsync<CommunityLabourEntry>(noLabour));
    }

    [SkippableFact]
    public async Task The_assigned_supervisor_records_an_assessment_from_the_phone_form_and_officers_see_it()
    {
        app.EnsureAvailable();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-4));
        var pages = await app.PagesAsync(Roles.Supervisor, Unit.A);
        var form = await pages.GetStringAsync($"/Supervision/Assessment/{caseId}");
        Assert.Contains("data-testid=\"assessment-form\"", form);
        Assert.Contains("phone-form", form);
        var posted = await HoaNhapApp.PostFormAsync(pages, $"/Supervision/Assessment/{caseId}", $"/Supervision/Assessment/{caseId}",
            new() { ["Input.On"] = Display(Today), ["Input.Rating"] = "Fair", ["Input.ObligationsKept"] = "true", ["Input.Comment"] = "Đi làm đều, không vi phạm" });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        var api = await app.ApiAsync(Roles.Supervisor, Unit.A);
        var viaApi = await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/assessments", new { on = Iso(Today), rating = "Good", obligationsKept = true });
        Assert.Equal(HttpStatusCode.Created, viaApi.StatusCode);
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/assessments", new { on = Iso(Today), rating = "Good", obligationsKept = true })).StatusCode);
        var list = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/assessments");
        Assert.Equal(2, list.GetProperty("items").GetArrayLength());
        Assert.Equal(Iso(Periods.EndAfterMonths(Today, 3)), list.GetProperty("nextDueOn").GetString());
        var supervisor = await app.CurrentUserAsync(Roles.Supervisor, Unit.A);
        Assert.All(list.GetProperty("items").EnumerateArray(), a => Assert.Equal(supervisor.UserId, a.GetProperty("supervisorUserId").GetString()));
        var html = await (await app.PagesAsync(Roles.CommuneOfficer, Unit.A)).GetStringAsync($"/Cases/Details/{caseId}");
        Assert.Contains("Đi làm đều, không vi phạm", html);
    }

    [SkippableFact]
    public async Task Recording_on_a_closed_case_is_refused_and_nothing_is_stored()
    {
        app.EnsureAvailable();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-2));
        using (var scope = app.Services.CreateScope())
        {
            var db = app.NewDbContext(scope);
            var c = await db.Cases.FirstAsync(x => x.Id == caseId);
            Assert.Null(c.MoveTo(CaseStatus.Completed, Today));
            await db.SaveChangesAsync();
        }
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var refused = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/check-ins", new { on = Iso(Today), kind = "CheckIn", attended = true });
        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        Assert.Equal(0, await CountAsync<CheckIn>(caseId));
    }

    [SkippableFact]
    public async Task The_worklist_gets_due_check_ins_and_overdue_self_reports_with_the_supervisor()
    {
        app.EnsureAvailable();
        var start = Today.AddMonths(-2);
        var (person, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, start);
        var (_, clear) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddDays(-10));
        var supervisor = await app.CurrentUserAsync(Roles.Supervisor, Unit.A);
        using var scope = app.Services.CreateScope();
        var sources = scope.ServiceProvider.GetServices<IWorklistSource>();
        var source = Assert.Single(sources.OfType<SupervisionWorklistSource>());
        var items = await source.CollectEverywhereAsync(app.NewDbContext(scope), Today);

        var mine = items.Where(i => i.CaseId == caseId).ToList();
        var due = Assert.Single(mine, i => i.Kind == WorklistKind.CheckInDue);
        Assert.Equal(Today, due.DueOn);
        Assert.Equal(supervisor.UserId, due.SupervisorUserId);
        Assert.Equal(person, due.PersonId);
        Assert.Equal(HoaNhapApp.Units[Unit.A].Commune, due.CommuneCode);
        var overdue = Assert.Single(mine, i => i.Kind == WorklistKind.SelfReportOverdue);
        Assert.Equal(Periods.EndAfterMonths(start, 1), overdue.DueOn);
        Assert.Contains("Bản tự nhận xét quá hạn", overdue.Title);
        Assert.Equal(supervisor.UserId, overdue.SupervisorUserId);
        Assert.DoesNotContain(items, i => i.CaseId == clear);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SupervisionRecordTests_Sqlite(SqliteApp app) : SupervisionRecordTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SupervisionRecordTests_Postgres(PostgresApp app) : SupervisionRecordTests(app);
