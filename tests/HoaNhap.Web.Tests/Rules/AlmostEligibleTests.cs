using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using HoaNhap.Data.Rules;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Features.Cases;
using HoaNhap.Web.Features.Judgments;
using HoaNhap.Web.Features.Rules;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Rules;

/// <summary>
/// The daily "almost eligible" lists: people registered in commune A with judgments and cases
/// whose dates fall inside or outside the 30/60/90-day windows, counted from today so the tests do
/// not age. The database is shared with other tests, so every assertion looks only at these people.
/// </summary>
public abstract class AlmostEligibleTests(HoaNhapApp app)
{
    /// <summary>The people of this class and the dates the law gives them.</summary>
    public sealed record Scenario(
        Guid Soon, DateOnly SoonOn,          // probation: 1/2 reached in about 10 days
        Guid Later, DateOnly LaterOn,        // probation: 1/2 reached in about 75 days
        Guid NotYet, DateOnly NotYetOn,      // probation: 1/2 reached in about 11 months
        Guid Reform, DateOnly ReformOn,      // non-custodial reform: 1/3 reached in about 20 days
        Guid Returnee, DateOnly LoanClosesOn, DateOnly ClearFrom, // released 5 years ago less 45 days, 200 months' prison
        Guid Closed)                         // probation 1/2 in about 10 days, but the case is completed
    {
        public IReadOnlySet<Guid> All => new HashSet<Guid> { Soon, Later, NotYet, Reform, Returnee, Closed };
    }

    static readonly ConditionalWeakTable<HoaNhapApp, Task<Scenario>> Scenarios = new();
    static readonly Fraction Half = new(1, 2);
    static readonly Fraction Third = new(1, 3);

    Task<Scenario> ScenarioAsync() => Scenarios.GetValue(app, a => CreateAsync(a));

    static async Task<Scenario> CreateAsync(HoaNhapApp app)
    {
        var today = app.Today;
        var officer = await app.CurrentUserAsync(Roles.CommuneOfficer, Unit.A);

        async Task<Guid> Suspended(string name, DateOnly start, bool close = false)
        {
            var id = await app.CreatePersonAsync(Unit.A, TestData.Unique(name));
            var judgment = await JudgmentAsync(app, officer, id, start, new JudgmentInput
            {
                Offences = ["Điều 173 khoản 1"], MainPenalty = "SuspendedSentence", TermMonths = 12, ProbationMonths = 24,
            });
            var opened = await OpenAsync(app, officer, id, Intakes.Sentence(SentenceType.SuspendedSentence, start, app.Today, judgment));
            await MoveAsync(app, officer, opened, CaseStatus.Active, start);
            if (close) await MoveAsync(app, officer, opened, CaseStatus.Completed, today);
            return id;
        }

        var soonStart = today.AddMonths(-12).AddDays(10);
        var laterStart = today.AddMonths(-12).AddDays(75);
        var notYetStart = today.AddDays(-30);
        var soon = await Suspended("Nguyễn Văn Sớm", soonStart);
        var later = await Suspended("Trần Văn Muộn", laterStart);
        var notYet = await Suspended("Lê Văn Chưa", notYetStart);
        var closed = await Suspended("Phạm Văn Xong", soonStart, close: true);

        // Non-custodial reform, 12 months; the case stays in intake (an open case too).
        var reformStart = today.AddMonths(-4).AddDays(20);
        var reform = await app.CreatePersonAsync(Unit.A, TestData.Unique("Hoàng Văn Cải"));
        var reformJudgment = await JudgmentAsync(app, officer, reform, reformStart, new JudgmentInput
        {
            Offences = ["Điều 155"], MainPenalty = "NonCustodialReform", TermMonths = 12,
        });
        await OpenAsync(app, officer, reform, Intakes.Sentence(SentenceType.NonCustodialReform, reformStart, app.Today, reformJudgment));

        // A returnee released from 200 months' prison (over 15 years: 5 years' wait, BLHS 2015 Điều 70 khoản 2 điểm d),
        // almost 5 years ago: both the loan window (5 years) and the record close in about 45 days.
        var released = today.AddYears(-5).AddDays(45);
        var returnee = await app.CreatePersonAsync(Unit.A, TestData.Unique("Đỗ Văn Về"));
        var prison = await JudgmentAsync(app, officer, returnee, released.AddMonths(-200), new JudgmentInput
        {
            Offences = ["Điều 168 khoản 2"], MainPenalty = "Imprisonment", TermMonths = 200,
        });
        await OpenAsync(app, officer, returnee, new CaseInput
        {
            Kind = "Reintegration", ReleaseKind = "SentenceCompleted", JudgmentId = prison, StartsOn = Iso(released),
        });

        return new Scenario(
            soon, Periods.FractionReachedOn(soonStart, Periods.EndAfterMonths(soonStart, 24), Half),
            later, Periods.FractionReachedOn(laterStart, Periods.EndAfterMonths(laterStart, 24), Half),
            notYet, Periods.FractionReachedOn(notYetStart, Periods.EndAfterMonths(notYetStart, 24), Half),
            reform, Periods.FractionReachedOn(reformStart, Periods.EndAfterMonths(reformStart, 12), Third),
            returnee, Periods.EndAfterYears(released, 5), Periods.EndAfterYears(released, 5).AddDays(1),
            closed);
    }

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");

    static async Task<Guid> JudgmentAsync(HoaNhapApp app, CurrentUser officer, Guid person, DateOnly judged, JudgmentInput input)
    {
        input.Number = $"{Random.Shared.Next(1, 999_999)}/HS-ST";
        input.Court = "Tòa án nhân dân khu vực 1 - Phú Thọ";
        input.JudgmentDate = Iso(judged);
        input.EffectiveOn = Iso(judged);
        using var scope = app.Services.CreateScope();
        var outcome = await JudgmentCommands.CreateAsync(app.NewDbContext(scope), officer, person, input, CancellationToken.None);
        Assert.True(outcome.Succeeded, string.Join(" ", outcome.Errors.SelectMany(e => e.Value)));
        return outcome.Value!.Id;
    }

    static async Task<Guid> OpenAsync(HoaNhapApp app, CurrentUser officer, Guid person, CaseInput input)
    {
        using var scope = app.Services.CreateScope();
        var outcome = await CaseCommands.OpenAsync(app.NewDbContext(scope), scope.ServiceProvider.GetRequiredService<RuleBook>(), officer, person, input, CancellationToken.None);
        Assert.True(outcome.Succeeded, string.Join(" ", outcome.Errors.SelectMany(e => e.Value)));
        return outcome.Value!.Id;
    }

    static async Task MoveAsync(HoaNhapApp app, CurrentUser officer, Guid caseId, CaseStatus status, DateOnly on)
    {
        using var scope = app.Services.CreateScope();
        var db = app.NewDbContext(scope);
        var version = await db.Cases.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync();
        var outcome = await CaseCommands.ChangeStatusAsync(db, officer, caseId,
            new StatusInput { Status = status.ToString(), On = Iso(on), Version = version }, CancellationToken.None);
        Assert.True(outcome.Succeeded, string.Join(" ", outcome.Errors.SelectMany(e => e.Value)));
    }

    async Task<(Scenario S, ForecastRun Run, RuleParameters P)> ComputedAsync()
    {
        var s = await ScenarioAsync();
        using var scope = app.Services.CreateScope();
        var p = await scope.ServiceProvider.GetRequiredService<RuleBook>().ParametersAsync(CancellationToken.None);
        var run = await ForecastCommands.ComputeAsync(app.NewDbContext(scope), p, app.Today, CancellationToken.None);
        return (s, run, p);
    }

    async Task<List<AlmostEligibleItem>> ListAsync(Scenario s, string role, Unit unit, int days, ForecastKind? kind = null)
    {
        using var scope = app.Services.CreateScope();
        var user = await app.CurrentUserAsync(role, unit);
        var items = new List<AlmostEligibleItem>();
        for (var page = 1; ; page++)
        {
            var outcome = await AlmostEligibleQuery.ListAsync(app.NewDbContext(scope), user, days, kind, app.Today, CancellationToken.None, page);
            Assert.True(outcome.Succeeded);
            items.AddRange(outcome.Value!.Items);
            if (page >= outcome.Value.PageCount) break;
        }
        return items.Where(i => s.All.Contains(i.PersonId)).ToList();
    }

    /// <summary>Every page of the API's list (the database is shared: other tests' people fill the pages too).</summary>
    static async Task<ApiList> AllPagesAsync(HttpClient api, string url)
    {
        var first = (await api.GetFromJsonAsync<ApiList>(url))!;
        for (var page = 2; page <= first.PageCount; page++)
            first.Items.AddRange((await api.GetFromJsonAsync<ApiList>($"{url}&page={page}"))!.Items);
        return first;
    }

    static (Guid, ForecastKind, DateOnly)[] Entries(IEnumerable<AlmostEligibleItem> items) =>
        Sorted(items.Select(i => (i.PersonId, i.Kind, i.On)).ToArray());

    static (Guid, ForecastKind, DateOnly)[] Sorted(params (Guid, ForecastKind, DateOnly)[] entries) =>
        entries.OrderBy(x => x.Item3).ThenBy(x => x.Item2).ThenBy(x => x.Item1).ToArray();

    [SkippableFact]
    public async Task The_30_day_list_holds_exactly_those_who_become_eligible_within_30_days_with_their_dates()
    {
        app.EnsureAvailable();
        var (s, _, _) = await ComputedAsync();
        var today = app.Today;
        Assert.InRange(s.SoonOn.DayNumber - today.DayNumber, 1, 30);
        Assert.InRange(s.ReformOn.DayNumber - today.DayNumber, 1, 30);

        var list = await ListAsync(s, Roles.CommuneOfficer, Unit.A, 30);

        Assert.Equal(Sorted(
                (s.Soon, ForecastKind.ProbationShortening, s.SoonOn),
                (s.Reform, ForecastKind.SentenceReduction, s.ReformOn)),
            Entries(list));
        var soon = list.Single(i => i.PersonId == s.Soon);
        Assert.Equal(s.SoonOn.DayNumber - today.DayNumber, soon.DaysLeft);
        Assert.Equal($"Đủ 1/2 thời gian thử thách ngày {Display.Date(s.SoonOn)}; có thể được đề nghị rút ngắn thời gian thử thách (LTHAHS 2019 Điều 89).", soon.Summary);
        using (var scope = app.Services.CreateScope())
            Assert.Equal((await app.NewDbContext(scope).Communes.SingleAsync(c => c.Code == soon.CommuneCode)).FullName, soon.CommuneName);
        Assert.Contains($"Đủ 1/3 thời hạn cải tạo không giam giữ ngày {Display.Date(s.ReformOn)}", list.Single(i => i.PersonId == s.Reform).Summary);
    }

    [SkippableFact]
    public async Task The_60_and_90_day_lists_add_the_later_ones_the_returnees_loan_window_and_record_but_never_the_far_or_closed_case()
    {
        app.EnsureAvailable();
        var (s, _, _) = await ComputedAsync();
        var today = app.Today;
        Assert.InRange(s.LaterOn.DayNumber - today.DayNumber, 61, 90);
        Assert.True(s.NotYetOn.DayNumber - today.DayNumber > 90);

        var sixty = await ListAsync(s, Roles.CommuneOfficer, Unit.A, 60);
        Assert.Equal(Sorted(
                (s.Soon, ForecastKind.ProbationShortening, s.SoonOn),
                (s.Reform, ForecastKind.SentenceReduction, s.ReformOn),
                (s.Returnee, ForecastKind.LoanWindowCloses, s.LoanClosesOn),
                (s.Returnee, ForecastKind.RecordExpungement, s.ClearFrom)),
            Entries(sixty));

        var ninety = await ListAsync(s, Roles.ProvinceOfficer, Unit.A, 90);
        Assert.Equal(Sorted(
                (s.Soon, ForecastKind.ProbationShortening, s.SoonOn),
                (s.Reform, ForecastKind.SentenceReduction, s.ReformOn),
                (s.Returnee, ForecastKind.LoanWindowCloses, s.LoanClosesOn),
                (s.Returnee, ForecastKind.RecordExpungement, s.ClearFrom),
                (s.Later, ForecastKind.ProbationShortening, s.LaterOn)),
            Entries(ninety));
        var record = ninety.Single(i => i.Kind == ForecastKind.RecordExpungement);
        Assert.Contains($"Đương nhiên được xóa án tích từ ngày {Display.Date(s.ClearFrom)}", record.Summary);
        Assert.Contains("tạm tính là lỗi cố ý", record.Summary);

        var loans = await ListAsync(s, Roles.CommuneOfficer, Unit.A, 90, ForecastKind.LoanWindowCloses);
        Assert.Equal([(s.Returnee, ForecastKind.LoanWindowCloses, s.LoanClosesOn)], Entries(loans));
    }

    [SkippableFact]
    public async Task Each_row_stores_the_day_it_was_computed_and_the_parameter_version_it_used()
    {
        app.EnsureAvailable();
        var (s, run, p) = await ComputedAsync();
        var today = app.Today;
        Assert.Equal(p.VersionAsOf(today), run.ParametersVersion);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", run.ParametersVersion);

        using var scope = app.Services.CreateScope();
        var ids = s.All.ToList();
        var rows = await app.NewDbContext(scope).EligibilityForecasts.AsNoTracking().Where(f => ids.Contains(f.PersonId)).ToListAsync();
        // Soon, later, not yet: one each; reform: one; returnee: loan and record; the closed case: none.
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r =>
        {
            Assert.Equal(today, r.ComputedOn);
            Assert.Equal(run.ParametersVersion, r.ParametersVersion);
            Assert.Equal(HoaNhapApp.Units[Unit.A], (r.ProvinceCode, r.CommuneCode));
            Assert.NotNull(r.CaseId);
        });
        Assert.DoesNotContain(rows, r => r.PersonId == s.Closed);

        // Computing again replaces the rows instead of adding to them.
        await ComputedAsync();
        Assert.Equal(6, await app.NewDbContext(scope).EligibilityForecasts.CountAsync(f => ids.Contains(f.PersonId)));
    }

    [SkippableFact]
    public async Task An_officer_of_another_commune_sees_none_of_them_on_the_page_or_in_the_api()
    {
        app.EnsureAvailable();
        var (s, _, _) = await ComputedAsync();
        Assert.Empty(await ListAsync(s, Roles.CommuneOfficer, Unit.B, 90));
        Assert.Empty(await ListAsync(s, Roles.ProvinceOfficer, Unit.B, 90));

        var otherApi = await app.ApiAsync(Roles.CommuneOfficer, Unit.B);
        var other = await AllPagesAsync(otherApi, "/api/v1/rules/almost-eligible?days=90");
        Assert.NotNull(other!.ComputedOn);
        Assert.DoesNotContain(other.Items, i => s.All.Contains(i.PersonId));

        var otherPage = await (await app.PagesAsync(Roles.CommuneOfficer, Unit.B)).GetStringAsync("/Rules/AlmostEligible?days=90");
        foreach (var id in s.All) Assert.DoesNotContain(id.ToString(), otherPage);
    }

    [SkippableFact]
    public async Task The_api_answers_the_30_day_list_in_json_and_refuses_roles_that_do_not_read_the_registry()
    {
        app.EnsureAvailable();
        var (s, _, _) = await ComputedAsync();
        var today = app.Today;
        var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var list = await AllPagesAsync(api, "/api/v1/rules/almost-eligible?days=30");
        Assert.Equal(today, list!.ComputedOn);
        var mine = list.Items.Where(i => s.All.Contains(i.PersonId)).OrderBy(i => i.On).ToList();
        Assert.Equal([(s.Soon, "ProbationShortening", s.SoonOn), (s.Reform, "SentenceReduction", s.ReformOn)],
            mine.Select(i => (i.PersonId, i.Kind, i.On)).OrderBy(x => x.On).ToArray());
        Assert.All(mine, i => Assert.Equal(HoaNhapApp.Units[Unit.A].Commune, i.CommuneCode));
        Assert.Equal(s.SoonOn.DayNumber - today.DayNumber, mine.Single(i => i.PersonId == s.Soon).DaysLeft);
        Assert.False(string.IsNullOrEmpty(mine[0].FullName));

        var loans = await AllPagesAsync(api, "/api/v1/rules/almost-eligible?days=90&kind=LoanWindowCloses");
        Assert.Equal([s.Returnee], loans!.Items.Where(i => s.All.Contains(i.PersonId)).Select(i => i.PersonId).ToArray());

        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync("/api/v1/rules/almost-eligible?days=45")).StatusCode);
        foreach (var role in new[] { Roles.BankOfficer, Roles.SystemAdmin })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(role, Unit.A)).GetAsync("/api/v1/rules/almost-eligible")).StatusCode);
    }

    [SkippableFact]
    public async Task The_page_links_each_entry_to_the_person_and_a_province_officer_can_recompute_at_once()
    {
        app.EnsureAvailable();
        var (s, _, _) = await ComputedAsync();
        var officer = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var html = await officer.GetStringAsync("/Rules/AlmostEligible?days=30");
        Assert.Contains($"href=\"/People/Details/{s.Soon}\"", html);
        Assert.Contains($"href=\"/People/Details/{s.Reform}\"", html);
        Assert.DoesNotContain(s.Later.ToString(), html);
        Assert.Contains($"Danh sách được tính ngày {Display.Date(app.Today)}", html);
        Assert.DoesNotContain("data-testid=\"recompute\"", html);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await HoaNhapApp.PostFormAsync(officer, "/Rules/AlmostEligible", "/Rules/AlmostEligible", [])).StatusCode);

        var province = await app.PagesAsync(Roles.ProvinceOfficer, Unit.A);
        Assert.Contains("data-testid=\"recompute\"", await province.GetStringAsync("/Rules/AlmostEligible?days=60"));
        var posted = await HoaNhapApp.PostFormAsync(province, "/Rules/AlmostEligible?days=60", "/Rules/AlmostEligible?days=60", []);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var after = await province.GetStringAsync(posted.Headers.Location!.OriginalString);
        Assert.Contains("Đã tính lại danh sách của tỉnh", after);
        Assert.Contains($"href=\"/People/Details/{s.Returnee}\"", after);

        var wrong = await officer.GetStringAsync("/Rules/AlmostEligible?days=45");
        Assert.Contains("Khoảng thời gian phải là 30, 60 hoặc 90 ngày.", wrong);
    }

    [SkippableFact]
    public async Task A_long_list_comes_in_pages_of_a_hundred_with_the_total_and_every_row_once()
    {
        app.EnsureAvailable();
        var today = app.Today;
        var person = await app.CreatePersonAsync(Unit.B, TestData.Unique("Đỗ Văn Trang"));
        var unit = HoaNhapApp.Units[Unit.B];
        var mine = Enumerable.Range(0, 130).Select(i => new EligibilityForecast
        {
            PersonId = person, ProvinceCode = unit.Province, CommuneCode = unit.Commune, Kind = ForecastKind.SentenceRemission,
            On = today.AddDays(1 + i % 80), Summary = $"Mốc thử {i}", ComputedOn = today, ParametersVersion = "",
        }).ToList();
        using (var scope = app.Services.CreateScope())
        {
            var db = app.NewDbContext(scope);
            db.EligibilityForecasts.AddRange(mine);
            await db.SaveChangesAsync();
        }
        try
        {
            var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.B);
            const string url = "/api/v1/rules/almost-eligible?days=90&kind=SentenceRemission";
            var first = (await api.GetFromJsonAsync<ApiList>(url))!;
            Assert.Equal(AlmostEligibleQuery.PageSize, first.Items.Count);
            Assert.True(first.Total >= 130);
            Assert.Equal((first.Total + 99) / 100, first.PageCount);
            var all = await AllPagesAsync(api, url);
            Assert.Equal(first.Total, all.Items.Count);
            Assert.Equal(130, all.Items.Count(i => i.PersonId == person));
            Assert.Equal(all.Items.Count, all.Items.Select(i => (i.PersonId, i.On, i.Summary)).Distinct().Count());
            Assert.Equal(all.Items.OrderBy(i => i.On).Select(i => i.On), all.Items.Select(i => i.On));

            var html = await (await app.PagesAsync(Roles.CommuneOfficer, Unit.B)).GetStringAsync("/Rules/AlmostEligible?days=90&kind=SentenceRemission&page=2");
            Assert.Contains($"Có {first.Total} mốc trong 90 ngày tới.", html);
            Assert.Contains($"Trang 2 / {first.PageCount}", html);
            Assert.Contains("href=\"?days=90&amp;kind=SentenceRemission&amp;page=1\"", html);
        }
        finally
        {
            using var scope = app.Services.CreateScope();
            await app.NewDbContext(scope).EligibilityForecasts.Where(f => f.PersonId == person).ExecuteDeleteAsync();
        }
    }

    public sealed record ApiItem(Guid PersonId, string FullName, string CommuneCode, string Kind, DateOnly On, int DaysLeft, string Summary);
    public sealed record ApiList(DateOnly? ComputedOn, string? ParametersVersion, List<ApiItem> Items, int Total, int Page, int PageCount);
}

[Collection(SqliteCollection.Name)]
public sealed class AlmostEligibleTests_Sqlite(SqliteApp app) : AlmostEligibleTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AlmostEligibleTests_Postgres(PostgresApp app) : AlmostEligibleTests(app);

/// <summary>The pure parts: which chapter an offence belongs to, and what a case without enough data gives.</summary>
public sealed class AlmostEligibleRulesTests
{
    static readonly DateOnly Today = new(2026, 11, 22);

    [Theory]
    [InlineData("Điều 108", 13)]
    [InlineData("Điều 122 khoản 1", 13)]
    [InlineData("Điều 123", 14)]
    [InlineData("Điều 173 khoản 1 điểm a", 16)]
    [InlineData("điều 420", 25)]
    [InlineData("Điều 421", 26)]
    [InlineData("Điều 425", 26)]
    public void An_offence_article_falls_in_its_chapter_of_the_penal_code(string offence, int chapter) =>
        Assert.Equal(chapter, PenalCodeChapters.OfArticle(PenalCodeChapters.Article(offence)!.Value));

    [Fact]
    public void Articles_outside_the_special_part_have_no_chapter_and_chapters_XIII_or_XXVI_decide_the_record()
    {
        Assert.Null(PenalCodeChapters.OfArticle(51));
        Assert.Null(PenalCodeChapters.OfArticle(426));
        Assert.Null(PenalCodeChapters.Article("Khoản 1"));
        Assert.Equal(16, PenalCodeChapters.ForRecord(["Điều 173", "Điều 134"]));
        Assert.Equal(13, PenalCodeChapters.ForRecord(["Điều 173", "Điều 109"]));
        Assert.Null(PenalCodeChapters.ForRecord(["Điều 51"]));
        Assert.Equal("XXVI", PenalCodeChapters.Roman(26));
        Assert.Equal("XIII", PenalCodeChapters.Roman(13));
    }

    static (Case Case, Judgment Judgment) Returnee(DateOnly released, params CivilObligation[] obligations)
    {
        var j = new Judgment
        {
            JudgmentDate = released.AddMonths(-24), EffectiveOn = released.AddMonths(-24), Offences = ["Điều 173"],
            MainPenalty = MainPenalty.Imprisonment, TermMonths = 24, CivilObligations = [.. obligations],
        };
        return (new Case { Kind = CaseKind.Reintegration, ReleaseKind = ReleaseKind.SentenceCompleted, StartOn = released, JudgmentId = j.Id }, j);
    }

    [Fact]
    public void An_unsettled_civil_obligation_leaves_the_record_undated_but_the_loan_window_is_still_foreseen()
    {
        var (c, j) = Returnee(new DateOnly(2025, 3, 15), new CivilObligation { Kind = CivilObligationKind.Compensation, Amount = 5_000_000 });
        var items = ForecastCommands.ForCase(CaseFacts.Read(c, j), RuleParameters.Defaults, Today);
        Assert.Equal([(ForecastKind.LoanWindowCloses, new DateOnly(2030, 3, 15))], items.Select(i => (i.Kind, i.On)));
    }

    [Fact]
    public void A_civil_obligation_settled_after_the_waiting_period_moves_the_clear_date_to_the_day_after()
    {
        // Prison up to 5 years: 2 years (BLHS 2015 Điều 70 khoản 2 điểm b) → period ends 15/03/2027; settled 10/05/2027.
        var (c, j) = Returnee(new DateOnly(2025, 3, 15), new CivilObligation { Kind = CivilObligationKind.CourtFee, Amount = 200_000, SettledOn = new DateOnly(2027, 5, 10) });
        var record = ForecastCommands.ForCase(CaseFacts.Read(c, j), RuleParameters.Defaults, Today).Single(i => i.Kind == ForecastKind.RecordExpungement);
        Assert.Equal(new DateOnly(2027, 5, 11), record.On);

        var (plain, pj) = Returnee(new DateOnly(2025, 3, 15));
        Assert.Equal(new DateOnly(2027, 3, 16), ForecastCommands.ForCase(CaseFacts.Read(plain, pj), RuleParameters.Defaults, Today).Single(i => i.Kind == ForecastKind.RecordExpungement).On);
    }

    [Fact]
    public void A_national_security_crime_is_forecast_as_a_date_to_ask_the_court()
    {
        var (c, j) = Returnee(new DateOnly(2025, 3, 15));
        j.Offences = ["Điều 117"];
        var record = ForecastCommands.ForCase(CaseFacts.Read(c, j), RuleParameters.Defaults, Today).Single(i => i.Kind == ForecastKind.RecordExpungement);
        // Court decision, prison up to 5 years: 3 years (BLHS 2015 Điều 71 khoản 2 điểm b).
        Assert.Equal(new DateOnly(2028, 3, 16), record.On);
        Assert.Contains("Chương XIII", record.Summary);
    }

    [Fact]
    public void A_residence_ban_without_a_judgment_uses_the_expected_end_and_a_case_without_a_term_gives_nothing()
    {
        var ban = new Case
        {
            Kind = CaseKind.CommunitySentence, SentenceType = SentenceType.ResidenceBan,
            StartOn = new DateOnly(2026, 1, 10), ExpectedEndOn = new DateOnly(2028, 1, 10),
        };
        var remission = Assert.Single(ForecastCommands.ForCase(CaseFacts.Read(ban, null), RuleParameters.Defaults, Today));
        Assert.Equal(ForecastKind.SentenceRemission, remission.Kind);
        Assert.Equal(Periods.FractionReachedOn(ban.StartOn, ban.ExpectedEndOn!.Value, new Fraction(1, 2)), remission.On);
        Assert.Contains("cấm cư trú", remission.Summary);

        var suspended = new Case { Kind = CaseKind.CommunitySentence, SentenceType = SentenceType.SuspendedSentence, StartOn = new DateOnly(2026, 1, 10) };
        Assert.Empty(ForecastCommands.ForCase(CaseFacts.Read(suspended, null), RuleParameters.Defaults, Today));
    }
}
