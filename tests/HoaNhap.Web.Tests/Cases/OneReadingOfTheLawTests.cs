using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Data.Rules;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Features.Rules;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HoaNhap.Web.Tests.Reintegration.ReintegrationSetup;

namespace HoaNhap.Web.Tests.Cases;

/// <summary>
/// Each legal question about a case has one answer everywhere (issue 17, part 1): the case page, its API, the end-of-management
/// lists, the expungement request, the calculator and the almost-eligible forecast read the case the same way.
/// </summary>
public abstract class OneReadingOfTheLawTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;

    async Task<List<EligibilityForecast>> ForecastAsync(Guid caseId)
    {
        using var scope = app.Services.CreateScope();
        var p = await scope.ServiceProvider.GetRequiredService<RuleBook>().ParametersAsync(CancellationToken.None);
        await ForecastCommands.ComputeAsync(app.NewDbContext(scope), p, Today, HoaNhapApp.Units[Unit.A].Province, CancellationToken.None);
        return await app.WithDbAsync(db => db.EligibilityForecasts.AsNoTracking().Where(f => f.CaseId == caseId).ToListAsync());
    }

    static async Task<List<Guid>> ListedAsync(HttpClient api, string within) =>
        (await api.GetFromJsonAsync<JsonElement>($"/api/v1/reintegration/record-expiry?within={within}")).EnumerateArray()
            .Select(r => r.GetProperty("caseId").GetGuid()).ToList();

    [SkippableFact]
    public async Task One_returnee_with_a_new_offence_has_the_same_dates_and_verdict_on_every_page_and_list()
    {
        app.EnsureAvailable();
        // Prison of 36 months for theft, released almost two years ago: cleared by law after 02 years (BLHS 2015 Điều 70 khoản 2 điểm b).
        var released = Today.AddYears(-2).AddDays(20);
        var caseId = await ReturneeWithJudgmentAsync(app, released, "Điều 173", 36, intentional: true, crimeCategory: "Serious");
        var clearFrom = Periods.EndAfterYears(released, 2).AddDays(1);
        var loanCloses = Periods.EndAfterYears(released, 5);
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);

        // Before the offence: one date, the same on the case's API, its page, the 30-day list and the forecast.
        var before = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/reintegration/record-expiry");
        Assert.Equal("Waiting", before.GetProperty("verdict").GetString());
        Assert.Equal(clearFrom, DateOnly.Parse(before.GetProperty("clearFrom").GetString()!));
        Assert.Contains(Display.Date(clearFrom), await pages.GetStringAsync($"/Cases/Details/{caseId}"));
        Assert.Contains(caseId, await ListedAsync(officer, "30"));
        var forecast = await ForecastAsync(caseId);
        Assert.Equal(clearFrom, forecast.Single(f => f.Kind == ForecastKind.RecordExpungement).On);
        Assert.Equal(loanCloses, forecast.Single(f => f.Kind == ForecastKind.LoanWindowCloses).On);

        // A new offence ten days ago, before the record cleared: the old judgment's date no longer holds anywhere.
        var offenceOn = Today.AddDays(-10);
        var recorded = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/reintegration/violations",
            new { kind = "NewOffence", occurredOn = Iso(offenceOn), description = "Trộm cắp tài sản của hàng xóm." });
        Assert.True(recorded.IsSuccessStatusCode, await recorded.Content.ReadAsStringAsync());

        var after = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/reintegration/record-expiry");
        Assert.Equal("StoppedByNewOffence", after.GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("clearFrom").ValueKind);
        Assert.Contains($"Phạm tội mới ngày {Display.Date(offenceOn)}", after.GetProperty("explanation").GetString());
        Assert.Contains($"Phạm tội mới ngày {Display.Date(offenceOn)}", await pages.GetStringAsync($"/Cases/Details/{caseId}"));
        foreach (var within in new[] { "30", "60", "90", "past" })
            Assert.DoesNotContain(caseId, await ListedAsync(officer, within));
        forecast = await ForecastAsync(caseId);
        Assert.DoesNotContain(forecast, f => f.Kind == ForecastKind.RecordExpungement);
        Assert.Equal(loanCloses, forecast.Single(f => f.Kind == ForecastKind.LoanWindowCloses).On);
        var request = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/reintegration/expungement-request", new { assessment = "Chấp hành tốt." });
        Assert.Equal((HttpStatusCode)422, request.StatusCode);
        Assert.Contains(Display.Date(offenceOn), await request.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task A_record_only_the_court_can_clear_is_never_reported_cleared_by_the_passage_of_time()
    {
        app.EnsureAvailable();
        // A crime of Chương XIII (Điều 117), 36 months' prison, released four years ago: the court may be asked after 03 years
        // (BLHS 2015 Điều 71 khoản 2 điểm b), so since about a year ago; time alone clears nothing.
        var released = Today.AddYears(-4);
        var caseId = await ReturneeWithJudgmentAsync(app, released, "Điều 117", 36, intentional: true, crimeCategory: "VerySerious");
        var from = Periods.EndAfterYears(released, 3).AddDays(1);
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);

        var expungement = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/reintegration/record-expiry");
        Assert.Equal("MayApplyToCourt", expungement.GetProperty("verdict").GetString());
        Assert.Equal(from, DateOnly.Parse(expungement.GetProperty("clearFrom").GetString()!));
        Assert.Contains("đề nghị Tòa án", expungement.GetProperty("explanation").GetString());
        Assert.DoesNotContain("Đương nhiên", expungement.GetProperty("explanation").GetString());
        var past = (await officer.GetFromJsonAsync<JsonElement>("/api/v1/reintegration/record-expiry?within=past")).EnumerateArray()
            .Single(r => r.GetProperty("caseId").GetGuid() == caseId);
        Assert.Equal("MayApplyToCourt", past.GetProperty("verdict").GetString());
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Contains("data-verdict=\"MayApplyToCourt\"", await pages.GetStringAsync("/Reintegration/Expungements?within=past"));

        // The calculator, given the same judgment, says the same: the court may be asked from that day; never "cleared".
        var conviction = new
        {
            penalty = "Imprisonment", termMonths = 36, penalCodeChapter = 13, intentional = true, crimeCategory = "VerySerious",
            mainPenaltyCompletedOn = Iso(released), judgmentDate = "2019-03-10",
        };
        var calc = await (await officer.PostAsJsonAsync("/api/v1/rules/record-expiry", new { asOf = Iso(Today), convictions = new[] { conviction } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("MayApplyToCourt", calc.GetProperty("verdict").GetString());
        Assert.Equal(from, DateOnly.Parse(calc.GetProperty("clearFrom").GetString()!));
        var form = await HoaNhapApp.PostFormAsync(pages, "/Rules/RecordExpungement", "/Rules/RecordExpungement", new()
        {
            ["Input.AsOf"] = Display.Date(Today), ["Input.Convictions[0].Penalty"] = "Imprisonment", ["Input.Convictions[0].TermMonths"] = "36",
            ["Input.Convictions[0].PenalCodeChapter"] = "13", ["Input.Convictions[0].Intentional"] = "true",
            ["Input.Convictions[0].CrimeCategory"] = "VerySerious", ["Input.Convictions[0].MainPenaltyCompletedOn"] = Display.Date(released),
            ["Input.Convictions[0].JudgmentDate"] = "10/03/2019",
        });
        var html = await form.Content.ReadAsStringAsync();
        Assert.Contains("data-verdict=\"MayApplyToCourt\"", html);
        Assert.DoesNotContain("được xóa án tích", html.Split("data-testid=\"result\"")[1].Split("</div>")[0]);
    }

    [SkippableFact]
    public async Task A_case_listed_as_eligible_from_a_day_is_accepted_by_its_proposal_and_early_release_is_listed_too()
    {
        app.EnsureAvailable();
        var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        async Task<(Guid Id, JsonElement Opened)> OpenAsync(string kind, DateOnly start, int term)
        {
            var person = await app.CreatePersonAsync(Unit.A, TestData.Unique("Người " + kind), assignSupervisor: false);
            var r = await api.PostAsJsonAsync($"/api/v1/people/{person}/cases", new
            {
                kind, decisionNumber = "12/2026/QĐ-CA", decisionDate = Iso(start.AddDays(-2)), decisionReceivedOn = Iso(start),
                startsOn = Iso(start), termMonths = term, custodyDaysServed = 0,
            });
            Assert.True(r.StatusCode == HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
            var opened = await r.Content.ReadFromJsonAsync<JsonElement>();
            var active = await api.PostAsJsonAsync($"/api/v1/cases/{opened.GetProperty("id").GetString()}/status",
                new { status = "Active", on = Iso(start), version = opened.GetProperty("version").GetInt64() });
            Assert.True(active.IsSuccessStatusCode, await active.Content.ReadAsStringAsync());
            return (opened.GetProperty("id").GetGuid(), opened);
        }

        // Conditional early release, 24 months' probation begun 13 months ago: the forecast lists it as the case page does.
        var (release, _) = await OpenAsync("ConditionalEarlyRelease", Today.AddMonths(-13), 24);
        var state = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{release}/shortenings");
        var eligibleFrom = DateOnly.Parse(state.GetProperty("check").GetProperty("eligibleFrom").GetString()!);
        Assert.Equal(eligibleFrom, (await ForecastAsync(release)).Single(f => f.Kind == ForecastKind.ProbationShortening).On);

        // A suspended sentence recorded before the term was kept on the case: its term is the judgment's, everywhere.
        var (suspended, _) = await OpenAsync("SuspendedSentence", Today.AddMonths(-13), 24);
        var person = await app.WithDbAsync(db => db.Cases.Where(c => c.Id == suspended).Select(c => c.PersonId).SingleAsync());
        var user = await app.CurrentUserAsync(Roles.CommuneOfficer, Unit.A);
        Guid judgmentId;
        using (var scope = app.Services.CreateScope())
        {
            var judged = Today.AddMonths(-14);
            var j = await Features.Judgments.JudgmentCommands.CreateAsync(app.NewDbContext(scope), user, person, new Features.Judgments.JudgmentInput
            {
                Number = $"{Random.Shared.Next(1, 999_999)}/HS-ST", Court = "Tòa án nhân dân khu vực 1 - Phú Thọ", JudgmentDate = Iso(judged),
                EffectiveOn = Iso(judged), Offences = ["Điều 173"], MainPenalty = "SuspendedSentence", TermMonths = 12, ProbationMonths = 24,
            }, CancellationToken.None);
            Assert.True(j.Succeeded, string.Join(" ", j.Errors.SelectMany(e => e.Value)));
            judgmentId = j.Value!.Id;
        }
        await app.WithDbAsync(async db =>
        {
            var c = await db.Cases.SingleAsync(x => x.Id == suspended);
            c.JudgmentId = judgmentId;
            c.TermMonths = null;
            return await db.SaveChangesAsync();
        });
        var listed = (await ForecastAsync(suspended)).Single(f => f.Kind == ForecastKind.ProbationShortening);
        Assert.True(listed.On <= Today, "half the probation served: eligible already");
        var proposal = await api.PostAsJsonAsync($"/api/v1/cases/{suspended}/shortenings",
            new { proposedOn = Iso(Today), months = 3, grounds = "Chấp hành tốt nghĩa vụ, có tiến bộ." });
        Assert.True(proposal.StatusCode == HttpStatusCode.Created, await proposal.Content.ReadAsStringAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OneReadingOfTheLawTests_Sqlite(SqliteApp app) : OneReadingOfTheLawTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OneReadingOfTheLawTests_Postgres(PostgresApp app) : OneReadingOfTheLawTests(app);
