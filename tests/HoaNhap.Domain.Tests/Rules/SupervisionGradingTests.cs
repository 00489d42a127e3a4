using System.Globalization;
using HoaNhap.Domain.Prevention;
using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests.Rules;

/// <summary>
/// Worked cases for supervision grading (issue 19, part 1) with the values the system proposes (GradingDefaults: look back 6 months;
/// strict from 1 breach, 1 poor assessment or 2 signs; relaxed from half the term; 3 months before loosening; contact every 7 / 30 / 60
/// days). The law fixes none of them (LTHAHS 2019 Điều 86 gives the duty of supervision, not the grades).
/// </summary>
public class SupervisionGradingTests
{
    static DateOnly D(string ddMMyyyy) => DateOnly.ParseExact(ddMMyyyy, "dd/MM/yyyy", CultureInfo.InvariantCulture);
    static readonly RuleParameters P = RuleParameters.Defaults;
    static readonly DateOnly Start = D("01/01/2026");
    static readonly DateOnly End = D("01/01/2028");   // a two-year term of 730 days: half served on 01/01/2027

    static GradingFacts Facts(string asOf, GradeEvent[]? events = null, GradeDecisionFact[]? decisions = null) =>
        new(Start, End, D(asOf), events ?? [], decisions ?? []);

    static GradeEvent Breach(string on) => new(GradeEventKind.Breach, D(on), $"Vi phạm ngày {on}");
    static GradeEvent Sign(string on) => new(GradeEventKind.ViolationSign, D(on), $"Dấu hiệu vi phạm ngày {on}");
    static GradeEvent Poor(string on) => new(GradeEventKind.PoorAssessment, D(on), $"Nhận xét “Kém” ngày {on}");

    [Fact]
    public void A_case_starts_normal_with_a_contact_every_30_days_and_its_reason()
    {
        var a = SupervisionGrading.Assess(Facts("01/03/2026"), P);
        Assert.Equal(SupervisionGrade.Normal, a.Grade);
        Assert.Equal("Quản lý thông thường", a.Name);
        Assert.Equal(30, a.ContactIntervalDays);
        Assert.Equal(Start, a.Since);
        Assert.Contains("Mức ban đầu", a.Reasons[0]);
        Assert.Empty(a.History);
    }

    [Fact]
    public void One_breach_tightens_at_once_on_its_day_and_waits_for_review()
    {
        var a = SupervisionGrading.Assess(Facts("10/03/2026", [Breach("10/03/2026")]), P);
        Assert.Equal(SupervisionGrade.Strict, a.Grade);
        Assert.Equal(7, a.ContactIntervalDays);
        Assert.Equal(D("10/03/2026"), a.Since);
        var change = Assert.Single(a.History);
        Assert.True(change.Automatic);
        Assert.Equal(SupervisionGrade.Normal, change.From);
        Assert.Contains("1 vi phạm trong 6 tháng gần nhất", change.Because);
        Assert.Equal(change, a.AwaitingReview);
        Assert.Contains("Hệ thống tự chuyển", a.Reasons[0]);
    }

    [Fact]
    public void One_sign_counts_but_does_not_tighten_the_second_within_six_months_does()
    {
        var one = SupervisionGrading.Assess(Facts("05/02/2026", [Sign("05/02/2026")]), P);
        Assert.Equal(SupervisionGrade.Normal, one.Grade);
        Assert.Contains(one.Reasons, r => r.Contains("1 dấu hiệu vi phạm trong 6 tháng gần nhất, chưa đến ngưỡng"));

        var two = SupervisionGrading.Assess(Facts("20/04/2026", [Sign("05/02/2026"), Sign("20/04/2026")]), P);
        Assert.Equal(SupervisionGrade.Strict, two.Grade);
        Assert.Equal(D("20/04/2026"), two.Since);

        // Seven months apart: the first has left the window.
        var apart = SupervisionGrading.Assess(Facts("05/09/2026", [Sign("05/02/2026"), Sign("05/09/2026")]), P);
        Assert.Equal(SupervisionGrade.Normal, apart.Grade);
    }

    [Fact]
    public void A_poor_assessment_tightens_too()
    {
        var a = SupervisionGrading.Assess(Facts("31/03/2026", [Poor("31/03/2026")]), P);
        Assert.Equal(SupervisionGrade.Strict, a.Grade);
        Assert.Contains("nhận xét “Kém”", a.History[0].Because);
    }

    [Fact]
    public void Loosening_waits_for_three_months_held_and_for_the_breach_to_leave_the_window()
    {
        var facts = Facts("10/03/2026", [Breach("10/03/2026")]);
        // Three months held is not enough while the breach is within six months.
        Assert.Contains("Chỉ được giảm mức", SupervisionGrading.Refuse(facts, SupervisionGrade.Normal, D("01/05/2026"), P));
        Assert.Contains("Chưa được giảm mức: 1 vi phạm", SupervisionGrading.Refuse(facts, SupervisionGrade.Normal, D("10/07/2026"), P));
        Assert.Null(SupervisionGrading.Refuse(facts, SupervisionGrade.Normal, D("10/09/2026"), P));
        Assert.Equal(D("10/09/2026"), SupervisionGrading.Assess(facts, P).LoosenFrom);
        // Tightening or keeping needs no wait.
        Assert.Null(SupervisionGrading.Refuse(facts, SupervisionGrade.Strict, D("11/03/2026"), P));
    }

    [Fact]
    public void An_officers_decision_loosens_and_clears_the_review_the_grade_does_not_loosen_by_itself()
    {
        var events = new[] { Breach("10/03/2026") };
        var alone = SupervisionGrading.Assess(Facts("01/12/2026", events), P);
        Assert.Equal(SupervisionGrade.Strict, alone.Grade);   // nine months on, still strict: loosening is a decision

        var decided = SupervisionGrading.Assess(Facts("01/12/2026", events, [new(SupervisionGrade.Normal, D("15/09/2026"), "Chấp hành tốt 6 tháng")]), P);
        Assert.Equal(SupervisionGrade.Normal, decided.Grade);
        Assert.Equal(D("15/09/2026"), decided.Since);
        Assert.Null(decided.AwaitingReview);
        Assert.Equal(2, decided.History.Count);
        Assert.False(decided.History[1].Automatic);
    }

    [Fact]
    public void The_relaxed_grade_needs_half_the_term_served_and_nothing_in_the_window()
    {
        var clean = Facts("01/12/2026");
        Assert.Contains("Chưa đủ điều kiện", SupervisionGrading.Refuse(clean, SupervisionGrade.Relaxed, D("01/12/2026"), P));
        Assert.Contains("Chưa đủ điều kiện", SupervisionGrading.Refuse(clean, SupervisionGrade.Relaxed, D("31/12/2026"), P));
        Assert.Null(SupervisionGrading.Refuse(clean, SupervisionGrade.Relaxed, D("01/01/2027"), P));
        Assert.Equal(D("01/01/2027"), SupervisionGrading.Assess(clean, P).LoosenFrom);

        var relaxed = SupervisionGrading.Assess(Facts("01/02/2027", decisions: [new(SupervisionGrade.Relaxed, D("02/01/2027"), "Đủ điều kiện")]), P);
        Assert.Equal(60, relaxed.ContactIntervalDays);
        Assert.Equal("Quản lý giảm nhẹ", relaxed.Name);
        // A new breach tightens straight to strict.
        var after = SupervisionGrading.Assess(Facts("03/02/2027", [Breach("03/02/2027")], [new(SupervisionGrade.Relaxed, D("02/01/2027"), "Đủ điều kiện")]), P);
        Assert.Equal(SupervisionGrade.Strict, after.Grade);
        Assert.Equal(SupervisionGrade.Relaxed, after.History[^1].From);
    }

    [Fact]
    public void Every_grading_value_is_a_proposal_of_the_system_with_the_closest_basis()
    {
        Assert.All(GradingDefaults.All, x =>
        {
            Assert.Equal(SourceStatus.Proposed, x.Status);
            Assert.Contains("LTHAHS 2019 Điều 86", x.Source);
            Assert.True(RuleParameters.IsValidValue(x.Unit, x.Value), x.Key);
        });
    }
}

public class ContactCadenceTests
{
    static DateOnly D(string ddMMyyyy) => DateOnly.ParseExact(ddMMyyyy, "dd/MM/yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public void A_longer_interval_than_the_grade_needs_approval_and_lapses_when_the_grade_changes()
    {
        var p = RuleParameters.Defaults;
        var normal = SupervisionGrading.Assess(new GradingFacts(D("01/01/2026"), D("01/01/2028"), D("01/03/2026"), [], []), p);
        Assert.False(SupervisionGrading.NeedsApproval(14, normal));
        Assert.False(SupervisionGrading.NeedsApproval(30, normal));
        Assert.True(SupervisionGrading.NeedsApproval(45, normal));

        var approved = new CadenceFact(45, SupervisionGrade.Normal, D("01/01/2026"), D("01/03/2026"));
        Assert.Equal(45, SupervisionGrading.Cadence(normal, [approved]).Days);

        var tightened = SupervisionGrading.Assess(new GradingFacts(D("01/01/2026"), D("01/01/2028"), D("10/03/2026"),
            [new(GradeEventKind.Breach, D("10/03/2026"), "Vi phạm")], []), p);
        var (days, own) = SupervisionGrading.Cadence(tightened, [approved]);
        Assert.Equal(7, days);
        Assert.Null(own);
    }
}
