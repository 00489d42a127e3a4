using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Breaches;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Features.Dashboard;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace HoaNhap.Web.Tests.Dashboard;

/// <summary>
/// The dashboard on generated data: people of commune A with cases, breaches, a wanted notice, reintegration
/// periods and worklist items dated from today (so the tests do not age). Each indicator is then computed
/// again here with plain LINQ over every stored row of the province (the database is shared with other
/// tests, so the expectation reads them all), and the API, the page and the exported .xlsx must show the same numbers.
/// </summary>
public abstract class DashboardTests(HoaNhapApp app)
{
    const string Commune = "04792";
    const string Province = "25";

    public sealed record Scenario(Guid Violator, Guid Offender, Guid Keeper, Guid Absconder, Guid Reoffender, Guid Returnee, Guid OldViolator, Guid Uncounselled);

    static readonly ConditionalWeakTable<HoaNhapApp, Task<Scenario>> Scenarios = new();
    Task<Scenario> ScenarioAsync() => Scenarios.GetValue(app, a => CreateAsync(a));

    /// <summary>Opens a case in ONE place (the intake contract may change): the row is inserted as intake would leave it.</summary>
    static async Task<(Guid Person, Guid Case)> CaseAsync(HoaNhapApp app, string name, CaseKind kind, SentenceType? type, DateOnly start,
        CaseStatus status = CaseStatus.Active, DateOnly? endedOn = null, Guid? person = null)
    {
        var id = person ?? await app.CreatePersonAsync(Unit.A, TestData.Unique(name));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
        var c = new Case
        {
            PersonId = id, ProvinceCode = Province, CommuneCode = Commune, Kind = kind, SentenceType = type,
            ReleaseKind = kind == CaseKind.Reintegration ? ReleaseKind.SentenceCompleted : null,
            StartOn = start, TermMonths = 24, ExpectedEndOn = Periods.EndAfterMonths(start, 24),
            LegalBasisVersion = LegalBasis.For(start), DecisionNumber = "15/2026/QĐ-CA",
        }.InState(status, endedOn);
        db.Cases.Add(c);
        await db.SaveChangesAsync();
        return (id, c.Id);
    }

    static async Task BreachAsync(HoaNhapApp app, (Guid Person, Guid Case) c, BreachKind kind, DateOnly on)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
        db.Add(new Breach { CaseId = c.Case, PersonId = c.Person, ProvinceCode = Province, CommuneCode = Commune, Kind = kind, OccurredOn = on, Description = "Sinh dữ liệu thử.", Intentional = true });
        await db.SaveChangesAsync();
    }

    static async Task<Scenario> CreateAsync(HoaNhapApp app)
    {
        var t = app.Today;
        var violator = await CaseAsync(app, "Vi Phạm", CaseKind.CommunitySentence, SentenceType.SuspendedSentence, t.AddDays(-200));
        await BreachAsync(app, violator, BreachKind.LawViolation, t.AddDays(-3));
        var offender = await CaseAsync(app, "Phạm Tội", CaseKind.CommunitySentence, SentenceType.NonCustodialReform, t.AddDays(-500));
        await BreachAsync(app, offender, BreachKind.NewOffence, t.AddDays(-2));
        var keeper = await CaseAsync(app, "Chấp Hành Tốt", CaseKind.CommunitySentence, SentenceType.NonCustodialReform, t.AddDays(-100));
        await BreachAsync(app, keeper, BreachKind.ObligationBreach, t.AddDays(-5));
        var absconder = await CaseAsync(app, "Bỏ Trốn", CaseKind.CommunitySentence, SentenceType.SuspendedSentence, t.AddDays(-300), CaseStatus.Absconded);
        await BreachAsync(app, absconder, BreachKind.Absconding, t.AddDays(-40));
        var old = await CaseAsync(app, "Vi Phạm Cũ", CaseKind.CommunitySentence, SentenceType.SuspendedSentence, t.AddDays(-1200), CaseStatus.Completed, t.AddDays(-450));
        await BreachAsync(app, old, BreachKind.LawViolation, t.AddDays(-500));
        var reoffender = await CaseAsync(app, "Tái Phạm", CaseKind.Reintegration, null, t.AddDays(-300));
        await CaseAsync(app, "", CaseKind.CommunitySentence, SentenceType.SuspendedSentence, t.AddDays(-1), person: reoffender.Person);
        var returnee = await CaseAsync(app, "Hoàn Lương", CaseKind.Reintegration, null, t.AddDays(-100));
        var uncounselled = await CaseAsync(app, "Chưa Tư Vấn", CaseKind.Reintegration, null, t.AddDays(-60));
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
            var breach = await db.Set<Breach>().FirstAsync(b => b.CaseId == absconder.Case);
            var wanted = new EscalationProposal
            {
                CaseId = absconder.Case, PersonId = absconder.Person, ProvinceCode = Province, CommuneCode = Commune, Kind = ProposalKind.WantedNotice,
                BreachId = breach.Id, ProposedOn = t.AddDays(-39), SendBy = t.AddDays(-36), Because = "Bỏ trốn.", LegalBasis = "LTHAHS 2019",
            };
            wanted.Send(t.AddDays(-38), null);
            wanted.Decide(t.AddDays(-30), true, "01/QĐ-TN", null);
            db.Add(wanted);
            // Policy counselling: the returnee wants a loan and is listed (approved today); the re-offender wants one but is not listed;
            // the third returnee has not been counselled. A business loan approved today has no person.
            db.Add(new PolicyCounselling { CaseId = returnee.Case, PersonId = returnee.Person, ProvinceCode = Province, CommuneCode = Commune, CounselledOn = t.AddDays(-90), Topics = "Vay vốn.", WantsLoan = true });
            db.Add(new PolicyCounselling { CaseId = reoffender.Case, PersonId = reoffender.Person, ProvinceCode = Province, CommuneCode = Commune, CounselledOn = t.AddDays(-200), Topics = "Vay vốn.", WantsLoan = true });
            var loan = new ReintegrationLoan
            {
                Kind = LoanKind.Individual, CaseId = returnee.Case, PersonId = returnee.Person, ProvinceCode = Province, CommuneCode = Commune, BorrowerName = "Hoàn Lương",
                Purpose = "Chăn nuôi.", RequestedAmount = 50_000_000, ListedOn = t.AddDays(-20),
            };
            var business = new ReintegrationLoan
            {
                Kind = LoanKind.Business, ProvinceCode = Province, CommuneCode = Commune, BorrowerName = "Hợp tác xã thử", Purpose = "Sản xuất.", RequestedAmount = 500_000_000,
                ListedOn = t.AddDays(-30), Workers = 10, EligibleWorkers = 4,
            };
            loan.Record(LoanEventKind.Approved, t, 50_000_000, null);
            business.Record(LoanEventKind.Approved, t, 500_000_000, null);
            db.AddRange(loan, business);
            db.Add(new LoanEvent { LoanId = loan.Id, ProvinceCode = Province, CommuneCode = Commune, Kind = LoanEventKind.Approved, On = t, Amount = 50_000_000 });
            db.Add(new LoanEvent { LoanId = business.Id, ProvinceCode = Province, CommuneCode = Commune, Kind = LoanEventKind.Approved, On = t, Amount = 500_000_000 });
            db.Add(new WorklistItem { ProvinceCode = Province, CommuneCode = Commune, Kind = WorklistKind.CheckInDue, PersonId = keeper.Person, CaseId = keeper.Case, DueOn = t.AddDays(-3), Title = "Điểm danh", ComputedOn = t });
            db.Add(new WorklistItem { ProvinceCode = Province, CommuneCode = Commune, Kind = WorklistKind.CheckInDue, PersonId = violator.Person, CaseId = violator.Case, DueOn = t.AddDays(5), Title = "Điểm danh", ComputedOn = t });
            await db.SaveChangesAsync();
        }
        return new Scenario(violator.Person, offender.Person, keeper.Person, absconder.Person, reoffender.Person, returnee.Person, old.Person, uncounselled.Person);
    }

    /// <summary>Every indicator computed again, independently, with plain LINQ over the rows of the province: (numerator, denominator) per commune.</summary>
    sealed class Expected
    {
        readonly List<Case> _cases;
        readonly List<Breach> _breaches;
        readonly List<EscalationProposal> _proposals;
        readonly List<WorklistItem> _work;
        readonly List<PolicyCounselling> _counselling;
        readonly List<ReintegrationLoan> _loans;
        readonly List<ReturneeViolation> _returneeViolations;
        readonly List<LoanEvent> _loanEvents;
        readonly List<MonthlyReconciliation> _recons;
        readonly List<HoaNhap.Domain.Programmes.TrainingSession> _trainings;
        readonly List<string> _communes;
        readonly List<ReintegrationModel> _models;
        readonly List<ExemplaryIndividual> _exemplary;
        readonly List<HoaNhap.Domain.Alerts.Alert> _alerts;
        readonly RuleParameters _parameters;
        public ReportingWindow Month { get; }
        readonly DateOnly _today;

        Expected(HoaNhapDbContext db, DateOnly today)
        {
            _today = today;
            Month = ReportingPeriod.MonthContaining(today, 15);
            _cases = db.Cases.AsNoTracking().Where(c => c.ProvinceCode == Province).ToList();
            _breaches = db.Set<Breach>().AsNoTracking().Where(c => c.ProvinceCode == Province).ToList();
            _proposals = db.Set<EscalationProposal>().AsNoTracking().Where(c => c.ProvinceCode == Province).ToList();
            _work = db.Set<WorklistItem>().AsNoTracking().Where(c => c.ProvinceCode == Province).ToList();
            _counselling = db.Set<PolicyCounselling>().AsNoTracking().Where(c => c.ProvinceCode == Province).ToList();
            _loans = db.Set<ReintegrationLoan>().AsNoTracking().Where(c => c.ProvinceCode == Province).ToList();
            _returneeViolations = db.Set<ReturneeViolation>().AsNoTracking().Where(c => c.ProvinceCode == Province).ToList();
            _loanEvents = db.Set<LoanEvent>().AsNoTracking().Where(c => c.ProvinceCode == Province).ToList();
            _recons = db.Set<MonthlyReconciliation>().AsNoTracking().Where(c => c.ProvinceCode == Province).ToList();
            _trainings = db.Set<HoaNhap.Domain.Programmes.TrainingSession>().AsNoTracking().Where(c => c.ProvinceCode == Province).ToList();
            _communes = db.Communes.AsNoTracking().Where(c => c.ProvinceCode == Province).Select(c => c.Code).ToList();
            _models = db.Set<ReintegrationModel>().AsNoTracking().Where(c => c.ProvinceCode == Province).ToList();
            _exemplary = db.Set<ExemplaryIndividual>().AsNoTracking().Where(c => c.ProvinceCode == Province).ToList();
            _alerts = db.Set<HoaNhap.Domain.Alerts.Alert>().AsNoTracking().Where(c => c.ProvinceCode == Province).ToList();
            _parameters = new RuleParameters(db.RuleParameterValues.AsNoTracking().ToList().Select(v => v.ToParameter()));
        }

        public static Expected Load(HoaNhapApp app)
        {
            using var scope = app.Services.CreateScope();
            return new Expected(scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>(), app.Today);
        }

        /// <summary>(numerator, denominator or null) for a commune, or for the whole province when <paramref name="commune"/> is null.</summary>
        public (long N, long? D) Of(string key, string? commune)
        {
            bool In(string c) => commune is null || c == commune;
            var yearFrom = Month.From.AddMonths(-11);
            var to = Month.To;
            var snapshot = to < _today ? to : _today;
            var cases = _cases.Where(c => In(c.CommuneCode)).ToList();
            var served = cases.Where(c => c.Kind == CaseKind.CommunitySentence && c.StartOn <= to && (c.EndedOn is null || c.EndedOn >= yearFrom)).ToList();
            var managed = cases.Where(c => c.Kind == CaseKind.Reintegration && c.StartOn <= to && (c.EndedOn is null || c.EndedOn >= yearFrom)).ToList();
            bool Listed(Case c) => _loans.Any(l => l.CaseId == c.Id && l.Kind == LoanKind.Individual && l.ListedOn <= to);
            bool UnderModelTarget(string commune) => _cases.Count(c => c.CommuneCode == commune && c.Kind == CaseKind.Reintegration && c.StartOn <= to
                && (c.EndedOn is null || c.EndedOn >= yearFrom)) >= _parameters.Int(ModelCoverageDefaults.ReturneeThreshold, to);
            bool MeetsModelTarget(string commune) =>
                _models.Count(m => m.CommuneCode == commune && m.EstablishedOn <= to && (m.StoppedOn is null || m.StoppedOn > to)) >= _parameters.Int(ModelCoverageDefaults.MinModels, to)
                && _exemplary.Where(x => x.CommuneCode == commune && x.RecognisedOn <= to).Select(x => x.PersonId).Distinct().Count() >= _parameters.Int(ModelCoverageDefaults.MinExemplary, to);
            bool Willing(Case c) => _counselling.Any(x => x.CaseId == c.Id && x.WantsLoan && x.CounselledOn <= to) || Listed(c);
            return key switch
            {
                Indicators.Caseload => (cases.Count(c => c.Kind == CaseKind.CommunitySentence && c.StartOn <= snapshot && (c.EndedOn is null || c.EndedOn > snapshot) && c.Status != CaseStatus.Transferred), null),
                Indicators.ViolationRate => (served.Count(c => _breaches.Any(b => b.CaseId == c.Id && b.Kind is BreachKind.LawViolation or BreachKind.NewOffence
                    && b.OccurredOn >= yearFrom && b.OccurredOn <= to)), served.Count),
                Indicators.ReoffendingRate => (managed.Count(r =>
                    _breaches.Any(b => b.PersonId == r.PersonId && b.Kind == BreachKind.NewOffence && b.OccurredOn >= yearFrom && b.OccurredOn <= to && b.OccurredOn >= r.StartOn)
                    || _cases.Any(n => n.PersonId == r.PersonId && n.Kind == CaseKind.CommunitySentence && n.StartOn >= yearFrom && n.StartOn <= to && n.StartOn > r.StartOn)
                    || _returneeViolations.Any(v => v.CaseId == r.Id && v.Kind == ReturneeViolationKind.NewOffence && v.OccurredOn >= yearFrom && v.OccurredOn <= to)), managed.Count),
                Indicators.CounsellingCoverage => (managed.Count(c => _counselling.Any(x => x.CaseId == c.Id && x.CounselledOn <= to)), managed.Count),
                Indicators.ListedToBank => (managed.Count(Listed), managed.Count(Willing)),
                Indicators.LoansApproved => (_loans.Count(l => In(l.CommuneCode)
                    && _loanEvents.Any(e => e.LoanId == l.Id && e.Kind == LoanEventKind.Approved && e.On >= Month.From && e.On <= to)), null),
                Indicators.Absconded => (cases.Count(c => c.Kind == CaseKind.CommunitySentence && c.Status == CaseStatus.Absconded), null),
                Indicators.Wanted => (cases.Count(c => c.Status == CaseStatus.Absconded && _proposals.Any(p => p.CaseId == c.Id && p.Kind == ProposalKind.WantedNotice && p.Granted == true)), null),
                Indicators.NewOffences => (_breaches.Count(b => In(b.CommuneCode) && b.Kind == BreachKind.NewOffence && b.OccurredOn >= Month.From && b.OccurredOn <= to), null),
                Indicators.Reconciliation => (_recons.Count(r => r.Month == to.ToString("yyyy-MM") && r.IsSettled), _recons.Count(r => r.Month == to.ToString("yyyy-MM") && r.Status != ReconciliationStatus.Failed)),
                Indicators.CommunesTrained => (_communes.Count(c => In(c) && _trainings.Any(t => t.CommuneCode == c && t.HeldOn >= yearFrom && t.HeldOn <= to)), _communes.Count(In)),
                Indicators.ModelCommunes => (_communes.Count(c => In(c) && UnderModelTarget(c) && MeetsModelTarget(c)), _communes.Count(c => In(c) && UnderModelTarget(c))),
                Indicators.OverdueWork => (_work.Count(w => In(w.CommuneCode) && w.DueOn < _today), null),
                Indicators.AlertsOnTime => (_alerts.Count(a => In(a.CommuneCode) && a.RaisedOn >= yearFrom && a.RaisedOn <= to && !a.Late
                    && (a.Status == HoaNhap.Domain.Alerts.AlertStatus.Closed || a.DueOn >= _today)),
                    _alerts.Count(a => In(a.CommuneCode) && a.RaisedOn >= yearFrom && a.RaisedOn <= to)),
                _ => throw new ArgumentOutOfRangeException(key),
            };
        }
    }

    static readonly string[] Computed = Indicators.All.Where(i => i.HasData).Select(i => i.Key).ToArray();

    static Dictionary<string, JsonElement> Figures(JsonElement list) =>
        list.EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!, f => f);

    static long? Long(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt64();

    [SkippableFact]
    public async Task Commune_dashboard_shows_each_indicator_as_computed_independently()
    {
        app.EnsureAvailable();
        var s = await ScenarioAsync();
        var expected = Expected.Load(app);
        var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        using var json = JsonDocument.Parse(await api.GetStringAsync("/api/v1/dashboard"));
        Assert.Equal(Commune, json.RootElement.GetProperty("communeCode").GetString());
        var total = Figures(json.RootElement.GetProperty("total"));
        foreach (var key in Computed.Where(k => k != Indicators.Reconciliation))
        {
            var (n, d) = expected.Of(key, Commune);
            Assert.True(n == Long(total[key].GetProperty("numerator")), $"{key}: numerator {n} expected, got {total[key].GetProperty("numerator")}");
            if (d is { } den) Assert.Equal(den, Long(total[key].GetProperty("denominator")));
        }
        // The generated people are counted where they should be.
        Assert.True(expected.Of(Indicators.ViolationRate, Commune).N >= 2);
        Assert.True(Long(total[Indicators.Wanted].GetProperty("numerator")) >= 1);
        Assert.True(Long(total[Indicators.ReoffendingRate].GetProperty("numerator")) >= 1);
        Assert.True(Long(total[Indicators.OverdueWork].GetProperty("numerator")) >= 1);
        Assert.False(total[Indicators.OverdueWork].GetProperty("meetsTarget").GetBoolean());
        // Counselling and the bank list: the uncounselled returnee and the willing but unlisted re-offender keep both below 100 %.
        Assert.True(expected.Of(Indicators.CounsellingCoverage, Commune).N >= 2);
        Assert.False(total[Indicators.CounsellingCoverage].GetProperty("meetsTarget").GetBoolean());
        Assert.True(expected.Of(Indicators.ListedToBank, Commune).N >= 1);
        Assert.False(total[Indicators.ListedToBank].GetProperty("meetsTarget").GetBoolean());
        Assert.True(Long(total[Indicators.LoansApproved].GetProperty("numerator")) >= 2);
        // Every figure of the catalogue has data now (models and exemplary individuals included).
        Assert.All(Indicators.All, i => Assert.True(i.HasData, i.Key));
        _ = s;

        var pages = await app.PagesAsync(Roles.CommuneLeader, Unit.A);
        var html = await pages.GetStringAsync("/Dashboard");
        foreach (var key in Computed.Where(k => k != Indicators.Reconciliation))
            Assert.Contains($"data-key=\"{key}\" data-value=\"{WebUtility.HtmlEncode(total[key].GetProperty("text").GetString())}\" data-numerator=\"{expected.Of(key, Commune).N}\"", html);
        Assert.Contains("data-testid=\"dashboard-caseload\"", html);
    }

    [SkippableFact]
    public async Task Province_dashboard_lists_every_commune_and_the_export_shows_the_same_numbers()
    {
        app.EnsureAvailable();
        await ScenarioAsync();
        var expected = Expected.Load(app);
        var api = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        using var json = JsonDocument.Parse(await api.GetStringAsync("/api/v1/dashboard"));
        var units = json.RootElement.GetProperty("units").EnumerateArray().ToList();
        Assert.True(units.Count > 10, "every commune of the province is listed");
        var mine = Figures(units.Single(u => u.GetProperty("communeCode").GetString() == Commune).GetProperty("figures"));
        var total = Figures(json.RootElement.GetProperty("total"));
        foreach (var key in Computed)
        {
            var (pn, pd) = expected.Of(key, null);
            Assert.True(pn == Long(total[key].GetProperty("numerator")), $"{key} (province): numerator {pn} expected, got {total[key].GetProperty("numerator")}");
            if (pd is { } den) Assert.Equal(den, Long(total[key].GetProperty("denominator")));
            if (key == Indicators.Reconciliation) continue;
            var (n, d) = expected.Of(key, Commune);
            Assert.Equal(n, Long(mine[key].GetProperty("numerator")));
            if (d is { } cd) Assert.Equal(cd, Long(mine[key].GetProperty("denominator")));
        }

        var pages = await app.PagesAsync(Roles.ProvinceOfficer, Unit.A);
        var response = await pages.GetAsync("/Dashboard?handler=Export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DashboardExport.ContentType, response.Content.Headers.ContentType?.MediaType);
        using var xlsx = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: "Chỉ tiêu", excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().ToList();
        foreach (var key in Computed.Where(k => k != Indicators.Reconciliation))
        {
            var row = rows.Single(r => (string?)r[DashboardExport.Columns.UnitCode] == Commune && (string?)r[DashboardExport.Columns.Key] == key);
            var (n, d) = expected.Of(key, Commune);
            Assert.Equal(n, Convert.ToInt64(row[DashboardExport.Columns.Numerator]));
            if (d is { } den) Assert.Equal(den, Convert.ToInt64(row[DashboardExport.Columns.Denominator]));
        }
        foreach (var key in Computed)
        {
            var row = rows.Single(r => (string?)r[DashboardExport.Columns.UnitCode] == Province && (string?)r[DashboardExport.Columns.Key] == key);
            Assert.Equal(expected.Of(key, null).N, Convert.ToInt64(row[DashboardExport.Columns.Numerator]));
        }
        var models = rows.Single(r => (string?)r[DashboardExport.Columns.UnitCode] == Province && (string?)r[DashboardExport.Columns.Key] == Indicators.ModelCommunes);
        Assert.Equal(expected.Of(Indicators.ModelCommunes, null).D, Convert.ToInt64(models[DashboardExport.Columns.Denominator]));
    }

    [SkippableFact]
    public async Task Province_officer_drills_down_from_the_commune_to_the_people_behind_the_figure()
    {
        app.EnsureAvailable();
        var s = await ScenarioAsync();
        var pages = await app.PagesAsync(Roles.ProvinceOfficer, Unit.A);
        var indicator = await pages.GetStringAsync($"/Dashboard/Indicator/{Indicators.ViolationRate}?province={Province}");
        Assert.Contains($"data-unit=\"{Commune}\"", indicator);
        Assert.Contains($"/Dashboard/People/{Indicators.ViolationRate}?province={Province}&amp;commune={Commune}", indicator);
        Assert.Equal(12, System.Text.RegularExpressions.Regex.Matches(indicator, "data-testid=\"trend-month\"").Count);
        Assert.Contains("data-testid=\"trend-chart\"", indicator);

        var people = await pages.GetStringAsync($"/Dashboard/People/{Indicators.ViolationRate}?province={Province}&commune={Commune}");
        Assert.Contains($"data-person=\"{s.Violator}\"", people);
        Assert.Contains($"data-person=\"{s.Offender}\"", people);
        Assert.DoesNotContain($"data-person=\"{s.Keeper}\"", people);
        Assert.DoesNotContain($"data-person=\"{s.OldViolator}\"", people);

        var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        using var json = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/dashboard/indicators/{Indicators.Wanted}/people"));
        Assert.Contains(json.RootElement.EnumerateArray(), p => p.GetProperty("personId").GetGuid() == s.Absconder);
        using var re = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/dashboard/indicators/{Indicators.ReoffendingRate}/people"));
        var ids = re.RootElement.EnumerateArray().Select(p => p.GetProperty("personId").GetGuid()).ToList();
        Assert.Contains(s.Reoffender, ids);
        Assert.DoesNotContain(s.Returnee, ids);

        // Counselling coverage, the bank list and approved loans drill down to the returnees behind them.
        var counselled = await PeopleAsync(api, Indicators.CounsellingCoverage);
        Assert.Contains(s.Returnee, counselled);
        Assert.Contains(s.Reoffender, counselled);
        Assert.DoesNotContain(s.Uncounselled, counselled);
        var listed = await PeopleAsync(api, Indicators.ListedToBank);
        Assert.Contains(s.Returnee, listed);
        Assert.DoesNotContain(s.Reoffender, listed);
        Assert.Contains(s.Returnee, await PeopleAsync(api, Indicators.LoansApproved));
        var listedPage = await pages.GetStringAsync($"/Dashboard/People/{Indicators.ListedToBank}?province={Province}&commune={Commune}");
        Assert.Contains($"data-person=\"{s.Returnee}\"", listedPage);
        Assert.DoesNotContain($"data-person=\"{s.Reoffender}\"", listedPage);

        // The reading of the list is audited.
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == HoaNhap.Domain.Audit.AuditActions.View && a.EntityType == "Person" && a.Details!.Contains("/Dashboard/People/" + Indicators.ViolationRate + "?province=")));
    }

    static async Task<List<Guid>> PeopleAsync(HttpClient api, string key)
    {
        using var json = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/dashboard/indicators/{key}/people"));
        return json.RootElement.EnumerateArray().Select(p => p.GetProperty("personId").GetGuid()).ToList();
    }

    [SkippableFact]
    public async Task Indicator_export_and_trend_match_the_dashboard()
    {
        app.EnsureAvailable();
        await ScenarioAsync();
        var expected = Expected.Load(app);
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var response = await pages.GetAsync($"/Dashboard/Indicator/{Indicators.ViolationRate}?handler=Export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var xlsx = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var months = MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: "12 tháng", excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(12, months.Count);
        var (n, d) = expected.Of(Indicators.ViolationRate, Commune);
        Assert.Equal(n, Convert.ToInt64(months[^1][DashboardExport.Columns.Numerator]));
        Assert.Equal(d, Convert.ToInt64(months[^1][DashboardExport.Columns.Denominator]));
        Assert.Equal(expected.Month.Name, months[^1][DashboardExport.Columns.Month]?.ToString());

        // The reintegration figures use the same definitions in the export: the last month is the dashboard's.
        foreach (var key in new[] { Indicators.CounsellingCoverage, Indicators.ListedToBank, Indicators.LoansApproved })
        {
            response = await pages.GetAsync($"/Dashboard/Indicator/{key}?handler=Export");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
            var last = MiniExcel.Query(file, useHeaderRow: true, sheetName: "12 tháng", excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().Last();
            var (kn, kd) = expected.Of(key, Commune);
            Assert.True(kn == Convert.ToInt64(last[DashboardExport.Columns.Numerator]), $"{key}: numerator {kn} expected in the export");
            if (kd is { } den) Assert.Equal(den, Convert.ToInt64(last[DashboardExport.Columns.Denominator]));
        }
    }

    /// <summary>A commune of the province other than unit A's, with no case and no model yet (the database is shared).</summary>
    static async Task<string> FreshCommuneAsync(HoaNhapDbContext db) =>
        await db.Communes.Where(c => c.ProvinceCode == Province && c.Code != Commune && !db.Cases.Any(k => k.CommuneCode == c.Code)
            && !db.Set<ReintegrationModel>().Any(m => m.CommuneCode == c.Code)).OrderBy(c => c.Code).Select(c => c.Code).FirstAsync();

    /// <summary>Ten returnees under management in a fresh commune, and a working model there; returns the commune and the first case.</summary>
    static async Task<(string Commune, Guid Case, Guid Person)> CommuneWithTenReturneesAndAModelAsync(HoaNhapApp app)
    {
        var officer = await app.CurrentUserAsync(Roles.ProvinceOfficer, Unit.A);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
        var commune = await FreshCommuneAsync(db);
        var t = app.Today;
        var first = (Case: Guid.Empty, Person: Guid.Empty);
        for (var i = 0; i < 10; i++)
        {
            var person = await HoaNhap.Web.Features.People.PersonCommands.CreateAsync(db, officer, TestData.Person(TestData.Unique("Hoàn Lương"), commune), null, CancellationToken.None);
            var c = new Case
            {
                PersonId = person.Value!.Id, ProvinceCode = Province, CommuneCode = commune, Kind = CaseKind.Reintegration, ReleaseKind = ReleaseKind.SentenceCompleted,
                StartOn = t.AddDays(-200), LegalBasisVersion = LegalBasis.For(t.AddDays(-200)),
            }.InState(CaseStatus.Active);
            db.Cases.Add(c);
            if (i == 0) first = (c.Id, c.PersonId);
        }
        db.Add(new ReintegrationModel
        {
            ProvinceCode = Province, CommuneCode = commune, Name = "Tiếp sức hòa nhập cộng đồng", EstablishedOn = t.AddDays(-100),
            Lead = LeadOrganisation.WomenUnion, Goal = "Giúp đỡ người chấp hành xong án phạt tù.",
        });
        await db.SaveChangesAsync();
        return (commune, first.Case, first.Person);
    }

    [SkippableFact]
    public async Task Model_indicator_counts_a_commune_with_ten_returnees_once_it_has_a_model_and_an_exemplary_individual()
    {
        app.EnsureAvailable();
        var met = await CommuneWithTenReturneesAndAModelAsync(app);
        var missing = await CommuneWithTenReturneesAndAModelAsync(app);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
            db.Add(new ExemplaryIndividual
            {
                CaseId = met.Case, PersonId = met.Person, ProvinceCode = Province, CommuneCode = met.Commune, RecognisedOn = app.Today.AddDays(-10),
                RecognisedBy = RecognitionBody.CommuneCommittee, Achievements = "Làm kinh tế giỏi.", Evidence = "Giấy khen của UBND xã.",
            });
            await db.SaveChangesAsync();
        }
        var expected = Expected.Load(app);
        var api = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        using var json = JsonDocument.Parse(await api.GetStringAsync("/api/v1/dashboard"));
        Figure Of(string commune) => new(Figures(json.RootElement.GetProperty("units").EnumerateArray()
            .Single(u => u.GetProperty("communeCode").GetString() == commune).GetProperty("figures"))[Indicators.ModelCommunes]);
        Assert.Equal((1, 1), (Of(met.Commune).N, Of(met.Commune).D));
        Assert.True(Of(met.Commune).Meets);
        Assert.Equal((0, 1), (Of(missing.Commune).N, Of(missing.Commune).D));
        Assert.False(Of(missing.Commune).Meets);
        // The province total is the same count recomputed over every stored row.
        var total = Figures(json.RootElement.GetProperty("total"))[Indicators.ModelCommunes];
        var (n, d) = expected.Of(Indicators.ModelCommunes, null);
        Assert.Equal(n, Long(total.GetProperty("numerator")));
        Assert.Equal(d, Long(total.GetProperty("denominator")));
        Assert.True(n >= 1 && d >= 2);
    }

    sealed record Figure(long N, long D, bool? Meets)
    {
        public Figure(JsonElement e) : this(Long(e.GetProperty("numerator")) ?? 0, Long(e.GetProperty("denominator")) ?? 0,
            e.GetProperty("meetsTarget").ValueKind == JsonValueKind.Null ? null : e.GetProperty("meetsTarget").GetBoolean()) { }
    }

    [SkippableFact]
    public async Task Outside_the_scope_is_not_found_and_other_roles_are_refused()
    {
        app.EnsureAvailable();
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/api/v1/dashboard?commune=00004")).StatusCode);
        var province = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        Assert.Equal(HttpStatusCode.NotFound, (await province.GetAsync("/api/v1/dashboard?province=01")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await province.GetAsync("/api/v1/dashboard?commune=00004")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await province.GetAsync("/api/v1/dashboard/indicators/khong-co/people")).StatusCode);
        foreach (var role in new[] { Roles.Supervisor, Roles.CourtReader, Roles.BankOfficer })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(role, Unit.A)).GetAsync("/api/v1/dashboard")).StatusCode);

        // The administrator sees the country and any province, counts only: no list of people.
        var admin = await app.ApiAsync(Roles.SystemAdmin, Unit.A);
        using var national = JsonDocument.Parse(await admin.GetStringAsync("/api/v1/dashboard"));
        Assert.Equal("Toàn quốc", national.RootElement.GetProperty("name").GetString());
        Assert.True(national.RootElement.GetProperty("units").GetArrayLength() >= 34);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/dashboard?province=25")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/api/v1/dashboard/indicators/{Indicators.ViolationRate}/people")).StatusCode);
        var adminPages = await app.PagesAsync(Roles.SystemAdmin, Unit.A);
        var html = await adminPages.GetStringAsync($"/Dashboard/Indicator/{Indicators.ViolationRate}?province=25");
        Assert.DoesNotContain("/Dashboard/People/", html);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DashboardTests_Sqlite(SqliteApp app) : DashboardTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DashboardTests_Postgres(PostgresApp app) : DashboardTests(app);
