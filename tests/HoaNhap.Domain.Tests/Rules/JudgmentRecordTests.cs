using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests.Rules;

public class JudgmentRecordTests
{
    static readonly DateOnly Released = new(2024, 2, 29);
    static readonly DateOnly Today = new(2026, 11, 22);

    static Judgment Prison(string article, bool? intentional, CrimeCategory? category, int months = 30) => new()
    {
        Number = "12/2021/HS-ST", JudgmentDate = new(2021, 8, 30), EffectiveOn = new(2021, 9, 30), Offences = [article],
        MainPenalty = MainPenalty.Imprisonment, TermMonths = months, Intentional = intentional, Category = category,
    };

    [Fact]
    public void BLHS_Dieu69_khoan2_an_unintentional_serious_crime_leaves_no_record()
    {
        var (conviction, problem, assumption) = JudgmentRecord.From(Prison("Điều 260", false, CrimeCategory.Serious), Released);
        Assert.Null(problem);
        Assert.Null(assumption);
        Assert.False(RecordExpungement.Compute([conviction!], Today, new RuleParameters(RuleParameterDefaults.All)).HasRecord);
    }

    [Fact]
    public void BLHS_Dieu70_khoan2_an_intentional_crime_with_prison_up_to_5_years_clears_2_years_after_release()
    {
        var (conviction, _, assumption) = JudgmentRecord.From(Prison("Điều 173", true, null), Released);
        Assert.Null(assumption);
        var r = RecordExpungement.Compute([conviction!], Today, new RuleParameters(RuleParameterDefaults.All));
        Assert.True(r.HasRecord);
        Assert.Equal(ExpungementMode.Automatic, r.Mode);
        Assert.True(r.ClearFrom >= Released.AddYears(2));
    }

    [Fact]
    public void Without_the_fault_recorded_the_crime_is_taken_as_intentional_and_the_answer_says_so()
    {
        var (conviction, _, assumption) = JudgmentRecord.From(Prison("Điều 260", null, CrimeCategory.Serious), Released);
        Assert.True(conviction!.Intentional);
        Assert.Contains("tạm tính là lỗi cố ý", assumption);
        // Unintentional but no category: Điều 69 khoản 2 cannot be applied, so the record is kept.
        (conviction, _, assumption) = JudgmentRecord.From(Prison("Điều 260", false, null), Released);
        Assert.True(RecordExpungement.Compute([conviction!], Today, new RuleParameters(RuleParameterDefaults.All)).HasRecord);
        Assert.Contains("chưa ghi loại tội phạm", assumption);
    }

    [Fact]
    public void An_unsettled_civil_obligation_or_no_article_leaves_the_date_open()
    {
        var j = Prison("Điều 173", true, null);
        j.CivilObligations.Add(new CivilObligation { Kind = CivilObligationKind.Compensation, Amount = 5_000_000 });
        Assert.Contains("Điều 70 khoản 2", JudgmentRecord.From(j, Released).Problem);
        Assert.Contains("điều luật", JudgmentRecord.From(Prison("không rõ", true, null), Released).Problem);
    }
}
