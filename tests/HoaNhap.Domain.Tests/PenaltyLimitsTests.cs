using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests;

/// <summary>Worked cases for the limits of main penalties in BLHS 2015.</summary>
public class PenaltyLimitsTests
{
    private static List<(string Field, string Message)> Check(MainPenalty p, int? term = null, int? probation = null, long? fine = null)
        => PenaltyLimits.Check(p, term, probation, fine).ToList();

    private static IEnumerable<string> Fields(IEnumerable<(string Field, string Message)> problems) => problems.Select(x => x.Field);

    // --- Án treo: BLHS 2015 Điều 65 khoản 1 ---

    [Theory]
    [InlineData(1, 12)]
    [InlineData(36, 60)]
    [InlineData(24, 36)]
    public void Suspended_sentence_within_limits_is_accepted_BLHS_Art65(int term, int probation)
        => Assert.Empty(Check(MainPenalty.SuspendedSentence, term, probation));

    [Fact]
    public void Suspended_sentence_over_three_years_is_refused_BLHS_Art65()
    {
        var problem = Assert.Single(Check(MainPenalty.SuspendedSentence, 37, 60));
        Assert.Equal("TermMonths", problem.Field);
        Assert.Contains("Thời hạn (tháng)", problem.Message);
        Assert.Contains("Điều 65 khoản 1", problem.Message);
    }

    [Fact]
    public void Suspended_sentence_of_zero_months_is_refused_BLHS_Art65()
        => Assert.Equal(["TermMonths"], Fields(Check(MainPenalty.SuspendedSentence, 0, 12)));

    [Fact]
    public void Suspended_sentence_without_a_term_is_refused()
    {
        var problem = Assert.Single(Check(MainPenalty.SuspendedSentence, null, 24));
        Assert.Equal("TermMonths", problem.Field);
        Assert.Contains("Cần nhập Thời hạn (tháng)", problem.Message);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(61)]
    public void Probation_outside_one_to_five_years_is_refused_BLHS_Art65(int probation)
    {
        var problem = Assert.Single(Check(MainPenalty.SuspendedSentence, 24, probation));
        Assert.Equal("ProbationMonths", problem.Field);
        Assert.Contains("Thời gian thử thách (tháng)", problem.Message);
        Assert.Contains("từ 12 đến 60 tháng", problem.Message);
    }

    [Fact]
    public void Suspended_sentence_without_probation_is_refused_BLHS_Art65()
        => Assert.Equal(["ProbationMonths"], Fields(Check(MainPenalty.SuspendedSentence, 24, null)));

    [Fact]
    public void Suspended_sentence_missing_both_reports_both_fields()
        => Assert.Equal(["TermMonths", "ProbationMonths"], Fields(Check(MainPenalty.SuspendedSentence)));

    // --- Cải tạo không giam giữ: BLHS 2015 Điều 36 khoản 1 ---

    [Theory]
    [InlineData(6)]
    [InlineData(36)]
    public void Non_custodial_reform_of_six_months_to_three_years_is_accepted_BLHS_Art36(int term)
        => Assert.Empty(Check(MainPenalty.NonCustodialReform, term));

    [Theory]
    [InlineData(5)]
    [InlineData(37)]
    public void Non_custodial_reform_outside_six_months_to_three_years_is_refused_BLHS_Art36(int term)
    {
        var problem = Assert.Single(Check(MainPenalty.NonCustodialReform, term));
        Assert.Equal("TermMonths", problem.Field);
        Assert.Contains("Điều 36 khoản 1", problem.Message);
    }

    [Fact]
    public void Non_custodial_reform_without_a_term_is_refused()
        => Assert.Equal(["TermMonths"], Fields(Check(MainPenalty.NonCustodialReform)));

    [Fact]
    public void Non_custodial_reform_has_no_probation()
    {
        var problem = Assert.Single(Check(MainPenalty.NonCustodialReform, 12, 12));
        Assert.Equal("ProbationMonths", problem.Field);
        Assert.Contains("chỉ áp dụng cho hình phạt tù được cho hưởng án treo", problem.Message);
    }

    // --- Tù có thời hạn: BLHS 2015 Điều 38 khoản 1 ---

    [Theory]
    [InlineData(3)]
    [InlineData(240)]
    public void Imprisonment_of_three_months_to_twenty_years_is_accepted_BLHS_Art38(int term)
        => Assert.Empty(Check(MainPenalty.Imprisonment, term));

    [Theory]
    [InlineData(2)]
    [InlineData(241)]
    public void Imprisonment_outside_three_months_to_twenty_years_is_refused_BLHS_Art38(int term)
    {
        var problem = Assert.Single(Check(MainPenalty.Imprisonment, term));
        Assert.Equal("TermMonths", problem.Field);
        Assert.Contains("Điều 38 khoản 1", problem.Message);
    }

    [Fact]
    public void Imprisonment_without_a_term_is_refused()
        => Assert.Equal(["TermMonths"], Fields(Check(MainPenalty.Imprisonment)));

    [Fact]
    public void Imprisonment_has_no_probation()
        => Assert.Equal(["ProbationMonths"], Fields(Check(MainPenalty.Imprisonment, 24, 24)));

    // --- Phạt tiền: BLHS 2015 Điều 35 khoản 2 ---

    [Fact]
    public void Fine_of_one_million_dong_is_accepted_BLHS_Art35()
        => Assert.Empty(Check(MainPenalty.Fine, fine: 1_000_000));

    [Fact]
    public void Fine_below_one_million_dong_is_refused_BLHS_Art35()
    {
        var problem = Assert.Single(Check(MainPenalty.Fine, fine: 999_999));
        Assert.Equal("FineAmount", problem.Field);
        Assert.Equal("Số tiền phạt không được thấp hơn 1.000.000 đồng (Bộ luật Hình sự 2015, Điều 35 khoản 2).", problem.Message);
    }

    [Fact]
    public void Fine_without_an_amount_is_refused()
        => Assert.Equal(["FineAmount"], Fields(Check(MainPenalty.Fine)));

    [Fact]
    public void Fine_has_no_term()
        => Assert.Equal(["TermMonths"], Fields(Check(MainPenalty.Fine, term: 6, fine: 5_000_000)));

    // --- Penalties without a term ---

    [Theory]
    [InlineData(MainPenalty.Warning)]
    [InlineData(MainPenalty.LifeImprisonment)]
    [InlineData(MainPenalty.DeathCommuted)]
    public void Penalty_without_a_term_is_accepted_when_term_is_empty(MainPenalty penalty)
        => Assert.Empty(Check(penalty));

    [Theory]
    [InlineData(MainPenalty.Warning, "cảnh cáo")]
    [InlineData(MainPenalty.LifeImprisonment, "tù chung thân")]
    [InlineData(MainPenalty.DeathCommuted, "tử hình được chuyển thành tù chung thân")]
    public void Penalty_without_a_term_refuses_a_term(MainPenalty penalty, string name)
    {
        var problem = Assert.Single(Check(penalty, term: 12));
        Assert.Equal("TermMonths", problem.Field);
        Assert.Equal($"Hình phạt {name} không có thời hạn; vui lòng để trống Thời hạn (tháng).", problem.Message);
    }

    [Theory]
    [InlineData(MainPenalty.Warning)]
    [InlineData(MainPenalty.Fine)]
    [InlineData(MainPenalty.LifeImprisonment)]
    [InlineData(MainPenalty.DeathCommuted)]
    public void Probation_is_refused_for_every_penalty_but_a_suspended_sentence(MainPenalty penalty)
        => Assert.Contains("ProbationMonths", Fields(Check(penalty, probation: 12, fine: 2_000_000)));
}
