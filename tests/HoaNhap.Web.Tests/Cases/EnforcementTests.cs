using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Features.Worklist;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Cases;

/// <summary>
/// Intake of a community sentence with its enforcement decision, legal deadlines and file
/// checklist; the summons document; early termination with the court's decision; completion with
/// the certificate and the automatic start of reintegration. Dates are counted from today so the
/// tests do not age.
/// </summary>
public abstract class EnforcementTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;
    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");

    async Task<(HttpClient Api, Guid Person)> PersonAsync(string name)
    {
        var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        return (api, await app.CreatePersonAsync(Unit.A, TestData.Unique(name), assignSupervisor: false));
    }

    static object Intake(string kind, DateOnly starts, int term, DateOnly? received = null, int custody = 0, Guid? judgmentId = null) => new
    {
        kind, judgmentId, decisionNumber = "12/2026/QĐ-CA", decisionDate = Iso((received ?? starts).AddDays(-2)),
        decisionReceivedOn = Iso(received ?? starts), startsOn = Iso(starts), termMonths = term, custodyDaysServed = custody,
    };

    static async Task<JsonElement> CreatedAsync(HttpResponseMessage r)
    {
        Assert.True(r.StatusCode == HttpStatusCode.Created, $"{r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    async Task ActivateAsync(HttpClient api, JsonElement opened, DateOnly on)
    {
        var r = await api.PostAsJsonAsync($"/api/v1/cases/{opened.GetProperty("id").GetString()}/status",
            new { status = "Active", on = Iso(on), version = opened.GetProperty("version").GetInt64() });
        Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Intake_returns_the_end_date_and_the_legal_deadlines_as_the_contract_says()
    {
        app.EnsureAvailable();
        var (api, person) = await PersonAsync("Tiếp nhận Án treo");
        var received = Today.AddDays(-10);
        var opened = await CreatedAsync(await api.PostAsJsonAsync($"/api/v1/people/{person}/cases",
            Intake("SuspendedSentence", new DateOnly(2026, 1, 31), 24, received)));

        Assert.Equal("Intake", opened.GetProperty("status").GetString());
        Assert.Equal("2028-01-31", opened.GetProperty("endsOn").GetString());
        var deadlines = opened.GetProperty("deadlines").EnumerateArray().ToList();
        Assert.All(deadlines, d =>
        {
            Assert.False(string.IsNullOrEmpty(d.GetProperty("name").GetString()));
            Assert.True(DateOnly.TryParse(d.GetProperty("dueOn").GetString(), out _));
            Assert.Contains("LTHAHS", d.GetProperty("legalBasis").GetString());
        });
        var summon = deadlines.Single(d => d.GetProperty("key").GetString() == "summon");
        Assert.Equal("Overdue", summon.GetProperty("state").GetString());   // 10 days after receipt, nobody summoned
        var checklist = opened.GetProperty("checklist").EnumerateArray().ToList();
        Assert.False(checklist.Single(i => i.GetProperty("kind").GetString() == "Undertaking").GetProperty("present").GetBoolean());
        Assert.True(checklist.Single(i => i.GetProperty("kind").GetString() == "EnforcementDecision").GetProperty("present").GetBoolean());

        // The summons and the undertaking fill the checklist and meet their deadlines.
        var caseId = opened.GetProperty("id").GetString();
        var summons = await CreatedAsync(await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/summons",
            new { appointmentOn = Iso(Today.AddDays(2)), place = "Trụ sở Công an xã" }));
        var undertaking = await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/documents", new { kind = "Undertaking", on = Iso(Today) });
        Assert.Equal(HttpStatusCode.Created, undertaking.StatusCode);
        var detail = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}");
        Assert.True(detail.GetProperty("checklist").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "Undertaking").GetProperty("present").GetBoolean());
        Assert.Equal("MetLate", detail.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("key").GetString() == "summon").GetProperty("state").GetString());

        // The generated summons is a .docx in the administrative format, downloadable from the case.
        var file = await api.GetAsync($"/api/v1/cases/{caseId}/documents/{summons.GetProperty("id").GetString()}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(AdministrativeDocument.ContentType, file.Content.Headers.ContentType?.MediaType);
        var text = AdministrativeDocument.Text(await file.Content.ReadAsByteArrayAsync());
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text);
        Assert.Contains("GIẤY TRIỆU TẬP", text);
        Assert.Contains(text, t => t.StartsWith("Số: ", StringComparison.Ordinal));
        Assert.Contains(text, t => t.Contains("12/2026/QĐ-CA"));

        // Every write to the file is in the audit log, tied to the person (the file's bytes are not copied there).
        using (var scope = app.Services.CreateScope())
        {
            var audit = await app.NewDbContext(scope).AuditEntries.AsNoTracking()
                .Where(a => a.PersonId == person && a.EntityType == nameof(CaseFileItem)).ToListAsync();
            Assert.Contains(audit, a => a.Action == "Create" && a.Details!.Contains("Undertaking"));
            Assert.DoesNotContain(audit, a => a.Details!.Contains("\"Content\""));
        }

        // Another commune sees nothing of it.
        var other = await app.ApiAsync(Roles.CommuneOfficer, Unit.B);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{caseId}/documents/{summons.GetProperty("id").GetString()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/cases/{caseId}/documents", new { kind = "Undertaking", on = Iso(Today) })).StatusCode);
    }

    [SkippableFact]
    public async Task Several_sentences_at_once_each_keep_their_own_end_date_and_deadlines()
    {
        app.EnsureAvailable();
        var (api, person) = await PersonAsync("Hai bản án cùng lúc");
        // A suspended sentence with 2 years' probation, and deprivation of civic rights for 1 year from the same judgment date.
        var suspended = await CreatedAsync(await api.PostAsJsonAsync($"/api/v1/people/{person}/cases",
            Intake("SuspendedSentence", new DateOnly(2026, 2, 28), 24, Today.AddDays(-2))));
        var rights = await CreatedAsync(await api.PostAsJsonAsync($"/api/v1/people/{person}/cases",
            Intake("CivicRightsDeprivation", new DateOnly(2026, 2, 28), 12, Today.AddDays(-2))));
        Assert.Equal("2028-02-28", suspended.GetProperty("endsOn").GetString());
        Assert.Equal("2027-02-28", rights.GetProperty("endsOn").GetString());
        Assert.Contains(suspended.GetProperty("deadlines").EnumerateArray(), d => d.GetProperty("key").GetString() == "summon");
        Assert.DoesNotContain(rights.GetProperty("deadlines").EnumerateArray(), d => d.GetProperty("key").GetString() == "summon");
        // A second open case of the same type is refused; the list holds both.
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync($"/api/v1/people/{person}/cases",
            Intake("SuspendedSentence", new DateOnly(2026, 2, 28), 24, Today.AddDays(-2)))).StatusCode);
        Assert.Equal(2, (await api.GetFromJsonAsync<JsonElement>($"/api/v1/people/{person}/cases")).GetArrayLength());
    }

    [SkippableFact]
    public async Task Term_comes_from_the_judgment_and_custody_is_credited()
    {
        app.EnsureAvailable();
        var (api, person) = await PersonAsync("Cải tạo có tạm giam");
        var judgment = await CreatedAsync(await api.PostAsJsonAsync($"/api/v1/people/{person}/judgments", new
        {
            number = $"{Random.Shared.Next(1, 99999)}/2026/HS-ST", court = "Tòa án nhân dân khu vực 1 - Phú Thọ",
            judgmentDate = "2026-03-02", effectiveOn = "2026-04-01", offences = new[] { "Điều 173" },
            mainPenalty = "NonCustodialReform", termMonths = 12,
        }));
        var body = new
        {
            kind = "NonCustodialReform", judgmentId = judgment.GetProperty("id").GetString(), decisionNumber = "3/2026/QĐ-CA",
            decisionDate = "2026-04-03", decisionReceivedOn = "2026-04-06", startsOn = "2026-04-06", custodyDaysServed = 10,
        };
        var opened = await CreatedAsync(await api.PostAsJsonAsync($"/api/v1/people/{person}/cases", body));
        Assert.Equal(12, opened.GetProperty("termMonths").GetInt32());
        // 06/04/2026 + 12 months = 06/04/2027, less 10 × 3 = 30 days of credit (BLHS 2015 Điều 36 khoản 2).
        Assert.Equal("2027-03-07", opened.GetProperty("endsOn").GetString());
    }

    [SkippableFact]
    public async Task A_warning_is_refused_with_422_and_bad_dates_name_the_field()
    {
        app.EnsureAvailable();
        var (api, person) = await PersonAsync("Cảnh cáo");
        var warning = await api.PostAsJsonAsync($"/api/v1/people/{person}/cases", Intake("Warning", Today.AddDays(-5), 12));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, warning.StatusCode);
        Assert.Contains("Điều 34", await warning.Content.ReadAsStringAsync());

        var bad = await api.PostAsJsonAsync($"/api/v1/people/{person}/cases", new
        {
            kind = "SuspendedSentence", decisionNumber = "1/QĐ", decisionDate = Iso(Today.AddDays(-2)), decisionReceivedOn = Iso(Today.AddDays(-5)),
            startsOn = Iso(Today.AddDays(-30)), termMonths = 70,
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("trước ngày ra quyết định", errors.GetProperty("decisionReceivedOn")[0].GetString());
        Assert.Contains("05 năm", errors.GetProperty("termMonths")[0].GetString());

        using var scope = app.Services.CreateScope();
        Assert.False(await app.NewDbContext(scope).Cases.AnyAsync(c => c.PersonId == person));
    }

    [SkippableFact]
    public async Task The_intake_form_opens_the_case_page_with_deadlines_and_what_is_missing()
    {
        app.EnsureAvailable();
        var (_, person) = await PersonAsync("Tiếp nhận qua trang");
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var posted = await HoaNhapApp.PostFormAsync(pages, $"/Cases/Create/{person}", $"/Cases/Create/{person}", new()
        {
            ["Input.Kind"] = "NonCustodialReform", ["Input.DecisionNumber"] = "7/2026/QĐ-CA",
            ["Input.DecisionDate"] = Display.Date(Today.AddDays(-3)), ["Input.DecisionReceivedOn"] = Display.Date(Today.AddDays(-1)),
            ["Input.StartsOn"] = Display.Date(Today.AddDays(-1)), ["Input.TermMonths"] = "9", ["Input.IncomeDeductionPercent"] = "25",
        });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);   // 25 % is refused: the form comes back
        var html = await posted.Content.ReadAsStringAsync();
        Assert.Contains("từ 5% đến 20%", html);

        posted = await HoaNhapApp.PostFormAsync(pages, $"/Cases/Create/{person}", $"/Cases/Create/{person}", new()
        {
            ["Input.Kind"] = "NonCustodialReform", ["Input.DecisionNumber"] = "7/2026/QĐ-CA",
            ["Input.DecisionDate"] = Display.Date(Today.AddDays(-3)), ["Input.DecisionReceivedOn"] = Display.Date(Today.AddDays(-1)),
            ["Input.StartsOn"] = Display.Date(Today.AddDays(-1)), ["Input.TermMonths"] = "9", ["Input.IncomeDeductionPercent"] = "10",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var location = posted.Headers.Location!.ToString();
        Assert.StartsWith("/Cases/Details/", location);
        html = await pages.GetStringAsync(location);
        Assert.Contains("Triệu tập người chấp hành án đến cam kết", html);
        Assert.Contains("✗ Còn thiếu", html);
        Assert.Contains("10% mỗi tháng", html);
        Assert.Contains(Display.Date(Periods(Today.AddDays(-1), 9)), html);
    }

    static DateOnly Periods(DateOnly start, int months) => start.AddMonths(months);

    [SkippableFact]
    public async Task Shortening_is_proposed_when_eligible_and_the_courts_decision_moves_the_end_date()
    {
        app.EnsureAvailable();
        var (api, person) = await PersonAsync("Rút ngắn thử thách");
        var start = Today.AddMonths(-14);
        var opened = await CreatedAsync(await api.PostAsJsonAsync($"/api/v1/people/{person}/cases", Intake("SuspendedSentence", start, 24)));
        var caseId = opened.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.UnprocessableEntity,   // still in intake
            (await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/shortenings", new { proposedOn = Iso(Today), months = 3, grounds = "Tiến bộ" })).StatusCode);
        await ActivateAsync(api, opened, start.AddDays(5));

        var state = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/shortenings");
        var check = state.GetProperty("check");
        Assert.True(check.GetProperty("eligibleNow").GetBoolean(), check.GetProperty("explanation").GetString());
        Assert.StartsWith("Đủ điều kiện vì", check.GetProperty("explanation").GetString());

        var tooMuch = await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/shortenings", new { proposedOn = Iso(Today), months = 13, grounds = "Tiến bộ" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMuch.StatusCode);
        var proposal = await CreatedAsync(await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/shortenings",
            new { proposedOn = Iso(Today), months = 3, grounds = "Chấp hành tốt nghĩa vụ, tích cực lao động." }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity,   // one open proposal at a time
            (await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/shortenings", new { proposedOn = Iso(Today), months = 2, grounds = "Lần nữa" })).StatusCode);
        var files = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}")).GetProperty("files").EnumerateArray();
        Assert.Contains(files, f => f.GetProperty("kind").GetString() == "EarlyTerminationProposal" && f.GetProperty("generated").GetBoolean());

        var decided = await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/shortenings/{proposal.GetProperty("id").GetString()}/decision",
            new { decisionNumber = "15/2026/QĐ-TA", court = "Tòa án nhân dân khu vực 1 - Phú Thọ", decidedOn = Iso(Today), grantedMonths = 3 });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var after = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}");
        Assert.Equal(Iso(start.AddMonths(21)), after.GetProperty("endsOn").GetString());
        // Once a year: straight after a decision, the next one is not yet possible.
        var again = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/shortenings");
        Assert.False(again.GetProperty("check").GetProperty("eligibleNow").GetBoolean());
        Assert.StartsWith("Chưa đủ điều kiện", again.GetProperty("check").GetProperty("explanation").GetString());
    }

    [SkippableFact]
    public async Task A_shortening_then_a_revocation_drafts_the_request_with_the_whole_prison_term()
    {
        app.EnsureAvailable();
        var (api, person) = await PersonAsync("Rút ngắn rồi vi phạm");
        var start = Today.AddMonths(-14);
        var judgment = await CreatedAsync(await api.PostAsJsonAsync($"/api/v1/people/{person}/judgments", new
        {
            number = $"{Random.Shared.Next(1, 99999)}/2025/HS-ST", court = "Tòa án nhân dân khu vực 1 - Phú Thọ",
            judgmentDate = Iso(start), effectiveOn = Iso(start.AddDays(15)), offences = new[] { "Điều 173" },
            mainPenalty = "SuspendedSentence", termMonths = 18, probationMonths = 24,
        }));
        var opened = await CreatedAsync(await api.PostAsJsonAsync($"/api/v1/people/{person}/cases",
            Intake("SuspendedSentence", start, 24, judgmentId: Guid.Parse(judgment.GetProperty("id").GetString()!))));
        var caseId = opened.GetProperty("id").GetString();
        await ActivateAsync(api, opened, start);
        var proposal = await CreatedAsync(await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/shortenings",
            new { proposedOn = Iso(Today.AddDays(-20)), months = 3, grounds = "Chấp hành tốt." }));
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/shortenings/{proposal.GetProperty("id").GetString()}/decision",
            new { decisionNumber = "9/2026/QĐ-TA", decidedOn = Iso(Today.AddDays(-15)), grantedMonths = 3 })).StatusCode);

        object Breach(DateOnly on) => new
        {
            kind = "ObligationBreach", occurredOn = Iso(on), description = "Không có mặt theo giấy triệu tập.", intentional = true,
            administrativeSanction = false, evidence = "Giấy triệu tập có chữ ký nhận.",
        };
        await CreatedAsync(await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/breaches", Breach(Today.AddDays(-10))));
        var second = await CreatedAsync(await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/breaches", Breach(Today.AddDays(-2))));
        var draftId = second.GetProperty("proposal").GetProperty("draftFileId").GetString();
        var draft = AdministrativeDocument.Text(await (await api.GetAsync($"/api/v1/cases/{caseId}/documents/{draftId}")).Content.ReadAsByteArrayAsync());
        Assert.Contains(draft, t => t.Contains("phải chấp hành 18 tháng tù")
            && t.Contains("3 tháng thời gian thử thách đã được rút ngắn không được trừ"));
    }

    [SkippableFact]
    public async Task A_case_not_yet_half_served_cannot_be_proposed_and_says_when()
    {
        app.EnsureAvailable();
        var (api, person) = await PersonAsync("Chưa đủ một phần hai");
        var start = Today.AddMonths(-2);
        var opened = await CreatedAsync(await api.PostAsJsonAsync($"/api/v1/people/{person}/cases", Intake("SuspendedSentence", start, 24)));
        await ActivateAsync(api, opened, start);
        var refused = await api.PostAsJsonAsync($"/api/v1/cases/{opened.GetProperty("id").GetString()}/shortenings",
            new { proposedOn = Iso(Today), months = 2, grounds = "Tiến bộ" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Chưa đủ điều kiện", await refused.Content.ReadAsStringAsync());
        using var scope = app.Services.CreateScope();
        Assert.False(await app.NewDbContext(scope).Set<EarlyTerminationProposal>().AnyAsync(x => x.PersonId == person));
    }

    [SkippableFact]
    public async Task Completion_issues_the_certificate_closes_the_case_and_opens_reintegration_after_early_release()
    {
        app.EnsureAvailable();
        var (api, person) = await PersonAsync("Tha tù trước thời hạn");
        var start = Today.AddMonths(-6).AddDays(-1);
        var opened = await CreatedAsync(await api.PostAsJsonAsync($"/api/v1/people/{person}/cases", Intake("ConditionalEarlyRelease", start, 6)));
        var caseId = opened.GetProperty("id").GetString();
        var endsOn = opened.GetProperty("endsOn").GetString();
        Assert.Equal(Iso(start.AddMonths(6)), endsOn);
        await ActivateAsync(api, opened, start);

        var preview = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/completion");
        Assert.Equal(JsonValueKind.Null, preview.GetProperty("blocker").ValueKind);
        Assert.Contains("Thông tư 10/2024", preview.GetProperty("reintegrationReason").GetString());

        var wrongDay = await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/completion", new { completedOn = Iso(Today), generate = true });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongDay.StatusCode);
        var done = await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/completion", new { completedOn = endsOn, generate = true });
        Assert.True(done.IsSuccessStatusCode, await done.Content.ReadAsStringAsync());
        var result = await done.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Completed", result.GetProperty("case").GetProperty("status").GetString());
        var next = result.GetProperty("reintegrationCaseId").GetString();
        var reintegration = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{next}");
        Assert.Equal("Reintegration", reintegration.GetProperty("kind").GetString());
        Assert.Equal(caseId, reintegration.GetProperty("previousCaseId").GetString());
        Assert.Equal(Iso(start.AddMonths(6).AddDays(1)), reintegration.GetProperty("startOn").GetString());

        var certificate = await api.GetAsync($"/api/v1/cases/{caseId}/documents/{result.GetProperty("certificate").GetProperty("id").GetString()}");
        var text = AdministrativeDocument.Text(await certificate.Content.ReadAsByteArrayAsync());
        Assert.Contains("GIẤY CHỨNG NHẬN", text);
        Assert.Contains(text, t => t.Contains("Đã chấp hành xong tha tù trước thời hạn có điều kiện"));

        // Completing again is refused: the case is closed.
        Assert.Equal(HttpStatusCode.UnprocessableEntity,
            (await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/completion", new { completedOn = endsOn, generate = true })).StatusCode);
    }

    [SkippableFact]
    public async Task A_sentence_that_has_not_ended_cannot_be_completed_and_a_suspended_sentence_starts_no_reintegration()
    {
        app.EnsureAvailable();
        var (api, person) = await PersonAsync("Chưa hết thời hạn");
        var start = Today.AddMonths(-3);
        var opened = await CreatedAsync(await api.PostAsJsonAsync($"/api/v1/people/{person}/cases", Intake("SuspendedSentence", start, 12)));
        await ActivateAsync(api, opened, start);
        var caseId = opened.GetProperty("id").GetString();
        var refused = await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/completion", new { generate = true });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Chưa hết thời hạn", await refused.Content.ReadAsStringAsync());
        var preview = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/completion");
        Assert.Equal(JsonValueKind.Null, preview.GetProperty("reintegrationStartsOn").ValueKind);
        using var scope = app.Services.CreateScope();
        var c = await app.NewDbContext(scope).Cases.SingleAsync(x => x.PersonId == person);
        Assert.Equal(CaseStatus.Active, c.Status);
    }

    [SkippableFact]
    public async Task Overdue_intake_deadlines_reach_the_worklist_and_met_ones_do_not()
    {
        app.EnsureAvailable();
        var (api, person) = await PersonAsync("Thời hạn tiếp nhận");
        var opened = await CreatedAsync(await api.PostAsJsonAsync($"/api/v1/people/{person}/cases",
            Intake("SuspendedSentence", Today.AddDays(-20), 24, Today.AddDays(-8))));
        var caseId = Guid.Parse(opened.GetProperty("id").GetString()!);

        async Task<List<WorklistItem>> CollectAsync()
        {
            using var scope = app.Services.CreateScope();
            var db = app.NewDbContext(scope);
            var items = new List<WorklistItem>();
            foreach (var source in scope.ServiceProvider.GetServices<IWorklistSource>())
                items.AddRange(await source.CollectEverywhereAsync(db, Today));
            return items.Where(i => i.CaseId == caseId && i.Kind == WorklistKind.DeadlineSoon).ToList();
        }

        var before = await CollectAsync();
        Assert.Contains(before, i => i.Title.StartsWith("Triệu tập người chấp hành án", StringComparison.Ordinal) && i.Title.EndsWith("(quá hạn)", StringComparison.Ordinal));
        Assert.All(before, i => Assert.Equal("04792", i.CommuneCode));
        await CreatedAsync(await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/summons", new { appointmentOn = Iso(Today.AddDays(1)), place = "Công an xã" }));
        var after = await CollectAsync();
        Assert.DoesNotContain(after, i => i.Title.StartsWith("Triệu tập người chấp hành án", StringComparison.Ordinal));
        Assert.Contains(after, i => i.Title.StartsWith("Người chấp hành án có mặt", StringComparison.Ordinal));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class EnforcementTests_Sqlite(SqliteApp app) : EnforcementTests(app);

[Collection(PostgresCollection.Name)]
public sealed class EnforcementTests_Postgres(PostgresApp app) : EnforcementTests(app);
