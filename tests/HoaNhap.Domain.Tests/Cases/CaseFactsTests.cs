using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests.Cases;

/// <summary>
/// The one reading of a case (<see cref="CaseFacts"/>) and the answers drawn from it: the term, the day a returnee completed the
/// sentence, the record (<see cref="RecordExpungement"/>) and the loan window, on worked cases.
/// </summary>
public sealed class CaseFactsTests
{
    static readonly RuleParameters P = RuleParameters.Defaults;
    static DateOnly D(int y, int m, int d) => new(y, m, d);

    static Judgment Prison(string offence, int months, bool intentional = true, CrimeCategory category = CrimeCategory.Serious) => new()
    {
        Number = "1/2019/HS-ST", JudgmentDate = D(2019, 3, 10), EffectiveOn = D(2019, 4, 10), Offences = [offence],
        MainPenalty = MainPenalty.Imprisonment, TermMonths = months, Intentional = intentional, Category = category,
    };

    static Case Returnee(DateOnly start, Guid? previous = null) =>
        new() { Kind = CaseKind.Reintegration, ReleaseKind = ReleaseKind.SentenceCompleted, StartOn = start, PreviousCaseId = previous };

    [Fact]
    public void The_term_recorded_at_intake_wins_then_the_judgments_for_the_sentence_type_then_the_expected_end_of_a_ban()
    {
        var judgment = new Judgment { MainPenalty = MainPenalty.SuspendedSentence, TermMonths = 12, ProbationMonths = 24 };
        var suspended = new Case { Kind = CaseKind.CommunitySentence, SentenceType = SentenceType.SuspendedSentence, StartOn = D(2026, 1, 10) };
        Assert.Equal(24, CaseFacts.Read(suspended, judgment).TermMonths);
        suspended.TermMonths = 18;
        Assert.Equal(18, CaseFacts.Read(suspended, judgment).TermMonths);

        var reform = new Case { Kind = CaseKind.CommunitySentence, SentenceType = SentenceType.NonCustodialReform, StartOn = D(2026, 1, 10) };
        Assert.Equal(12, CaseFacts.Read(reform, judgment).TermMonths);
        Assert.Null(CaseFacts.Read(reform, null).TermMonths);

        var ban = new Case { Kind = CaseKind.CommunitySentence, SentenceType = SentenceType.ResidenceBan, StartOn = D(2026, 1, 10), ExpectedEndOn = D(2028, 1, 10) };
        Assert.Equal(24, CaseFacts.Read(ban, null).TermMonths);
        var banJudgment = new Judgment { AdditionalPenalties = [new AdditionalPenalty { Kind = AdditionalPenaltyKind.ResidenceBan, TermMonths = 36 }] };
        Assert.Equal(36, CaseFacts.Read(ban, banJudgment).TermMonths);
    }

    [Fact]
    public void A_returnee_completed_the_sentence_on_the_release_day_recorded_else_the_day_before_a_period_that_follows_a_case_here()
    {
        Assert.Equal(D(2025, 3, 14), CaseFacts.Read(Returnee(D(2025, 3, 15)), null, releasedOn: D(2025, 3, 14)).CompletedOn);
        Assert.Equal(D(2025, 3, 15), CaseFacts.Read(Returnee(D(2025, 3, 15)), null).CompletedOn);
        // After conditional early release served here, reintegration began the day after the probation ended.
        Assert.Equal(D(2025, 3, 14), CaseFacts.Read(Returnee(D(2025, 3, 15), previous: Guid.NewGuid()), null).CompletedOn);
        Assert.Null(CaseFacts.Read(new Case { Kind = CaseKind.CommunitySentence, StartOn = D(2025, 3, 15) }, null).CompletedOn);
    }

    [Fact]
    public void The_record_and_the_loan_window_run_from_the_same_completion_day()
    {
        // 36 months for theft, completed 14/03/2025: cleared by law after 02 years (BLHS 2015 Điều 70 khoản 2 điểm b);
        // loans within 05 years (QĐ 22/2023/QĐ-TTg).
        var f = CaseFacts.Read(Returnee(D(2025, 3, 15), previous: Guid.NewGuid()), Prison("Điều 173", 36));
        var r = RecordExpungement.ForCase(f, D(2026, 12, 7), P);
        Assert.Equal(RecordVerdict.Waiting, r.Verdict);
        Assert.Equal(D(2027, 3, 15), r.ClearFrom);
        Assert.Equal(D(2030, 3, 14), LoanEligibility.WindowEndsOn(f, D(2026, 12, 7), P));
        Assert.Equal(RecordVerdict.Cleared, RecordExpungement.ForCase(f, D(2027, 3, 15), P).Verdict);
    }

    [Fact]
    public void A_record_only_the_court_can_clear_is_never_cleared_by_time_only_open_to_a_request()
    {
        // Điều 117 (Chương XIII): court decision only, 03 years after a prison term up to 05 years (BLHS 2015 Điều 71 khoản 2 điểm b).
        var f = CaseFacts.Read(Returnee(D(2022, 1, 10)), Prison("Điều 117", 36, category: CrimeCategory.VerySerious));
        var r = RecordExpungement.ForCase(f, D(2030, 1, 1), P);
        Assert.Equal(RecordVerdict.MayApplyToCourt, r.Verdict);
        Assert.Equal(ExpungementMode.CourtDecision, r.Mode);
        Assert.Equal(D(2025, 1, 11), r.ClearFrom);
        Assert.Contains("Từ ngày 11/01/2025 đủ thời gian để đề nghị Tòa án xóa án tích", r.Explanation);
        Assert.Contains("án tích chỉ được xóa khi có quyết định của Tòa án", r.Explanation);
        Assert.Equal(RecordVerdict.Waiting, RecordExpungement.ForCase(f, D(2025, 1, 10), P).Verdict);
    }

    [Fact]
    public void A_new_offence_before_the_record_clears_stops_it_and_one_after_does_not()
    {
        var c = Returnee(D(2025, 3, 15));
        var j = Prison("Điều 173", 36);
        var stopped = RecordExpungement.ForCase(CaseFacts.Read(c, j, newOffences: [D(2026, 6, 1)]), D(2026, 12, 7), P);
        Assert.Equal(RecordVerdict.StoppedByNewOffence, stopped.Verdict);
        Assert.Null(stopped.ClearFrom);
        Assert.Equal(D(2026, 6, 1), stopped.NewOffenceOn);
        Assert.StartsWith("Phạm tội mới ngày 01/06/2026, trước ngày 16/03/2027", stopped.Explanation);

        var later = RecordExpungement.ForCase(CaseFacts.Read(c, j, newOffences: [D(2027, 4, 1)]), D(2027, 5, 1), P);
        Assert.Equal(RecordVerdict.Cleared, later.Verdict);
        Assert.Equal(D(2027, 3, 16), later.ClearFrom);
    }

    [Fact]
    public void Without_a_judgment_or_with_an_unsettled_obligation_the_record_is_unknown()
    {
        Assert.Equal(RecordVerdict.Unknown, RecordExpungement.ForCase(CaseFacts.Read(Returnee(D(2025, 3, 15)), null), D(2026, 12, 7), P).Verdict);
        var owing = Prison("Điều 173", 36);
        owing.CivilObligations = [new CivilObligation { Kind = CivilObligationKind.CourtFee, Amount = 200_000 }];
        var r = RecordExpungement.ForCase(CaseFacts.Read(Returnee(D(2025, 3, 15)), owing), D(2026, 12, 7), P);
        Assert.Equal(RecordVerdict.Unknown, r.Verdict);
        Assert.Contains("nghĩa vụ dân sự", r.Explanation);
    }
}
