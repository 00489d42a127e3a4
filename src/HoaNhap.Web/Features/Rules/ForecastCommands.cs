using HoaNhap.Data;
using HoaNhap.Data.Rules;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Rules;

/// <summary>What one computation of the forecasts did.</summary>
public sealed record ForecastRun(DateOnly ComputedOn, string ParametersVersion, int Cases, int Rows);

/// <summary>One foreseen date of a case, before it is stored.</summary>
public sealed record ForecastItem(ForecastKind Kind, DateOnly On, string Summary);

/// <summary>
/// The daily "almost eligible" computation: for every open case, the date from which the person
/// may be proposed for a shorter probation, a reduced non-custodial term or a remission, the date the
/// criminal record clears, and the date the loan window of QĐ 22/2023/QĐ-TTg closes. The rules
/// are the pure ones of HoaNhap.Domain.Rules; this file reads the registry in batches and stores
/// the answers.
/// </summary>
public static class ForecastCommands
{
    public const int BatchSize = 500;

    // One computation at a time in this process; PostgreSQL adds an advisory lock across processes.
    static readonly SemaphoreSlim Running = new(1, 1);
    const long AdvisoryLock = 48151624;

    /// <summary>Replaces every forecast row with the answers as of <paramref name="today"/>.</summary>
    public static Task<ForecastRun> ComputeAsync(HoaNhapDbContext db, RuleParameters p, DateOnly today, CancellationToken ct) =>
        ComputeAsync(db, p, today, provinceCode: null, ct);

    /// <summary>
    /// Replaces the forecast rows of the people of one province (or of everyone when
    /// <paramref name="provinceCode"/> is null), in one transaction: readers see the old list until
    /// the new one is complete.
    /// </summary>
    public static async Task<ForecastRun> ComputeAsync(HoaNhapDbContext db, RuleParameters p, DateOnly today, string? provinceCode, CancellationToken ct)
    {
        var version = p.VersionAsOf(today);
        await Running.WaitAsync(ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (db.Database.IsNpgsql())
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AdvisoryLock})", ct);

            await db.EligibilityForecasts.Where(f => provinceCode == null || f.ProvinceCode == provinceCode).ExecuteDeleteAsync(ct);

            var open = db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Active || c.Status == CaseStatus.Intake);
            if (provinceCode is not null)
                open = open.Where(c => db.People.Any(x => x.Id == c.PersonId && x.ProvinceCode == provinceCode));
            var ids = await open.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);

            var rows = 0;
            foreach (var chunk in ids.Chunk(BatchSize))
            {
                var cases = await db.Cases.AsNoTracking().Where(c => chunk.Contains(c.Id))
                    .Join(db.People, c => c.PersonId, x => x.Id, (c, x) => new { Case = c, x.ProvinceCode, x.CommuneCode })
                    .ToListAsync(ct);
                var facts = await CaseFactsReader.ReadManyAsync(db, cases.Select(c => c.Case).ToList(), ct);

                var batch = new List<EligibilityForecast>();
                foreach (var c in cases)
                {
                    foreach (var item in ForCase(facts[c.Case.Id], p, today))
                    {
                        batch.Add(new EligibilityForecast
                        {
                            PersonId = c.Case.PersonId, CaseId = c.Case.Id, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
                            Kind = item.Kind, On = item.On, Summary = Cut(item.Summary, 500), ComputedOn = today, ParametersVersion = version,
                        });
                        rows++;
                    }
                }
                await BulkInsert.InsertAsync(db, batch, ct);
                db.ChangeTracker.Clear();
            }
            await tx.CommitAsync(ct);
            return new ForecastRun(today, version, ids.Count, rows);
        }
        finally
        {
            db.ChangeTracker.Clear();
            Running.Release();
        }
    }

    /// <summary>
    /// The foreseeable dates of one case as of <paramref name="today"/>, from the same functions as the case page and the
    /// proposal (<see cref="EarlyTerminationRules"/>, <see cref="RecordExpungement"/>, <see cref="LoanEligibility"/>) on the
    /// same reading of the case; nothing for a date the registry does not hold enough to compute (no judgment, no term, an
    /// unsettled civil obligation, a new offence that stopped the record).
    /// </summary>
    public static IReadOnlyList<ForecastItem> ForCase(CaseFacts f, RuleParameters p, DateOnly today)
    {
        var items = new List<ForecastItem>();
        // A case may open up to a month ahead; the rules are asked about a day on which it has begun.
        var asOf = f.StartOn > today ? f.StartOn : today;
        if (f.Kind == CaseKind.CommunitySentence)
            items.AddIfNotNull(EarlyEnd(f, p, asOf));
        else if (f.Kind == CaseKind.Reintegration)
        {
            items.AddIfNotNull(Record(f, p, asOf));
            items.AddIfNotNull(LoanWindow(f, p, asOf));
        }
        return items;
    }

    // LTHAHS 2019 Điều 89 (án treo), BLHS 2015 Điều 66 khoản 4 (tha tù trước thời hạn có điều kiện), Điều 63 (cải tạo không
    // giam giữ), Điều 62 khoản 6 (cấm cư trú, quản chế): the first day a proposal would be accepted, while the term still runs.
    static ForecastItem? EarlyEnd(CaseFacts f, RuleParameters p, DateOnly asOf)
    {
        if (EarlyTerminationRules.Evaluate(f, false, asOf, p) is not { } r || r.EligibleFrom >= r.CurrentEndsOn) return null;
        var on = Display.Date(r.EligibleFrom);
        switch (f.SentenceType)
        {
            case SentenceType.SuspendedSentence:
            {
                var half = p.Fraction(RuleKeys.ShortenMinServed, asOf);
                var halfOn = Periods.FractionReachedOn(f.StartOn, Periods.EndAfterMonths(f.StartOn, f.TermMonths!.Value), half);
                return new(ForecastKind.ProbationShortening, r.EligibleFrom, r.EligibleFrom == halfOn
                    ? $"Đủ {half} thời gian thử thách ngày {on}; có thể được đề nghị rút ngắn thời gian thử thách (LTHAHS 2019 Điều 89)."
                    : $"Có thể được đề nghị rút ngắn thời gian thử thách từ ngày {on} (LTHAHS 2019 Điều 89).");
            }
            case SentenceType.ConditionalEarlyRelease:
                return new(ForecastKind.ProbationShortening, r.EligibleFrom,
                    $"Người được tha tù trước thời hạn có điều kiện có thể được đề nghị rút ngắn thời gian thử thách từ ngày {on} (BLHS 2015 Điều 66 khoản 4).");
            case SentenceType.NonCustodialReform:
            {
                var third = p.Fraction(RuleKeys.ReformReduceMinServed, asOf);
                var thirdOn = Periods.FractionReachedOn(f.StartOn, Periods.EndAfterMonths(f.StartOn, f.TermMonths!.Value), third);
                return new(ForecastKind.SentenceReduction, r.EligibleFrom, r.EligibleFrom == thirdOn
                    ? $"Đủ {third} thời hạn cải tạo không giam giữ ngày {on}; có thể được đề nghị giảm thời hạn chấp hành án (BLHS 2015 Điều 63)."
                    : $"Có thể được đề nghị giảm thời hạn cải tạo không giam giữ từ ngày {on} (BLHS 2015 Điều 63).");
            }
            case SentenceType.ResidenceBan or SentenceType.ControlledResidence:
            {
                var half = p.Fraction(RuleKeys.RemissionMinServed, asOf);
                var name = JudgmentText.Additional(f.SentenceType == SentenceType.ResidenceBan
                    ? AdditionalPenaltyKind.ResidenceBan : AdditionalPenaltyKind.ControlledResidence).ToLowerInvariant();
                return new(ForecastKind.SentenceRemission, r.EligibleFrom,
                    $"Đủ {half} thời hạn {name} ngày {on}; có thể được đề nghị miễn chấp hành phần còn lại (BLHS 2015 Điều 62 khoản 6).");
            }
            default:
                return null;
        }
    }

    /// <summary>A returnee's record (BLHS 2015 Điều 70–73): the date it clears, or from which the court may be asked.</summary>
    static ForecastItem? Record(CaseFacts f, RuleParameters p, DateOnly asOf) =>
        RecordExpungement.ForCase(f, asOf, p) is { ClearFrom: { } clearFrom } r ? new(ForecastKind.RecordExpungement, clearFrom, r.Explanation) : null;

    // QĐ 22/2023/QĐ-TTg: vay vốn trong thời hạn 05 năm kể từ khi chấp hành xong án phạt tù.
    static ForecastItem? LoanWindow(CaseFacts f, RuleParameters p, DateOnly asOf)
    {
        if (LoanEligibility.WindowEndsOn(f, asOf, p) is not { } ends) return null;
        var years = p.Int(RuleKeys.LoanWindowYears, asOf);
        return new(ForecastKind.LoanWindowCloses, ends,
            $"Thời hạn {years} năm được vay vốn ưu đãi theo Quyết định 22/2023/QĐ-TTg kết thúc ngày {Display.Date(ends)}.");
    }

    static string Cut(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    static void AddIfNotNull(this List<ForecastItem> items, ForecastItem? item)
    {
        if (item is not null) items.Add(item);
    }
}

/// <summary>The Vietnamese names of the forecasts, kept in one place.</summary>
public static class ForecastText
{
    public static string Kind(ForecastKind k) => k switch
    {
        ForecastKind.ProbationShortening => "Xét rút ngắn thời gian thử thách (án treo)",
        ForecastKind.SentenceReduction => "Xét giảm thời hạn cải tạo không giam giữ",
        ForecastKind.SentenceRemission => "Xét miễn chấp hành phần còn lại (cấm cư trú, quản chế)",
        ForecastKind.RecordExpungement => "Xóa án tích",
        ForecastKind.LoanWindowCloses => "Hết thời hạn vay vốn theo Quyết định 22/2023/QĐ-TTg",
        _ => k.ToString(),
    };
}
