using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Shared;

/// <summary>Where a dashboard looks: the whole country, one province, or one commune.</summary>
public sealed record Area(string? ProvinceCode, string? CommuneCode, string Name)
{
    public bool IsNational => ProvinceCode is null;
    public bool IsCommune => CommuneCode is not null;
}

/// <summary>An indicator's figure for one unit (or a total): numerator, denominator, value and whether it meets its target.</summary>
public sealed record Figure(Indicator Indicator, long Numerator, long Denominator, decimal? Value, bool? Meets)
{
    public static Figure Of(Indicator i, long n, long d)
    {
        if (!i.HasData) return new(i, 0, 0, null, null);
        var v = i.Value(n, d);
        return new(i, n, d, v, i.Meets(v));
    }

    /// <summary>What the user reads: the value, "chưa có dữ liệu", or "—" for a rate with nothing to divide by.</summary>
    public string Text => !Indicator.HasData ? "Chưa có dữ liệu" : Value is { } v ? Indicator.Format(v) : "—";
    public string Fraction => Indicator.IsRate && Indicator.HasData ? $"{Numerator:#,##0}/{Denominator:#,##0}" : "";
}

/// <summary>One row of a dashboard table: a province (national view) or a commune (province view).</summary>
public sealed record UnitFigures(string ProvinceCode, string? CommuneCode, string Name, IReadOnlyDictionary<string, Figure> Figures)
{
    /// <summary>How many targets the unit misses.</summary>
    public int Missed => Figures.Values.Count(f => f.Meets == false);
    /// <summary>How far the unit is from the targets it misses, each gap relative to its target (so rates and counts add up).</summary>
    public decimal Gap => Figures.Values.Where(f => f.Meets == false && f.Value is not null).Sum(f => f.Indicator.RelativeGap(f.Value!.Value));

    /// <summary>Worst first: the most targets missed, then the widest gap, then by name.</summary>
    public static IEnumerable<UnitFigures> WorstFirst(IEnumerable<UnitFigures> units) =>
        units.OrderByDescending(u => u.Missed).ThenByDescending(u => u.Gap).ThenBy(u => u.Name, StringComparer.Create(Display.Vi, false));
}

/// <summary>Counts of community-sentence cases by sentence type and status.</summary>
public sealed record CaseloadCell(SentenceType? SentenceType, CaseStatus Status, int Count);

/// <summary>One month of a trend.</summary>
public sealed record TrendPoint(ReportingWindow Month, Figure Figure);

/// <summary>A person behind a figure.</summary>
public sealed record IndicatorPerson(Guid PersonId, string FullName, Guid? CaseId, string CommuneCode);

public sealed record DashboardView(Area Area, ReportingWindow Month, DateOnly Today, bool ShowsPeople,
    IReadOnlyList<UnitFigures> Units, IReadOnlyDictionary<string, Figure> Total, IReadOnlyList<CaseloadCell> Caseload)
{
    /// <summary>When the figures were computed (the oldest stored month read; now when computed for this request).</summary>
    public DateTimeOffset ComputedAt { get; init; } = DateTimeOffset.UtcNow;
}

/// <summary>Numerator and denominator per (province, commune) of one indicator: counted now, or read from the stored rollups.</summary>
public delegate Task<Dictionary<(string Province, string Commune), (long N, long D)>> CellsOf(Indicator indicator, CancellationToken ct);

/// <summary>
/// Computes the figures of <see cref="Indicators"/>: every query is grouped by province and commune in
/// the database (GROUP BY ProvinceCode, CommuneCode), only the per-commune counts come back.
/// Access: the national view and every province's figures for the administrator (counts only, no people);
/// a province officer the province and its communes; a commune officer or leader the commune. People
/// behind a figure are listed only for those who read the registry (province, commune officers and leaders), scoped as usual.
/// </summary>
public static class IndicatorQueries
{

    /// <summary>The area the user asked for, within what they may see (outside: not found).</summary>
    public static async Task<Outcome<Area>> AreaAsync(HoaNhapDbContext db, CurrentUser user, string? province, string? commune, CancellationToken ct)
    {
        if (!user.May(Act.SeeDashboard)) return Outcome<Area>.Denied();
        province = string.IsNullOrWhiteSpace(province) ? null : province.Trim();
        commune = string.IsNullOrWhiteSpace(commune) ? null : commune.Trim();
        if (user.CommuneCode is { } mine)
        {
            if ((commune is not null && commune != mine) || (province is not null && province != user.ProvinceCode)) return Outcome<Area>.Missing();
            commune = mine;
            province = user.ProvinceCode;
        }
        else if (!user.IsAdmin)
        {
            if (province is not null && province != user.ProvinceCode) return Outcome<Area>.Missing();
            province = user.ProvinceCode;
        }
        if (commune is not null)
        {
            var c = await db.Communes.AsNoTracking().FirstOrDefaultAsync(x => x.Code == commune, ct);
            if (c is null || (province is not null && c.ProvinceCode != province)) return Outcome<Area>.Missing();
            return Outcome<Area>.Ok(new Area(c.ProvinceCode, c.Code, c.FullName));
        }
        if (province is not null)
        {
            var p = await db.Provinces.AsNoTracking().FirstOrDefaultAsync(x => x.Code == province, ct);
            return p is null ? Outcome<Area>.Missing() : Outcome<Area>.Ok(new Area(p.Code, null, p.FullName));
        }
        return Outcome<Area>.Ok(new Area(null, null, "Toàn quốc"));
    }

    public static async Task<int> StartDayAsync(RuleBook rules, DateOnly today, CancellationToken ct) =>
        ReportingPeriod.StartDay(await rules.ParametersAsync(ct), today);

    /// <summary>The reporting month asked for ("yyyy-MM"), or the one containing today.</summary>
    public static ReportingWindow MonthOf(string? month, DateOnly today, int startDay)
    {
        if (month is { Length: 7 } && int.TryParse(month[..4], out var y) && int.TryParse(month[5..], out var m) && m is >= 1 and <= 12 && y is > 2000 and < 2200)
            return ReportingPeriod.Month(y, m, startDay);
        return ReportingPeriod.MonthContaining(today, startDay);
    }

    /// <summary>The period an indicator looks at for a reporting month.</summary>
    public static IndicatorPeriod PeriodFor(Indicator i, ReportingWindow month, DateOnly today) => i.Window switch
    {
        IndicatorWindow.Snapshot => new(month.From, month.To < today ? month.To : today, today, month.To < today ? $"Ngày {Display.Date(month.To)}" : $"Hôm nay, {Display.Date(today)}"),
        IndicatorWindow.Month => new(month.From, month.To, today, $"{month.Name} ({Display.Date(month.From)} – {Display.Date(month.To)})"),
        _ => TwelveMonths(month, today),
    };

    /// <summary>The twelve reporting months ending with the month: from the same start day eleven months earlier.</summary>
    static IndicatorPeriod TwelveMonths(ReportingWindow month, DateOnly today)
    {
        var from = month.From.AddMonths(-11);
        return new(from, month.To, today, $"12 tháng: {Display.Date(from)} – {Display.Date(month.To)}");
    }

    /// <summary>The rows of an indicator that fall in an area (a province-level indicator: the whole province of a commune).</summary>
    public static IQueryable<IndicatorRow> In(IQueryable<IndicatorRow> q, Indicator i, Area area)
    {
        if (area.ProvinceCode is { } p) q = q.Where(r => r.ProvinceCode == p);
        if (area.CommuneCode is { } c && !i.ProvinceLevel) q = q.Where(r => r.CommuneCode == c);
        return q;
    }

    sealed record Count(string ProvinceCode, string CommuneCode, int N);

    static async Task<List<Count>> GroupAsync(IQueryable<IndicatorRow> q, CancellationToken ct) =>
        (await q.GroupBy(r => new { r.ProvinceCode, r.CommuneCode })
            .Select(g => new { g.Key.ProvinceCode, g.Key.CommuneCode, N = g.Count() }).ToListAsync(ct))
        .Select(x => new Count(x.ProvinceCode, x.CommuneCode, x.N)).ToList();

    /// <summary>Numerator and denominator per (province, commune) of one indicator in an area.</summary>
    public static async Task<Dictionary<(string Province, string Commune), (long N, long D)>> CellsAsync(
        HoaNhapDbContext db, Indicator i, IndicatorPeriod period, Area area, CancellationToken ct)
    {
        var cells = new Dictionary<(string, string), (long N, long D)>();
        if (!i.HasData) return cells;
        foreach (var c in await GroupAsync(In(i.Counted!(db, period), i, area), ct))
            cells[(c.ProvinceCode, c.CommuneCode)] = (c.N, 0);
        if (i.Base is { } b)
            foreach (var c in await GroupAsync(In(b(db, period), i, area), ct))
                cells[(c.ProvinceCode, c.CommuneCode)] = (cells.GetValueOrDefault((c.ProvinceCode, c.CommuneCode)).N, c.N);
        return cells;
    }

    /// <summary>The dashboard of an area for a reporting month: one row per province (national) or per commune (province), and the total.</summary>
    public static Task<DashboardView> DashboardAsync(HoaNhapDbContext db, CurrentUser user, Area area, ReportingWindow month, DateOnly today, CancellationToken ct) =>
        DashboardAsync(db, user, area, month, today, (i, c) => CellsAsync(db, i, PeriodFor(i, month, today), area, c), ct);

    /// <summary>The dashboard built from the given cells (<see cref="IndicatorRollups"/> passes the stored ones).</summary>
    public static async Task<DashboardView> DashboardAsync(HoaNhapDbContext db, CurrentUser user, Area area, ReportingWindow month, DateOnly today,
        CellsOf cellsOf, CancellationToken ct)
    {
        List<(string Province, string? Commune, string Name)> units = area switch
        {
            { IsNational: true } => (await db.Provinces.AsNoTracking().ToListAsync(ct)).OrderBy(p => p.Code).Select(p => (p.Code, (string?)null, p.FullName)).ToList(),
            { IsCommune: true } => [(area.ProvinceCode!, area.CommuneCode, area.Name)],
            _ => (await db.Communes.AsNoTracking().Where(c => c.ProvinceCode == area.ProvinceCode).ToListAsync(ct))
                .OrderBy(c => c.Code).Select(c => (c.ProvinceCode, (string?)c.Code, c.FullName)).ToList(),
        };
        var perUnit = units.ToDictionary(u => (u.Province, u.Commune ?? ""), _ => new Dictionary<string, Figure>());
        var total = new Dictionary<string, Figure>();
        // Targets an administrator sets (rule parameters) as in force at the end of the month.
        foreach (var i in Indicators.WithTargets(await new RuleBook(db).ParametersAsync(ct), month.To))
        {
            var cells = await cellsOf(i, ct);
            foreach (var u in units)
            {
                var (n, d) = (0L, 0L);
                foreach (var ((p, c), v) in cells)
                    if (p == u.Province && (u.Commune is null || c == u.Commune || (i.ProvinceLevel && area.IsCommune))) { n += v.N; d += v.D; }
                perUnit[(u.Province, u.Commune ?? "")][i.Key] = i.ProvinceLevel && u.Commune is not null && !area.IsCommune
                    ? new Figure(i, 0, 0, null, null) : Figure.Of(i, n, d);
            }
            total[i.Key] = Figure.Of(i, cells.Values.Sum(v => v.N), cells.Values.Sum(v => v.D));
        }
        var caseload = await CaseloadAsync(db, area, ct);
        return new DashboardView(area, month, today, user.May(Act.ListDashboardPeople) && !area.IsNational,
            UnitFigures.WorstFirst(units.Select(u => new UnitFigures(u.Province, u.Commune, u.Name, perUnit[(u.Province, u.Commune ?? "")]))).ToList(), total, caseload);
    }

    /// <summary>Community-sentence cases by sentence type and status in an area, grouped in the database.</summary>
    public static async Task<List<CaseloadCell>> CaseloadAsync(HoaNhapDbContext db, Area area, CancellationToken ct)
    {
        var q = Indicators.CommunitySentences(db);
        if (area.ProvinceCode is { } p) q = q.Where(c => c.ProvinceCode == p);
        if (area.CommuneCode is { } cc) q = q.Where(c => c.CommuneCode == cc);
        return (await q.GroupBy(c => new { c.SentenceType, c.Status }).Select(g => new { g.Key.SentenceType, g.Key.Status, N = g.Count() }).ToListAsync(ct))
            .Select(x => new CaseloadCell(x.SentenceType, x.Status, x.N)).OrderBy(x => x.SentenceType).ThenBy(x => x.Status).ToList();
    }

    /// <summary>The figure of one indicator for each of the twelve reporting months ending with <paramref name="month"/>.</summary>
    public static async Task<List<TrendPoint>> TrendAsync(HoaNhapDbContext db, Indicator i, Area area, ReportingWindow month, DateOnly today, int startDay, CancellationToken ct)
    {
        var points = new List<TrendPoint>();
        if (!i.HasData || !i.HasHistory) return points;
        foreach (var m in ReportingPeriod.LastMonths(month.To, 12, startDay))
        {
            var cells = await CellsAsync(db, i, PeriodFor(i, m, today), area, ct);
            points.Add(new TrendPoint(m, Figure.Of(i, cells.Values.Sum(v => v.N), cells.Values.Sum(v => v.D))));
        }
        return points;
    }

    /// <summary>The people behind a figure in one commune (or the whole province), within the user's scope; the reading is audited.</summary>
    public static async Task<Outcome<List<IndicatorPerson>>> PeopleAsync(HoaNhapDbContext db, CurrentUser user, Indicator i, Area area,
        ReportingWindow month, DateOnly today, CancellationToken ct)
    {
        if (!user.May(Act.ListDashboardPeople)) return Outcome<List<IndicatorPerson>>.Denied();
        if (!i.HasData || !i.ListsPeople) return Outcome<List<IndicatorPerson>>.Missing();
        var rows = In(i.Counted!(db, PeriodFor(i, month, today)), i, area).Where(r => r.PersonId != null);
        var list = await rows.Join(db.People.People(user), r => r.PersonId, p => (Guid?)p.Id,
                (r, p) => new { p.Id, p.FullName, r.CaseId, r.CommuneCode })
            .ToListAsync(ct);
        var people = list.DistinctBy(x => (x.Id, x.CaseId)).Select(x => new IndicatorPerson(x.Id, x.FullName, x.CaseId, x.CommuneCode))
            .OrderBy(x => x.FullName, StringComparer.Create(Display.Vi, false)).ToList();
        return Outcome<List<IndicatorPerson>>.Ok(people);
    }
}
