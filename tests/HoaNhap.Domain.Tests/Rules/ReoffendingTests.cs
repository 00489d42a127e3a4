using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests.Rules;

public class ReoffendingTests
{
    static readonly DateOnly Released = new(2025, 3, 10);
    static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public void TT10_2024_Dieu7_a_violation_on_the_day_of_release_is_within_management()
    {
        Assert.Null(Reoffending.Refusal(Released, Released, null, Today));
        Assert.Null(Reoffending.Refusal(Today, Released, null, Today));
    }

    [Fact]
    public void TT10_2024_Dieu7_a_violation_before_release_or_after_management_ended_is_refused()
    {
        Assert.Contains("10/03/2025", Reoffending.Refusal(Released.AddDays(-1), Released, null, Today));
        var ended = new DateOnly(2026, 2, 28);
        Assert.Null(Reoffending.Refusal(ended, Released, ended, Today));
        Assert.Contains("28/02/2026", Reoffending.Refusal(ended.AddDays(1), Released, ended, Today));
        Assert.Contains("hôm nay", Reoffending.Refusal(Today.AddDays(1), Released, null, Today));
    }

    [Theory]
    [InlineData(ReturneeViolationKind.NewOffence, "2026-01-01", true)]   // first day of the period
    [InlineData(ReturneeViolationKind.NewOffence, "2026-12-31", true)]   // last day
    [InlineData(ReturneeViolationKind.NewOffence, "2025-12-31", false)]  // the day before
    [InlineData(ReturneeViolationKind.LawViolation, "2026-06-01", false)] // an administrative violation is not re-offending
    public void Only_a_new_offence_within_the_period_counts_as_reoffending(ReturneeViolationKind kind, string on, bool counts) =>
        Assert.Equal(counts, Reoffending.CountsAsReoffending(kind, DateOnly.Parse(on), new(2026, 1, 1), new(2026, 12, 31)));

    [Fact]
    public void BLHS_Dieu70_khoan2_a_new_offence_the_day_before_the_record_clears_stops_expungement()
    {
        var clear = new DateOnly(2027, 3, 10);
        Assert.Equal(new DateOnly(2027, 3, 9), Reoffending.StopsExpungement(clear, [(ReturneeViolationKind.NewOffence, new DateOnly(2027, 3, 9))]));
    }

    [Fact]
    public void BLHS_Dieu70_an_offence_on_the_day_the_record_clears_or_a_mere_violation_does_not_stop_it()
    {
        var clear = new DateOnly(2027, 3, 10);
        Assert.Null(Reoffending.StopsExpungement(clear, [(ReturneeViolationKind.NewOffence, clear), (ReturneeViolationKind.LawViolation, new DateOnly(2026, 1, 1))]));
    }

    [Fact]
    public void BLHS_Dieu73_khoan2_the_earliest_new_offence_is_the_one_that_restarts_the_period()
    {
        var clear = new DateOnly(2028, 2, 29); // leap day
        Assert.Equal(new DateOnly(2026, 5, 1), Reoffending.StopsExpungement(clear,
            [(ReturneeViolationKind.NewOffence, new DateOnly(2027, 1, 1)), (ReturneeViolationKind.NewOffence, new DateOnly(2026, 5, 1))]));
    }
}
