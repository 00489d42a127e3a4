using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Tests.Infrastructure;

namespace HoaNhap.Web.Tests.Rules;

/// <summary>The calculators' API contract (issue: the law as tested rules), with the issue's own examples.</summary>
public abstract class CalculatorsApiTests(HoaNhapApp app)
{
    async Task<HttpResponseMessage> PostAsync(string path, object body) =>
        await (await app.ApiAsync(Roles.CourtReader, Unit.A)).PostAsJsonAsync($"/api/v1/rules/{path}", body);

    static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    [SkippableFact]
    public async Task Record_expungement_of_the_issue_example_is_automatic_after_two_years()
    {
        app.EnsureAvailable();
        var response = await PostAsync("record-expiry", new
        {
            asOf = "2026-11-22",
            convictions = new[]
            {
                new { penalty = "Imprisonment", termMonths = 30, penalCodeChapter = 22, intentional = true, crimeCategory = "Serious",
                      mainPenaltyCompletedOn = "2023-05-10", additionalPenaltiesCompletedOn = (string?)null, otherDecisionsCompletedOn = "2023-04-01", judgmentDate = "2020-11-10" },
            },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var r = await Json(response);
        Assert.True(r.GetProperty("hasRecord").GetBoolean());
        Assert.Equal("Automatic", r.GetProperty("mode").GetString());
        Assert.Equal(2, r.GetProperty("waitingYears").GetInt32());
        Assert.Equal("2025-05-10", r.GetProperty("periodEndsOn").GetString());
        Assert.Equal("2025-05-11", r.GetProperty("clearFrom").GetString());
        Assert.True(r.GetProperty("clearAsOf").GetBoolean());
        Assert.Contains(r.GetProperty("steps").EnumerateArray(), s => s.GetString()!.Contains("Điều 70"));
    }

    [SkippableFact]
    public async Task Record_expungement_names_each_bad_field_in_Vietnamese()
    {
        app.EnsureAvailable();
        var response = await PostAsync("record-expiry", new
        {
            convictions = new[] { new { penalty = "Caning", penalCodeChapter = 30, crimeCategory = "Serious", judgmentDate = "2020-02-30" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Json(response)).GetProperty("errors");
        foreach (var field in new[] { "asOf", "convictions[0].penalty", "convictions[0].penalCodeChapter", "convictions[0].judgmentDate" })
            Assert.True(errors.TryGetProperty(field, out var m) && m[0].GetString()!.Length > 0, $"no error on {field}: {errors}");
    }

    [SkippableFact]
    public async Task Probation_shortening_within_a_year_of_the_last_one_is_not_yet_possible()
    {
        app.EnsureAvailable();
        var response = await PostAsync("probation-shortening", new
        {
            asOf = "2026-03-01", probationStartedOn = "2024-01-10", probationMonths = 36,
            previousShortenings = new[] { new { decidedOn = "2025-09-01", months = 3 } }, meritoriousActOrGraveIllness = false,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var r = await Json(response);
        Assert.False(r.GetProperty("eligibleNow").GetBoolean());
        Assert.Equal(0, r.GetProperty("maxMonthsNow").GetInt32());
        Assert.Equal("2026-10-10", r.GetProperty("currentEndsOn").GetString());
        Assert.StartsWith("2026-09-0", r.GetProperty("eligibleFrom").GetString());
        var criteria = r.GetProperty("criteria").EnumerateArray().ToList();
        Assert.Contains(criteria, c => !c.GetProperty("met").GetBoolean() && c.GetProperty("metOn").ValueKind == JsonValueKind.String);
        Assert.All(criteria, c => Assert.False(string.IsNullOrEmpty(c.GetProperty("reason").GetString())));
    }

    [SkippableFact]
    public async Task Probation_shortening_refuses_a_probation_that_ends_before_it_starts()
    {
        app.EnsureAvailable();
        var response = await PostAsync("probation-shortening", new { asOf = "2026-03-01", probationStartedOn = "2024-01-10", probationMonths = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Json(response)).GetProperty("errors").TryGetProperty("probationMonths", out _));
    }

    [SkippableFact]
    public async Task Three_working_days_after_29_April_2026_skip_the_holidays_and_the_weekend()
    {
        app.EnsureAvailable();
        var response = await PostAsync("working-days", new { from = "2026-04-29", workingDays = 3 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2026-05-06", (await Json(response)).GetProperty("date").GetString());
    }

    [SkippableFact]
    public async Task Loan_is_possible_within_five_years_of_release_with_every_condition_met()
    {
        app.EnsureAvailable();
        var response = await PostAsync("loan-eligibility", new
        {
            asOf = "2026-11-22", sentenceCompletedOn = "2024-01-15", hasCompletionCertificate = true, onCommuneList = true, hasOutstandingSamePurposeDebt = false,
        });
        var r = await Json(response);
        Assert.True(r.GetProperty("eligible").GetBoolean());
        Assert.Equal("2029-01-15", r.GetProperty("windowEndsOn").GetString());

        var debt = await Json(await PostAsync("loan-eligibility", new
        {
            asOf = "2026-11-22", sentenceCompletedOn = "2024-01-15", hasCompletionCertificate = true, onCommuneList = true, hasOutstandingSamePurposeDebt = true,
        }));
        Assert.False(debt.GetProperty("eligible").GetBoolean());
        Assert.Contains(debt.GetProperty("criteria").EnumerateArray(), c => !c.GetProperty("met").GetBoolean());
    }

    [SkippableFact]
    public async Task Loan_with_a_release_date_after_the_date_of_assessment_is_refused_naming_the_field()
    {
        app.EnsureAvailable();
        var response = await PostAsync("loan-eligibility", new { asOf = "2026-11-22", sentenceCompletedOn = "2027-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Json(response)).GetProperty("errors").TryGetProperty("sentenceCompletedOn", out _));
    }

    [SkippableFact]
    public async Task Non_custodial_reform_end_date_credits_three_days_for_each_day_in_custody()
    {
        app.EnsureAvailable();
        var response = await PostAsync("sentence-end", new { sentenceType = "NonCustodialReform", startedOn = "2025-01-10", termMonths = 12, custodyDays = 10 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var r = await Json(response);
        Assert.Equal("2025-12-11", r.GetProperty("endsOn").GetString()); // 10/01/2026 less 30 days
        Assert.Equal("2025-12-12", r.GetProperty("completedFrom").GetString());
    }

    [SkippableFact]
    public async Task The_working_days_page_shows_the_date_and_the_days_it_skipped()
    {
        app.EnsureAvailable();
        var pages = await app.PagesAsync(Roles.Supervisor, Unit.A);
        var response = await HoaNhapApp.PostFormAsync(pages, "/Rules/WorkingDays", "/Rules/WorkingDays",
            new() { ["Input.From"] = "29/04/2026", ["Input.WorkingDays"] = "3" });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Hạn cuối: <strong>06/05/2026</strong>", html);
        Assert.Contains("30/04/2026", html);
        Assert.Contains("01/05/2026", html);
    }

    [SkippableFact]
    public async Task The_record_expungement_page_puts_each_error_beside_its_field()
    {
        app.EnsureAvailable();
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var response = await HoaNhapApp.PostFormAsync(pages, "/Rules/RecordExpungement", "/Rules/RecordExpungement", new()
        {
            ["Input.AsOf"] = "22/11/2026", ["Input.Convictions[0].Penalty"] = "Imprisonment", ["Input.Convictions[0].TermMonths"] = "30",
            ["Input.Convictions[0].PenalCodeChapter"] = "16", ["Input.Convictions[0].CrimeCategory"] = "Serious", ["Input.Convictions[0].Intentional"] = "true",
            ["Input.Convictions[0].JudgmentDate"] = "10/11/2020",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"result\"", html); // still serving: an answer that says why there is no date yet
        var ok = await HoaNhapApp.PostFormAsync(pages, "/Rules/RecordExpungement", "/Rules/RecordExpungement", new()
        {
            ["Input.AsOf"] = "22/11/2026", ["Input.Convictions[0].Penalty"] = "Imprisonment", ["Input.Convictions[0].TermMonths"] = "30",
            ["Input.Convictions[0].PenalCodeChapter"] = "16", ["Input.Convictions[0].CrimeCategory"] = "Serious", ["Input.Convictions[0].Intentional"] = "true",
            ["Input.Convictions[0].JudgmentDate"] = "10/11/2020", ["Input.Convictions[0].MainPenaltyCompletedOn"] = "10/05/2023",
        });
        Assert.Contains("Đương nhiên được xóa án tích từ ngày <strong>11/05/2025</strong>", await ok.Content.ReadAsStringAsync());
        var bad = await HoaNhapApp.PostFormAsync(pages, "/Rules/RecordExpungement", "/Rules/RecordExpungement", new()
        {
            ["Input.AsOf"] = "22/11/2026", ["Input.Convictions[0].Penalty"] = "Imprisonment", ["Input.Convictions[0].PenalCodeChapter"] = "99",
            ["Input.Convictions[0].CrimeCategory"] = "Serious", ["Input.Convictions[0].JudgmentDate"] = "32/01/2020",
        });
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Contains("href=\"#Input_Convictions_0__PenalCodeChapter\"", badHtml);
        Assert.Contains("href=\"#Input_Convictions_0__JudgmentDate\"", badHtml);
    }

    [SkippableFact]
    public async Task Non_custodial_reform_reduction_becomes_possible_after_a_third_of_the_term()
    {
        app.EnsureAvailable();
        var early = await Json(await PostAsync("reform-reduction", new { asOf = "2025-03-01", startedOn = "2025-01-10", termMonths = 12, custodyDays = 0 }));
        Assert.False(early.GetProperty("eligibleNow").GetBoolean());
        Assert.Equal(0, early.GetProperty("maxMonthsNow").GetInt32());
        var from = DateOnly.Parse(early.GetProperty("eligibleFrom").GetString()!);
        Assert.InRange(from, new DateOnly(2025, 5, 10), new DateOnly(2025, 5, 12)); // 1/3 of 10/01/2025–10/01/2026
        Assert.Contains(early.GetProperty("criteria").EnumerateArray(), c => !c.GetProperty("met").GetBoolean() && c.GetProperty("metOn").GetString() == early.GetProperty("eligibleFrom").GetString());

        var later = await Json(await PostAsync("reform-reduction", new { asOf = "2025-06-01", startedOn = "2025-01-10", termMonths = 12, custodyDays = 0 }));
        Assert.True(later.GetProperty("eligibleNow").GetBoolean());
        Assert.True(later.GetProperty("maxMonthsNow").GetInt32() > 0);

        var bad = await PostAsync("reform-reduction", new { asOf = "2025-06-01", startedOn = "2025-01-10", termMonths = 48 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await Json(bad)).GetProperty("errors").TryGetProperty("termMonths", out _));
    }

    [SkippableFact]
    public async Task Residence_ban_may_be_waived_after_half_of_the_term()
    {
        app.EnsureAvailable();
        var r = await Json(await PostAsync("penalty-waiver", new { asOf = "2026-11-22", penalty = "ResidenceBan", startedOn = "2026-01-10", termMonths = 24 }));
        Assert.False(r.GetProperty("eligibleNow").GetBoolean());
        Assert.Equal("2028-01-10", r.GetProperty("endsOn").GetString());
        Assert.Equal("2027-01-10", r.GetProperty("eligibleFrom").GetString());
        var later = await Json(await PostAsync("penalty-waiver", new { asOf = "2027-02-01", penalty = "ControlledResidence", startedOn = "2026-01-10", termMonths = 24 }));
        Assert.True(later.GetProperty("eligibleNow").GetBoolean());
        var bad = await PostAsync("penalty-waiver", new { asOf = "2027-02-01", penalty = "Exile", startedOn = "2026-01-10", termMonths = 24 });
        Assert.True((await Json(bad)).GetProperty("errors").TryGetProperty("penalty", out _));
    }

    [SkippableFact]
    public async Task The_reduction_and_remission_pages_answer_with_the_date_it_becomes_possible()
    {
        app.EnsureAvailable();
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var remission = await HoaNhapApp.PostFormAsync(pages, "/Rules/SentenceRemission", "/Rules/SentenceRemission", new()
        {
            ["Input.AsOf"] = "22/11/2026", ["Input.Penalty"] = "ResidenceBan", ["Input.StartedOn"] = "10/01/2026", ["Input.TermMonths"] = "24",
        });
        var html = await remission.Content.ReadAsStringAsync();
        Assert.Contains("Sớm nhất từ ngày 10/01/2027", html);
        Assert.Contains("data-testid=\"criteria\"", html);
        var reduction = await HoaNhapApp.PostFormAsync(pages, "/Rules/SentenceReduction", "/Rules/SentenceReduction", new()
        {
            ["Input.AsOf"] = "01/06/2025", ["Input.StartedOn"] = "10/01/2025", ["Input.TermMonths"] = "12", ["Input.CustodyDays"] = "0",
        });
        Assert.Contains("Có thể đề nghị giảm ngay", await reduction.Content.ReadAsStringAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CalculatorsApiTests_Sqlite(SqliteApp app) : CalculatorsApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CalculatorsApiTests_Postgres(PostgresApp app) : CalculatorsApiTests(app);
