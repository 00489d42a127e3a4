using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Shared;

public sealed record ExemplaryRow(Guid Id, Guid CaseId, Guid PersonId, string FullName, DateOnly RecognisedOn, RecognitionBody RecognisedBy, string? DecisionNumber);

/// <summary>A commune against the target: returnees under management now, working models, exemplary individuals, the verdict.</summary>
public sealed record CommuneCoverage(string ProvinceCode, string CommuneCode, string CommuneName, int Returnees,
    IReadOnlyList<ReintegrationModel> ActiveModels, IReadOnlyList<ExemplaryRow> Exemplary, ModelCoverageResult Result);

/// <summary>One commune of the province list: the counts and the verdict.</summary>
public sealed record CommuneCoverageRow(string ProvinceCode, string CommuneCode, string CommuneName, int Returnees, int ActiveModels, int Exemplary, ModelCoverageResult Result);

/// <summary>
/// Whether communes meet "≥ 10 returnees ⇒ ≥ 1 model and 1 exemplary individual" (<see cref="ModelCoverage"/>), now (the commune
/// page and the province list) and for a reporting period (the dashboard indicator <see cref="Indicators.ModelCommunes"/>).
/// Counted the same way everywhere: returnees = reintegration cases under management (not ended); models = registered and not
/// stopped; exemplary individuals = distinct people of the commune recognised so far.
/// </summary>
public static class ModelCoverageQueries
{
    static IQueryable<Case> ManagedNow(HoaNhapDbContext db) =>
        db.Cases.Where(c => c.Kind == CaseKind.Reintegration && c.EndedOn == null
            && (c.Status == CaseStatus.Intake || c.Status == CaseStatus.Active || c.Status == CaseStatus.Absconded));

    /// <summary>A commune of the caller's scope (another unit's: not found).</summary>
    public static async Task<Outcome<CommuneCoverage>> ForCommuneAsync(HoaNhapDbContext db, RuleBook rules, CurrentUser u, string code, CancellationToken ct)
    {
        if (!u.May(Act.UseReintegrationModels)) return Outcome<CommuneCoverage>.Denied();
        var commune = await db.Communes.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, ct);
        if (commune is null || !u.Covers(commune.ProvinceCode, commune.Code)) return Outcome<CommuneCoverage>.Missing();
        var today = db.Today;
        var returnees = await ManagedNow(db).CountAsync(c => c.ProvinceCode == commune.ProvinceCode && c.CommuneCode == code, ct);
        var models = await db.Set<ReintegrationModel>().AsNoTracking()
            .Where(m => m.ProvinceCode == commune.ProvinceCode && m.CommuneCode == code && m.StoppedOn == null && m.EstablishedOn <= today)
            .OrderBy(m => m.EstablishedOn).ToListAsync(ct);
        var exemplary = (await db.Set<ExemplaryIndividual>().AsNoTracking()
                .Where(x => x.ProvinceCode == commune.ProvinceCode && x.CommuneCode == code && x.RecognisedOn <= today)
                .Join(db.People, x => x.PersonId, p => p.Id, (x, p) => new ExemplaryRow(x.Id, x.CaseId, x.PersonId, p.FullName, x.RecognisedOn, x.RecognisedBy, x.DecisionNumber))
                .ToListAsync(ct))
            .OrderByDescending(x => x.RecognisedOn).DistinctBy(x => x.PersonId).ToList();
        var result = ModelCoverage.Assess(new ModelCoverageInput(returnees, models.Count, exemplary.Count), await rules.ParametersAsync(ct), today);
        return Outcome<CommuneCoverage>.Ok(new CommuneCoverage(commune.ProvinceCode, code, commune.FullName, returnees, models, exemplary, result));
    }

    /// <summary>Every commune of the caller's scope with its verdict: communes under the target first (not met, then met), then the others.</summary>
    public static async Task<Outcome<List<CommuneCoverageRow>>> ForScopeAsync(HoaNhapDbContext db, RuleBook rules, CurrentUser u, CancellationToken ct)
    {
        if (!u.May(Act.UseReintegrationModels)) return Outcome<List<CommuneCoverageRow>>.Denied();
        var today = db.Today;
        var province = u.ProvinceCode;
        var communes = await db.Communes.AsNoTracking().Where(c => c.ProvinceCode == province && (u.CommuneCode == null || c.Code == u.CommuneCode)).ToListAsync(ct);
        var returnees = await ManagedNow(db).Where(c => c.ProvinceCode == province)
            .GroupBy(c => c.CommuneCode).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var models = await db.Set<ReintegrationModel>().Where(m => m.ProvinceCode == province && m.StoppedOn == null && m.EstablishedOn <= today)
            .GroupBy(m => m.CommuneCode).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var exemplary = await db.Set<ExemplaryIndividual>().Where(x => x.ProvinceCode == province && x.RecognisedOn <= today)
            .Select(x => new { x.CommuneCode, x.PersonId }).Distinct()
            .GroupBy(x => x.CommuneCode).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var p = await rules.ParametersAsync(ct);
        return Outcome<List<CommuneCoverageRow>>.Ok(communes
            .Select(c =>
            {
                var (r, m, e) = (returnees.GetValueOrDefault(c.Code), models.GetValueOrDefault(c.Code), exemplary.GetValueOrDefault(c.Code));
                return new CommuneCoverageRow(c.ProvinceCode, c.Code, c.FullName, r, m, e, ModelCoverage.Assess(new ModelCoverageInput(r, m, e), p, today));
            })
            .OrderBy(x => x.Result.Verdict switch { CoverageVerdict.NotMet => 0, CoverageVerdict.Met => 1, _ => 2 })
            .ThenByDescending(x => x.Returnees).ThenBy(x => x.CommuneName, StringComparer.Create(Display.Vi, false))
            .ToList());
    }

    // ---- the dashboard indicator (Indicators.ModelCommunes) ----------------------------------------------------------

    /// <summary>
    /// The indicator's queries take only the database and the period (<see cref="Indicator.Counted"/>), not the rule book, so they read
    /// the values of <see cref="ModelCoverageDefaults"/> in force on the last day of the period from the stored parameters themselves
    /// (one small synchronous read when the query is built). A value an administrator changes thus reaches the dashboard as it
    /// reaches the commune page; the defaults stand in for a key not stored yet.
    /// </summary>
    static (int Threshold, int MinModels, int MinExemplary) TargetsOn(HoaNhapDbContext db, DateOnly day)
    {
        string[] keys = [ModelCoverageDefaults.ReturneeThreshold, ModelCoverageDefaults.MinModels, ModelCoverageDefaults.MinExemplary];
        var stored = db.RuleParameterValues.AsNoTracking().Where(v => keys.Contains(v.Key)).AsEnumerable().Select(v => v.ToParameter()).ToList();
        var p = new RuleParameters(stored.Concat(ModelCoverageDefaults.All.Where(d => !stored.Any(s => s.Key == d.Key))));
        return (p.Int(keys[0], day), p.Int(keys[1], day), p.Int(keys[2], day));
    }

    /// <summary>Communes with at least the threshold of returnees under management at some time in the period.</summary>
    static IQueryable<Domain.Units.Commune> UnderTarget(HoaNhapDbContext db, IndicatorPeriod p, int threshold) =>
        db.Communes.Where(c => db.Cases.Count(k => k.ProvinceCode == c.ProvinceCode && k.CommuneCode == c.Code && k.Kind == CaseKind.Reintegration
            && k.StartOn <= p.To && (k.EndedOn == null || k.EndedOn >= p.From)) >= threshold);

    /// <summary>Denominator: communes with ≥ threshold returnees managed during the period.</summary>
    public static IQueryable<IndicatorRow> CommunesUnderTarget(HoaNhapDbContext db, IndicatorPeriod p) =>
        UnderTarget(db, p, TargetsOn(db, p.To).Threshold).Select(c => new IndicatorRow { ProvinceCode = c.ProvinceCode, CommuneCode = c.Code });

    /// <summary>Numerator: of those, communes with ≥ the minimum of models working on the last day of the period and of exemplary individuals recognised by then.</summary>
    public static IQueryable<IndicatorRow> CommunesMeetingTarget(HoaNhapDbContext db, IndicatorPeriod p)
    {
        var (threshold, minModels, minExemplary) = TargetsOn(db, p.To);
        return UnderTarget(db, p, threshold)
            .Where(c => db.Set<ReintegrationModel>().Count(m => m.ProvinceCode == c.ProvinceCode && m.CommuneCode == c.Code
                    && m.EstablishedOn <= p.To && (m.StoppedOn == null || m.StoppedOn > p.To)) >= minModels
                && db.Set<ExemplaryIndividual>().Where(x => x.ProvinceCode == c.ProvinceCode && x.CommuneCode == c.Code && x.RecognisedOn <= p.To)
                    .Select(x => x.PersonId).Distinct().Count() >= minExemplary)
            .Select(c => new IndicatorRow { ProvinceCode = c.ProvinceCode, CommuneCode = c.Code });
    }
}
