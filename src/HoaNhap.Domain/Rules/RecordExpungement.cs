using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.Text;

namespace HoaNhap.Domain.Rules;

/// <summary>Phân loại tội phạm (BLHS 2015 Điều 9).</summary>
public enum CrimeCategory { LessSerious, Serious, VerySerious, ParticularlySerious }

/// <summary>How a criminal record is cleared: not at all (no record), by law (Điều 70) or by the court (Điều 71).</summary>
public enum ExpungementMode { None, Automatic, CourtDecision }

/// <summary>
/// One conviction as the record-expungement rule needs it. A null <paramref name="MainPenaltyCompletedOn"/>
/// means the main penalty (for a suspended sentence: the probation) is still being served; a null
/// <paramref name="AdditionalPenaltiesCompletedOn"/> or <paramref name="OtherDecisionsCompletedOn"/>
/// means there is nothing of that kind left to wait for.
/// </summary>
public sealed record Conviction(MainPenalty Penalty, int? TermMonths, int PenalCodeChapter, bool Intentional, CrimeCategory Category,
    DateOnly? MainPenaltyCompletedOn, DateOnly? AdditionalPenaltiesCompletedOn, DateOnly? OtherDecisionsCompletedOn, DateOnly JudgmentDate);

/// <summary>
/// The answer for the person. <paramref name="ClearAsOf"/> is true when there is no record at all or
/// when <paramref name="ClearFrom"/> is on or before the date asked about; in the court-decision mode
/// it means the waiting period is over and the court may be asked to clear the record.
/// </summary>
public sealed record ExpungementResult(bool HasRecord, ExpungementMode Mode, int? WaitingYears, DateOnly? PeriodEndsOn, DateOnly? ClearFrom, bool ClearAsOf, IReadOnlyList<string> Steps)
{
    /// <summary>
    /// The answer in one word. A record that only the court can clear (BLHS 2015 Điều 71) is never cleared by time: once the
    /// waiting period has passed the person may apply to the court.
    /// </summary>
    public RecordVerdict Verdict => (HasRecord, ClearFrom, ClearAsOf, Mode) switch
    {
        (false, _, _, _) => RecordVerdict.NoRecord,
        (true, null, _, _) => RecordVerdict.Undated,
        (true, _, false, _) => RecordVerdict.Waiting,
        (true, _, true, ExpungementMode.Automatic) => RecordVerdict.Cleared,
        _ => RecordVerdict.MayApplyToCourt,
    };
}

/// <summary>
/// Where a person's record stands on a day: no record; a period not yet dated (a penalty or obligation still being served);
/// waiting; cleared by law (Điều 70); the court may be asked (Điều 71); or stopped by a new offence (Điều 73 khoản 2).
/// <see cref="Unknown"/>: the registry does not hold enough to say.
/// </summary>
public enum RecordVerdict { Unknown, NoRecord, Undated, Waiting, Cleared, MayApplyToCourt, StoppedByNewOffence }

/// <summary>A returnee's record on a day, read from the case: the verdict, the date, how it clears, and the sentence that says so.</summary>
public sealed record RecordAnswer(RecordVerdict Verdict, ExpungementMode Mode, DateOnly? ClearFrom, DateOnly? NewOffenceOn, string Explanation)
{
    public int? DaysLeft(DateOnly today) => ClearFrom is { } d ? d.DayNumber - today.DayNumber : null;
}

/// <summary>
/// When a criminal record (án tích) is cleared: BLHS 2015 Điều 69–73, legal-rules §9 and "How to use
/// it in code" item 6. <see cref="Compute"/> answers for convictions as entered (the calculator);
/// <see cref="ForCase"/> for a returnee's case, the one answer that the case page, the end-of-management lists, the
/// expungement request and the almost-eligible forecast all give. Periods are counted under BLDS 2015 Điều 147–148 (<see cref="Periods"/>).
/// </summary>
public static class RecordExpungement
{
    // BLHS 2015 Điều 70 khoản 2 điểm b–d and Điều 71 khoản 2 điểm b–d: the waiting period depends on
    // whether the prison term imposed is up to 05 years, over 05 to 15 years, or over 15 years. These
    // bands define which parameter applies (RuleKeys.Expungement…UpTo5/UpTo15/Over15); the periods
    // themselves are rule parameters.
    const int FiveYearsInMonths = 5 * 12;
    const int FifteenYearsInMonths = 15 * 12;

    // BLHS 2015 Điều 70 khoản 1, Điều 71 khoản 1: crimes of Chương XIII (xâm phạm an ninh quốc gia)
    // and Chương XXVI (phá hoại hòa bình, chống loài người, tội phạm chiến tranh) are cleared only by
    // a court decision. The Code has 26 chapters.
    const int NationalSecurityChapter = 13;
    const int PeaceAndWarCrimesChapter = 26;
    const int LastChapter = 26;

    enum Band { Light, UpTo5, UpTo15, Over15 }

    public static IEnumerable<(string Field, string Message)> Validate(IReadOnlyList<Conviction> convictions, DateOnly asOf)
    {
        if (convictions.Count == 0)
        {
            yield return ("convictions", "Cần nhập ít nhất một bản án (lần bị kết án).");
            yield break;
        }

        for (var i = 0; i < convictions.Count; i++)
        {
            var c = convictions[i];
            var f = $"convictions[{i}].";
            var judged = D(c.JudgmentDate);

            if (c.PenalCodeChapter is < 1 or > LastChapter)
                yield return (f + "penalCodeChapter", "Chương của Bộ luật Hình sự 2015 phải từ Chương I đến Chương XXVI (từ 1 đến 26).");

            if (c.Penalty == MainPenalty.Imprisonment && c.TermMonths is null)
                yield return (f + "termMonths", "Cần nhập thời hạn tù (tháng) đối với hình phạt tù có thời hạn.");
            else if (c.TermMonths is <= 0)
                yield return (f + "termMonths", "Thời hạn (tháng) phải lớn hơn 0.");

            if (c.JudgmentDate > asOf)
                yield return (f + "judgmentDate", $"Ngày tuyên án ({judged}) không được sau ngày tính ({D(asOf)}).");
            if (i > 0 && c.JudgmentDate < convictions[i - 1].JudgmentDate)
                yield return (f + "judgmentDate",
                    $"Các bản án phải được nhập theo thứ tự ngày tuyên án: bản án thứ {i + 1} tuyên ngày {judged}, trước bản án thứ {i} tuyên ngày {D(convictions[i - 1].JudgmentDate)}.");

            // BLHS 2015 Điều 34: hình phạt cảnh cáo được tuyên tại phiên tòa, nên luôn có ngày chấp hành xong.
            if (c.Penalty == MainPenalty.Warning && c.MainPenaltyCompletedOn is null)
                yield return (f + "mainPenaltyCompletedOn", "Cần nhập ngày chấp hành xong hình phạt cảnh cáo (ngày bản án có hiệu lực pháp luật).");
            if (c.MainPenaltyCompletedOn is { } main && main < c.JudgmentDate)
                yield return (f + "mainPenaltyCompletedOn", $"Ngày chấp hành xong hình phạt chính ({D(main)}) không được trước ngày tuyên án ({judged}).");
            if (c.AdditionalPenaltiesCompletedOn is { } additional && additional < c.JudgmentDate)
                yield return (f + "additionalPenaltiesCompletedOn", $"Ngày chấp hành xong hình phạt bổ sung ({D(additional)}) không được trước ngày tuyên án ({judged}).");
            if (c.OtherDecisionsCompletedOn is { } other && other < c.JudgmentDate)
                yield return (f + "otherDecisionsCompletedOn", $"Ngày chấp hành xong các quyết định khác của bản án ({D(other)}) không được trước ngày tuyên án ({judged}).");
        }
    }

    /// <summary>
    /// Computes when the person is clear of every record, for convictions given in the order of
    /// their judgment dates. Call <see cref="Validate"/> first.
    /// </summary>
    public static ExpungementResult Compute(IReadOnlyList<Conviction> convictionsInOrder, DateOnly asOf, RuleParameters p)
    {
        var steps = new List<string>();
        var many = convictionsInOrder.Count > 1;
        var open = new List<Record>();
        var closed = new List<Record>();

        for (var i = 0; i < convictionsInOrder.Count; i++)
        {
            var c = convictionsInOrder[i];

            // BLHS 2015 Điều 73 khoản 2: a new crime before the record is cleared restarts its period from
            // the completion of the new main penalty. The date of the new crime is not known here, so the
            // judgment date stands for it.
            foreach (var r in open.ToList())
            {
                var end = EndOf(r, p, asOf);
                if (end is { } e && c.JudgmentDate > e)
                {
                    steps.AddRange(PeriodSteps(r, convictionsInOrder, p, asOf, summary: false));
                    steps.Add(r.UsesCourt
                        ? $"Thời hạn của án tích theo bản án thứ {r.Index + 1} kết thúc ngày {D(e)}, trước ngày tuyên bản án thứ {i + 1} ({D(c.JudgmentDate)}): từ ngày {D(e.AddDays(1))} đã đủ thời hạn để đề nghị Tòa án xóa án tích này, nên thời hạn không bị tính lại."
                        : $"Thời hạn của án tích theo bản án thứ {r.Index + 1} kết thúc ngày {D(e)}, trước ngày tuyên bản án thứ {i + 1} ({D(c.JudgmentDate)}): án tích này đã được xóa từ ngày {D(e.AddDays(1))}, nên thời hạn không bị tính lại.");
                    open.Remove(r);
                    closed.Add(r);
                    continue;
                }

                steps.Add($"Bản án thứ {i + 1} tuyên ngày {D(c.JudgmentDate)}, khi án tích theo bản án thứ {r.Index + 1} chưa được xóa"
                    + (end is { } known ? $" (thời hạn đến ngày {D(known)})" : "")
                    + $": coi là phạm tội mới trước khi được xóa án tích (tính gần đúng theo ngày tuyên án vì không có ngày thực hiện hành vi phạm tội) → thời hạn xóa án tích của bản án thứ {r.Index + 1} được tính lại từ ngày {Completion(c)} của bản án thứ {i + 1} (BLHS 2015 Điều 73 khoản 2).");
                r.RestartedBy = i;
                r.RestartedFrom = c.MainPenaltyCompletedOn;
            }

            if (!HasRecord(c))
            {
                steps.Add(Sentence(many ? $"Bản án thứ {i + 1} (tuyên ngày {D(c.JudgmentDate)})" : null,
                    $"Tội phạm do vô ý, thuộc loại tội phạm {CategoryText(c.Category)} → không bị coi là có án tích (BLHS 2015 Điều 69 khoản 2)."));
            }
            else
            {
                var court = IsCourtChapter(c.PenalCodeChapter);
                steps.Add(Sentence(many ? $"Bản án thứ {i + 1} (tuyên ngày {D(c.JudgmentDate)})" : null, court
                    ? $"Tội phạm thuộc Chương {PenalCodeChapters.Roman(c.PenalCodeChapter)} Bộ luật Hình sự 2015 → chỉ được xóa án tích theo quyết định của Tòa án (BLHS 2015 Điều 71 khoản 1)."
                    : $"Tội phạm thuộc Chương {PenalCodeChapters.Roman(c.PenalCodeChapter)} Bộ luật Hình sự 2015 → thuộc trường hợp đương nhiên được xóa án tích (BLHS 2015 Điều 70 khoản 1)."));
                open.Add(new Record(i, c, BandOf(c), court));
            }

            // BLHS 2015 Điều 73 khoản 3: records cleared by law together with records cleared by the court
            // → the court decides for the person, with the periods of Điều 71.
            if (open.Any(r => r.UsesCourt) && open.Any(r => !r.UsesCourt))
            {
                foreach (var r in open) r.UsesCourt = true;
                steps.Add("Có án tích thuộc trường hợp đương nhiên được xóa và án tích thuộc trường hợp xóa theo quyết định của Tòa án → Tòa án quyết định việc xóa án tích theo các thời hạn của Điều 71 (BLHS 2015 Điều 73 khoản 3).");
            }
        }

        foreach (var r in open) steps.AddRange(PeriodSteps(r, convictionsInOrder, p, asOf, summary: many));

        var records = closed.Concat(open).ToList();
        if (records.Count == 0)
        {
            steps.Add($"Tính đến ngày {D(asOf)}, người này không bị coi là có án tích.");
            return new ExpungementResult(false, ExpungementMode.None, null, null, null, true, steps);
        }

        var ends = records.Select(r => (Record: r, End: EndOf(r, p, asOf))).ToList();
        var pending = ends.Where(x => x.End is null).Select(x => x.Record).ToList();
        var latest = ends.Where(x => x.End is not null)
            .OrderByDescending(x => x.End).ThenByDescending(x => Years(x.Record, p, asOf)).FirstOrDefault();
        var relevant = open.Count > 0 ? open : [latest.Record];
        var mode = relevant.Any(r => r.UsesCourt) ? ExpungementMode.CourtDecision : ExpungementMode.Automatic;

        if (records.Count > 1)
            steps.Add("Người bị kết án chỉ hết án tích khi mọi án tích đều đã được xóa, nên lấy ngày kết thúc thời hạn muộn nhất (BLHS 2015 Điều 73).");

        if (pending.Count > 0)
        {
            var years = pending.Max(r => Years(r, p, asOf));
            steps.Add("Chưa xác định được ngày kết thúc thời hạn xóa án tích vì còn hình phạt chính chưa chấp hành xong (BLHS 2015 Điều 70 khoản 2, Điều 71 khoản 2).");
            steps.Add($"Tính đến ngày {D(asOf)}, người này chưa được xóa án tích.");
            return new ExpungementResult(true, mode, years, null, null, false, steps);
        }

        var periodEndsOn = latest.End!.Value;
        var clearFrom = periodEndsOn.AddDays(1);
        var clearAsOf = asOf >= clearFrom;

        if (records.Any(r => Dates(r.Conviction).Any(d => d > asOf)))
            steps.Add($"Có ngày chấp hành xong sau ngày tính ({D(asOf)}): kết quả là dự kiến, với điều kiện các ngày đó đúng như đã nhập và người bị kết án không phạm tội mới.");

        steps.Add(mode == ExpungementMode.Automatic
            ? $"Thời hạn kết thúc ngày {D(periodEndsOn)}; đương nhiên được xóa án tích từ ngày {D(clearFrom)}."
            : $"Thời hạn kết thúc ngày {D(periodEndsOn)}; từ ngày {D(clearFrom)} có thể đề nghị Tòa án quyết định xóa án tích (BLHS 2015 Điều 71).");
        steps.Add((mode, clearAsOf) switch
        {
            (ExpungementMode.Automatic, true) => $"Tính đến ngày {D(asOf)}, người này đã được xóa án tích.",
            (ExpungementMode.Automatic, false) => $"Tính đến ngày {D(asOf)}, người này chưa được xóa án tích.",
            (_, true) => $"Tính đến ngày {D(asOf)}, đã đủ thời hạn để đề nghị Tòa án xóa án tích; án tích chỉ được xóa khi có quyết định của Tòa án.",
            _ => $"Tính đến ngày {D(asOf)}, chưa đủ thời hạn để đề nghị Tòa án xóa án tích.",
        });

        return new ExpungementResult(true, mode, Years(latest.Record, p, asOf), periodEndsOn, clearFrom, clearAsOf, steps);
    }

    sealed class Record(int index, Conviction conviction, Band band, bool ownCourt)
    {
        public int Index { get; } = index;
        public Conviction Conviction { get; } = conviction;
        public Band Band { get; } = band;
        public bool UsesCourt { get; set; } = ownCourt;
        /// <summary>The later conviction that last restarted this record's period (Điều 73 khoản 2), if any.</summary>
        public int? RestartedBy { get; set; }
        public DateOnly? RestartedFrom { get; set; }
    }

    // BLHS 2015 Điều 69 khoản 2: người bị kết án do lỗi vô ý về tội phạm ít nghiêm trọng, tội phạm nghiêm
    // trọng thì không bị coi là có án tích.
    static bool HasRecord(Conviction c) =>
        c.Intentional || c.Category is not (CrimeCategory.LessSerious or CrimeCategory.Serious);

    static bool IsCourtChapter(int chapter) => chapter is NationalSecurityChapter or PeaceAndWarCrimesChapter;

    // BLHS 2015 Điều 73 khoản 1: the period depends on the main penalty imposed.
    static Band BandOf(Conviction c) => c.Penalty switch
    {
        MainPenalty.Warning or MainPenalty.Fine or MainPenalty.NonCustodialReform or MainPenalty.SuspendedSentence => Band.Light,
        MainPenalty.Imprisonment => c.TermMonths switch
        {
            null => throw new ArgumentException("Hình phạt tù có thời hạn cần có thời hạn (tháng); hãy gọi Validate trước.", nameof(c)),
            <= FiveYearsInMonths => Band.UpTo5,
            <= FifteenYearsInMonths => Band.UpTo15,
            _ => Band.Over15,
        },
        _ => Band.Over15,
    };

    static int Years(Record r, RuleParameters p, DateOnly asOf) => p.Int(Key(r.Band, r.UsesCourt), asOf);

    static string Key(Band band, bool court) => (band, court) switch
    {
        (Band.Light, false) => RuleKeys.ExpungementAutomaticLight,   // BLHS 2015 Điều 70 khoản 2 điểm a
        (Band.UpTo5, false) => RuleKeys.ExpungementAutomaticUpTo5,   // BLHS 2015 Điều 70 khoản 2 điểm b
        (Band.UpTo15, false) => RuleKeys.ExpungementAutomaticUpTo15, // BLHS 2015 Điều 70 khoản 2 điểm c
        (Band.Over15, false) => RuleKeys.ExpungementAutomaticOver15, // BLHS 2015 Điều 70 khoản 2 điểm d
        (Band.Light, true) => RuleKeys.ExpungementCourtLight,        // BLHS 2015 Điều 71 khoản 2 điểm a
        (Band.UpTo5, true) => RuleKeys.ExpungementCourtUpTo5,        // BLHS 2015 Điều 71 khoản 2 điểm b
        (Band.UpTo15, true) => RuleKeys.ExpungementCourtUpTo15,      // BLHS 2015 Điều 71 khoản 2 điểm c
        _ => RuleKeys.ExpungementCourtOver15,                        // BLHS 2015 Điều 71 khoản 2 điểm d
    };

    static string Point(Band band) => band switch { Band.Light => "a", Band.UpTo5 => "b", Band.UpTo15 => "c", _ => "d" };

    /// <summary>
    /// The day the period starts from: completion of the record's own main penalty, or, once a new crime
    /// restarted it, completion of the new main penalty (never before the record's own completion).
    /// </summary>
    static DateOnly? StartOf(Record r)
    {
        if (r.Conviction.MainPenaltyCompletedOn is not { } own) return null;
        if (r.RestartedBy is null) return own;
        return r.RestartedFrom is { } again ? (again > own ? again : own) : null;
    }

    /// <summary>
    /// The later of (start + N years) and the completion of the additional penalties and of the other
    /// decisions (BLHS 2015 Điều 70 khoản 2–3, Điều 71 khoản 2–3); null while a main penalty is served.
    /// </summary>
    static DateOnly? EndOf(Record r, RuleParameters p, DateOnly asOf)
    {
        if (StartOf(r) is not { } start) return null;
        var end = Periods.EndAfterYears(start, Years(r, p, asOf));
        if (r.Conviction.AdditionalPenaltiesCompletedOn is { } a && a > end) end = a;
        if (r.Conviction.OtherDecisionsCompletedOn is { } o && o > end) end = o;
        return end;
    }

    static IEnumerable<string> PeriodSteps(Record r, IReadOnlyList<Conviction> convictions, RuleParameters p, DateOnly asOf, bool summary)
    {
        var c = r.Conviction;
        var many = convictions.Count > 1;
        var who = many ? $"Bản án thứ {r.Index + 1}" : null;
        var years = Years(r, p, asOf);
        var article = r.UsesCourt ? "Điều 71" : "Điều 70";

        yield return Sentence(who, $"Hình phạt chính: {PenaltyText(c)} → thời hạn {years} năm (BLHS 2015 {article} khoản 2 điểm {Point(r.Band)}).");

        if (c.MainPenaltyCompletedOn is not { } own)
        {
            yield return Sentence(who, c.Penalty == MainPenalty.SuspendedSentence
                ? "Chưa có ngày kết thúc thời gian thử thách của án treo (người bị kết án đang chấp hành án) → chưa bắt đầu tính thời hạn xóa án tích (BLHS 2015 Điều 70 khoản 2, Điều 71 khoản 2)."
                : "Chưa có ngày chấp hành xong hình phạt chính (người bị kết án đang chấp hành án) → chưa bắt đầu tính thời hạn xóa án tích (BLHS 2015 Điều 70 khoản 2, Điều 71 khoản 2).");
            yield break;
        }

        var start = StartOf(r);
        if (r.RestartedBy is { } by)
        {
            var later = Completion(convictions[by]);
            if (start is not { } restart)
            {
                yield return Sentence(who, $"Thời hạn xóa án tích chưa bắt đầu được tính lại vì bản án thứ {by + 1} chưa có ngày {later}, người bị kết án đang chấp hành án (BLHS 2015 Điều 73 khoản 2).");
                yield break;
            }
            yield return Sentence(who, restart == r.RestartedFrom
                ? $"Thời hạn tính lại từ ngày {later} của bản án thứ {by + 1} ({D(restart)}) → {years} năm kết thúc ngày {D(Periods.EndAfterYears(restart, years))} (BLHS 2015 Điều 73 khoản 2; BLDS 2015 Điều 147, 148)."
                : $"Thời hạn tính lại từ ngày {Completion(c)} của chính bản án này ({D(restart)}), vì ngày này muộn hơn ngày {later} của bản án thứ {by + 1} → {years} năm kết thúc ngày {D(Periods.EndAfterYears(restart, years))} (BLHS 2015 Điều 73 khoản 2; BLDS 2015 Điều 147, 148).");
        }
        else
        {
            yield return Sentence(who, c.Penalty == MainPenalty.SuspendedSentence
                ? $"Hết thời gian thử thách của án treo ngày {D(own)} → {years} năm tính từ ngày hôm sau, kết thúc ngày {D(Periods.EndAfterYears(own, years))} (BLDS 2015 Điều 147, 148)."
                : $"Chấp hành xong hình phạt chính ngày {D(own)} → {years} năm tính từ ngày hôm sau, kết thúc ngày {D(Periods.EndAfterYears(own, years))} (BLDS 2015 Điều 147, 148).");
        }

        var end = Periods.EndAfterYears(start!.Value, years);
        if (c.AdditionalPenaltiesCompletedOn is { } a)
        {
            yield return Sentence(who, a > end
                ? $"Hình phạt bổ sung chấp hành xong ngày {D(a)}, sau ngày {D(end)} → thời hạn xóa án tích hết vào ngày chấp hành xong hình phạt bổ sung (BLHS 2015 {article} khoản 3)."
                : $"Hình phạt bổ sung đã chấp hành xong ngày {D(a)}, không sau ngày {D(end)} (BLHS 2015 {article} khoản 2).");
            if (a > end) end = a;
        }
        if (c.OtherDecisionsCompletedOn is { } o)
        {
            yield return Sentence(who, o > end
                ? $"Các quyết định khác của bản án (nghĩa vụ dân sự, án phí) chấp hành xong ngày {D(o)}, sau ngày {D(end)} → thời hạn chỉ kết thúc khi đã chấp hành xong các quyết định này (BLHS 2015 {article} khoản 2)."
                : $"Các quyết định khác của bản án (nghĩa vụ dân sự, án phí) đã chấp hành xong ngày {D(o)}, không sau ngày {D(end)} (BLHS 2015 {article} khoản 2).");
            if (o > end) end = o;
        }
        if (summary) yield return $"Thời hạn xóa án tích theo bản án thứ {r.Index + 1} kết thúc ngày {D(end)}.";
    }

    /// <summary>What "completed" means for the main penalty: the end of probation for a suspended sentence (Điều 70 khoản 2).</summary>
    static string Completion(Conviction c) =>
        c.Penalty == MainPenalty.SuspendedSentence ? "hết thời gian thử thách án treo" : "chấp hành xong hình phạt chính";

    static IEnumerable<DateOnly> Dates(Conviction c) =>
        new[] { c.MainPenaltyCompletedOn, c.AdditionalPenaltiesCompletedOn, c.OtherDecisionsCompletedOn }.OfType<DateOnly>();

    static string PenaltyText(Conviction c) => c.Penalty switch
    {
        MainPenalty.Warning => "cảnh cáo",
        MainPenalty.Fine => "phạt tiền",
        MainPenalty.NonCustodialReform => c.TermMonths is { } m ? $"cải tạo không giam giữ {m} tháng" : "cải tạo không giam giữ",
        MainPenalty.SuspendedSentence => c.TermMonths is { } m ? $"tù {m} tháng cho hưởng án treo" : "tù cho hưởng án treo",
        MainPenalty.Imprisonment => c.TermMonths switch
        {
            <= FiveYearsInMonths => $"tù {c.TermMonths} tháng (không quá {FiveYearsInMonths / 12} năm)",
            <= FifteenYearsInMonths => $"tù {c.TermMonths} tháng (trên {FiveYearsInMonths / 12} năm đến {FifteenYearsInMonths / 12} năm)",
            _ => $"tù {c.TermMonths} tháng (trên {FifteenYearsInMonths / 12} năm)",
        },
        MainPenalty.LifeImprisonment => "tù chung thân",
        MainPenalty.DeathCommuted => "tử hình được ân giảm",
        _ => JudgmentText.Penalty(c.Penalty).ToLowerInvariant(),
    };

    static string CategoryText(CrimeCategory category) => category switch
    {
        CrimeCategory.LessSerious => "ít nghiêm trọng",
        CrimeCategory.Serious => "nghiêm trọng",
        CrimeCategory.VerySerious => "rất nghiêm trọng",
        _ => "đặc biệt nghiêm trọng",
    };

    /// <summary>A step about one judgment: "Bản án thứ 2, hình phạt chính: …" or, with a single judgment, the text as it is.</summary>
    static string Sentence(string? who, string text) =>
        who is null ? text : $"{who}, {char.ToLowerInvariant(text[0])}{text[1..]}";

    static string D(DateOnly d) => VietnameseDate.Format(d);

    // ---- a returnee's case ---------------------------------------------------------------

    /// <summary>
    /// The record of a returnee read from <see cref="CaseFacts"/>: the judgment is read by <see cref="JudgmentRecord"/> with the
    /// main penalty completed on <see cref="CaseFacts.CompletedOn"/>; a new offence committed before the record would clear
    /// stops it (Điều 73 khoản 2).
    /// </summary>
    public static RecordAnswer ForCase(CaseFacts f, DateOnly asOf, RuleParameters p)
    {
        static RecordAnswer Unknown(string why) => new(RecordVerdict.Unknown, ExpungementMode.None, null, null, why);
        if (f.Kind != CaseKind.Reintegration || f.CompletedOn is not { } completedOn) return Unknown("Hồ sơ này không phải hồ sơ tái hòa nhập cộng đồng.");
        if (f.Judgment is not { } j) return Unknown("Chưa có bản án trong sổ quản lý: chưa tính được ngày xóa án tích.");
        var (conviction, problem, assumption) = JudgmentRecord.From(j, completedOn);
        if (conviction is null) return Unknown(problem!);
        Conviction[] convictions = [conviction];
        if (Validate(convictions, asOf).FirstOrDefault() is { Message: { } invalid }) return Unknown(invalid);
        var r = Compute(convictions, asOf, p);
        if (!r.HasRecord)
            return new(RecordVerdict.NoRecord, ExpungementMode.None, null, null,
                "Theo bản án (lỗi vô ý, tội phạm ít nghiêm trọng hoặc nghiêm trọng), người này không bị coi là có án tích (BLHS 2015 Điều 69 khoản 2).");
        if (r.ClearFrom is not { } clearFrom)
            return new(RecordVerdict.Undated, r.Mode, null, null, "Chưa xác định được ngày xóa án tích vì còn hình phạt chưa chấp hành xong (BLHS 2015 Điều 70 khoản 2).");
        if (f.NewOffences.Where(d => d < clearFrom).Select(d => (DateOnly?)d).FirstOrDefault() is { } offence)
            return new(RecordVerdict.StoppedByNewOffence, r.Mode, null, offence,
                $"Phạm tội mới ngày {D(offence)}, trước ngày {D(clearFrom)} được xóa án tích theo bản án cũ: chưa được xóa án tích; "
                + "thời hạn được tính lại từ khi chấp hành xong hình phạt chính của bản án mới (BLHS 2015 Điều 70 khoản 2, Điều 73 khoản 2).");
        var assumed = assumption is null ? "" : " " + assumption;
        return new(r.Verdict, r.Mode, clearFrom, null, r.Mode == ExpungementMode.Automatic
            ? $"Đương nhiên được xóa án tích từ ngày {D(clearFrom)} nếu không phạm tội mới (BLHS 2015 Điều 70): hướng dẫn người này đề nghị cấp Phiếu lý lịch tư pháp.{assumed}"
            // BLHS 2015 Điều 71: time alone never clears this record; it only opens the right to ask the court.
            : $"Từ ngày {D(clearFrom)} đủ thời gian để đề nghị Tòa án xóa án tích (Chương {PenalCodeChapters.Roman(conviction.PenalCodeChapter)} BLHS 2015, Điều 71): "
              + $"án tích chỉ được xóa khi có quyết định của Tòa án; lập đơn kèm nhận xét của UBND xã.{assumed}");
    }
}
