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
/// may be proposed for a shorter probation, a reduced non-custodial term or a waiver, the date the
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
                var judgmentIds = cases.Where(c => c.Case.JudgmentId != null).Select(c => c.Case.JudgmentId!.Value).Distinct().ToList();
                var judgments = await db.Judgments.AsNoTracking().Where(j => judgmentIds.Contains(j.Id))
                    .Include(j => j.AdditionalPenalties).Include(j => j.CivilObligations)
                    .ToDictionaryAsync(j => j.Id, ct);
                // Decisions already granted count towards the next shortening or reduction (once a year, the 3/4 and 1/2 floors).
                var granted = (await db.Set<EarlyTerminationProposal>().AsNoTracking()
                        .Where(x => chunk.Contains(x.CaseId) && x.Status == EarlyTerminationStatus.Granted && x.DecidedOn != null && !x.GrantedWholeRemainder)
                        .Select(x => new { x.CaseId, DecidedOn = x.DecidedOn!.Value, Months = x.GrantedMonths ?? 0 }).ToListAsync(ct))
                    .ToLookup(x => x.CaseId, x => new GrantedDecision(x.DecidedOn, x.Months));

                var batch = new List<EligibilityForecast>();
                foreach (var c in cases)
                {
                    var judgment = c.Case.JudgmentId is { } jid ? judgments.GetValueOrDefault(jid) : null;
                    foreach (var item in ForCase(c.Case, judgment, p, today, granted[c.Case.Id].OrderBy(g => g.DecidedOn).ToList()))
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
    /// The foreseeable dates of one case as of <paramref name="today"/>; nothing for a date the
    /// registry does not hold enough to compute (no judgment, no term, an unsettled civil obligation).
    /// </summary>
    public static IReadOnlyList<ForecastItem> ForCase(Case c, Judgment? j, RuleParameters p, DateOnly today,
        IReadOnlyList<GrantedDecision>? granted = null)
    {
        granted ??= [];
        var items = new List<ForecastItem>();
        // A case may open up to a month ahead; the rules are asked about a day on which it has begun.
        var asOf = c.StartOn > today ? c.StartOn : today;
        if (c.Kind == CaseKind.CommunitySentence)
        {
            switch (c.SentenceType)
            {
                // The term recorded at intake comes first; older cases fall back to the judgment's.
                case SentenceType.SuspendedSentence when (c.TermMonths ?? j?.ProbationMonths) is { } months:
                    items.AddIfNotNull(Shortening(c.StartOn, months, granted, p, asOf));
                    break;
                case SentenceType.NonCustodialReform when (c.TermMonths ?? j?.TermMonths) is { } term:
                    items.AddIfNotNull(Reduction(c.StartOn, term, c.CustodyDaysServed, granted, p, asOf));
                    break;
                case SentenceType.ResidenceBan or SentenceType.ControlledResidence:
                    items.AddIfNotNull(Waiver(c, j, p, asOf));
                    break;
            }
        }
        else if (c.Kind == CaseKind.Reintegration)
        {
            if (j is not null) items.AddIfNotNull(Expiry(c, j, p, asOf));
            items.AddIfNotNull(LoanWindow(c.StartOn, p, asOf));
        }
        return items;
    }

    // LTHAHS 2019 Điều 89: rút ngắn thời gian thử thách khi đã chấp hành 1/2 (no shortening recorded yet).
    static ForecastItem? Shortening(DateOnly start, int months, IReadOnlyList<GrantedDecision> granted, RuleParameters p, DateOnly asOf)
    {
        var input = new ShorteningInput(asOf, start, months, granted.Select(g => new PriorShortening(g.DecidedOn, g.Months)).ToList(), false);
        if (ProbationShortening.Validate(input).Any()) return null;
        var r = ProbationShortening.Evaluate(input, p);
        if (r.EligibleFrom >= r.CurrentEndsOn) return null;
        var half = p.Fraction(RuleKeys.ShortenMinServed, asOf);
        var halfOn = Periods.FractionReachedOn(start, Periods.EndAfterMonths(start, months), half);
        return new(ForecastKind.ProbationShortening, r.EligibleFrom, r.EligibleFrom == halfOn
            ? $"Đủ {half} thời gian thử thách ngày {Display.Date(r.EligibleFrom)}; có thể được đề nghị rút ngắn thời gian thử thách (LTHAHS 2019 Điều 89)."
            : $"Có thể được đề nghị rút ngắn thời gian thử thách từ ngày {Display.Date(r.EligibleFrom)} (LTHAHS 2019 Điều 89).");
    }

    // BLHS 2015 Điều 63: giảm thời hạn cải tạo không giam giữ khi đã chấp hành 1/3 (custody not recorded: 0 days).
    static ForecastItem? Reduction(DateOnly start, int term, int custodyDays, IReadOnlyList<GrantedDecision> granted, RuleParameters p, DateOnly asOf)
    {
        var input = new ReductionInput(asOf, start, term, custodyDays, granted.Select(g => new PriorReduction(g.DecidedOn, g.Months)).ToList());
        if (ReformReduction.Validate(input).Any()) return null;
        var r = ReformReduction.Evaluate(input, p);
        if (r.EligibleFrom >= r.CurrentEndsOn) return null;
        var third = p.Fraction(RuleKeys.ReformReduceMinServed, asOf);
        var thirdOn = Periods.FractionReachedOn(start, Periods.EndAfterMonths(start, term), third);
        return new(ForecastKind.ReformReduction, r.EligibleFrom, r.EligibleFrom == thirdOn
            ? $"Đủ {third} thời hạn cải tạo không giam giữ ngày {Display.Date(r.EligibleFrom)}; có thể được đề nghị giảm thời hạn chấp hành án (BLHS 2015 Điều 63)."
            : $"Có thể được đề nghị giảm thời hạn cải tạo không giam giữ từ ngày {Display.Date(r.EligibleFrom)} (BLHS 2015 Điều 63).");
    }

    // BLHS 2015 Điều 62 khoản 6: miễn chấp hành phần còn lại của cấm cư trú, quản chế khi đã chấp hành 1/2.
    static ForecastItem? Waiver(Case c, Judgment? j, RuleParameters p, DateOnly asOf)
    {
        var (penalty, additional) = c.SentenceType == SentenceType.ResidenceBan
            ? (WaivablePenalty.ResidenceBan, AdditionalPenaltyKind.ResidenceBan)
            : (WaivablePenalty.ControlledResidence, AdditionalPenaltyKind.ControlledResidence);
        var term = j?.AdditionalPenalties.FirstOrDefault(a => a.Kind == additional && a.TermMonths != null)?.TermMonths
            ?? (c.ExpectedEndOn is { } end ? WholeMonths(c.StartOn, end) : null);
        if (term is not { } months || months < 1) return null;
        var input = new WaiverInput(asOf, penalty, c.StartOn, months);
        if (PenaltyWaiver.Validate(input).Any()) return null;
        var r = PenaltyWaiver.Evaluate(input, p);
        if (r.EligibleFrom >= r.EndsOn) return null;
        var half = p.Fraction(RuleKeys.WaiverMinServed, asOf);
        var name = JudgmentText.Additional(additional).ToLowerInvariant();
        return new(ForecastKind.PenaltyWaiver, r.EligibleFrom,
            $"Đủ {half} thời hạn {name} ngày {Display.Date(r.EligibleFrom)}; có thể được đề nghị miễn chấp hành phần còn lại (BLHS 2015 Điều 62 khoản 6).");
    }

    /// <summary>
    /// A returnee's record (BLHS 2015 Điều 70–73), the judgment read by <see cref="JudgmentRecord"/> with the main penalty
    /// completed on the day the reintegration period began. An unsettled civil obligation leaves the date open, so nothing
    /// is forecast; an assumption about fault is said in the summary.
    /// </summary>
    static ForecastItem? Expiry(Case c, Judgment j, RuleParameters p, DateOnly asOf)
    {
        var (conviction, _, assumption) = JudgmentRecord.From(j, c.StartOn);
        if (conviction is null) return null;
        Conviction[] convictions = [conviction];
        if (CriminalRecordExpiry.Validate(convictions, asOf).Any()) return null;
        var r = CriminalRecordExpiry.Compute(convictions, asOf, p);
        if (!r.HasRecord || r.ClearFrom is not { } clearFrom) return null;
        var assumed = assumption is null ? "" : " " + assumption;
        return new(ForecastKind.RecordExpiry, clearFrom, r.Mode == ExpiryMode.Automatic
            ? $"Đương nhiên được xóa án tích từ ngày {Display.Date(clearFrom)} nếu không phạm tội mới (BLHS 2015 Điều 70).{assumed}"
            : $"Từ ngày {Display.Date(clearFrom)} đủ thời gian để Tòa án xem xét xóa án tích (tội thuộc Chương {PenalCodeChapters.Roman(conviction.PenalCodeChapter)} BLHS 2015, Điều 71).{assumed}");
    }

    // QĐ 22/2023/QĐ-TTg: vay vốn trong thời hạn 05 năm kể từ khi chấp hành xong án phạt tù.
    static ForecastItem? LoanWindow(DateOnly completedOn, RuleParameters p, DateOnly asOf)
    {
        var input = new LoanInput(asOf, completedOn, true, true, false);
        if (LoanEligibility.Validate(input).Any()) return null;
        var r = LoanEligibility.Evaluate(input, p);
        var years = p.Int(RuleKeys.LoanWindowYears, asOf);
        return new(ForecastKind.LoanWindowCloses, r.WindowEndsOn,
            $"Thời hạn {years} năm được vay vốn ưu đãi theo Quyết định 22/2023/QĐ-TTg kết thúc ngày {Display.Date(r.WindowEndsOn)}.");
    }

    /// <summary>Whole months from <paramref name="start"/> to <paramref name="end"/> (the term as a period of months, BLDS 2015 Điều 148).</summary>
    static int? WholeMonths(DateOnly start, DateOnly end)
    {
        var months = (end.Year - start.Year) * 12 + end.Month - start.Month;
        while (months > 0 && Periods.EndAfterMonths(start, months) > end) months--;
        return months > 0 ? months : null;
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
        ForecastKind.ReformReduction => "Xét giảm thời hạn cải tạo không giam giữ",
        ForecastKind.PenaltyWaiver => "Xét miễn chấp hành phần còn lại (cấm cư trú, quản chế)",
        ForecastKind.RecordExpiry => "Xóa án tích",
        ForecastKind.LoanWindowCloses => "Hết thời hạn vay vốn theo Quyết định 22/2023/QĐ-TTg",
        _ => k.ToString(),
    };
}
