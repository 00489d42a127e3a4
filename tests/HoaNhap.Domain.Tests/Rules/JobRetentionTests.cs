using System.Globalization;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests.Rules;

/// <summary>
/// Worked cases for the job retention follow-up (<see cref="JobRetention"/>): checkpoints 1, 3, 6 and 12 months after the hire
/// (proposals of the system), what is due on a day, and the guarded record of a follow-up (<see cref="JobRetentionCheck.Record"/>).
/// </summary>
public class JobRetentionTests
{
    static DateOnly D(string ddMMyyyy) => DateOnly.ParseExact(ddMMyyyy, "dd/MM/yyyy", CultureInfo.InvariantCulture);
    static readonly RuleParameters P = RuleParameters.Defaults;

    static JobReferral Hire(string hiredOn, ReferralKind kind = ReferralKind.Job, ReferralOutcome outcome = ReferralOutcome.Hired) => new()
    {
        CaseId = Guid.NewGuid(), PersonId = Guid.NewGuid(), ProvinceCode = "25", CommuneCode = "04792", Kind = kind, TargetName = "Công ty May Đồng Lạng",
        ReferredOn = D(hiredOn).AddDays(-10), Outcome = outcome, OutcomeOn = D(hiredOn),
    };

    [Fact]
    public void A_hire_on_15_March_is_followed_up_in_April_June_September_and_March_next_year()
    {
        var s = JobRetention.Schedule(D("15/03/2026"), P);
        Assert.Equal([1, 3, 6, 12], s.Select(c => c.Months));
        Assert.Equal([1, 2, 3, 4], s.Select(c => c.Number));
        Assert.Equal([D("15/04/2026"), D("15/06/2026"), D("15/09/2026"), D("15/03/2027")], s.Select(c => c.DueOn));
        Assert.All(JobRetentionDefaults.All, p => Assert.Equal(SourceStatus.Proposed, p.Status));
    }

    [Fact]
    public void A_hire_on_31_January_is_first_followed_up_on_the_last_day_of_February()
    {
        Assert.Equal(D("28/02/2026"), JobRetention.Schedule(D("31/01/2026"), P)[0].DueOn);
        Assert.Equal(D("29/02/2028"), JobRetention.Schedule(D("31/01/2028"), P)[0].DueOn);
    }

    [Fact]
    public void What_is_due_is_each_checkpoint_reached_and_not_yet_recorded()
    {
        var hired = D("15/03/2026");
        Assert.Empty(JobRetention.Due(hired, D("14/04/2026"), [], P));
        Assert.Equal([1], JobRetention.Due(hired, D("15/04/2026"), [], P).Select(c => c.Number));
        // Four months on, the first was recorded and the three-month checkpoint is due.
        Assert.Equal([2], JobRetention.Due(hired, D("15/07/2026"), [1], P).Select(c => c.Number));
        // Nobody followed up for a year: all four are due, oldest first.
        Assert.Equal([1, 2, 3, 4], JobRetention.Due(hired, D("20/03/2027"), [], P).Select(c => c.Number));
        Assert.Empty(JobRetention.Due(hired, D("20/03/2027"), [1, 2, 3, 4], P));
    }

    [Fact]
    public void Months_the_province_changes_apply_to_hires_from_that_date()
    {
        var p = new RuleParameters(RuleParameterDefaults.All.Append(new RuleParameter(JobRetentionDefaults.Second, "thử", "2", RuleUnits.Months, "thử",
            SourceStatus.Confirmed, D("01/06/2026"))));
        Assert.Equal(D("15/06/2026"), JobRetention.Schedule(D("15/03/2026"), p)[1].DueOn);
        Assert.Equal(D("15/08/2026"), JobRetention.Schedule(D("15/06/2026"), p)[1].DueOn);
    }

    [Fact]
    public void A_follow_up_is_recorded_once_per_checkpoint_from_its_day_with_whom_or_why_not()
    {
        var r = Hire("15/03/2026");
        var first = JobRetention.Checkpoint(r.OutcomeOn!.Value, 1, P)!;
        var today = D("20/04/2026");

        var early = JobRetentionCheck.Record(r, first, [], D("14/04/2026"), today, true, "Công ty May Đồng Lạng", null, null, "Cán bộ A");
        Assert.Null(early.Check);
        Assert.Equal("CheckedOn", early.Field);
        Assert.Contains("15/04/2026", early.Refusal);

        var noEmployer = JobRetentionCheck.Record(r, first, [], D("16/04/2026"), today, true, " ", null, null, "Cán bộ A");
        Assert.Equal("Employer", noEmployer.Field);
        var noReason = JobRetentionCheck.Record(r, first, [], D("16/04/2026"), today, false, null, "", null, "Cán bộ A");
        Assert.Equal("ReasonNotEmployed", noReason.Field);

        var (check, _, refusal) = JobRetentionCheck.Record(r, first, [], D("16/04/2026"), today, false, null, " Xưởng giảm biên chế ", null, "Cán bộ A");
        Assert.Null(refusal);
        Assert.Equal((1, 1, D("15/04/2026"), false, "Xưởng giảm biên chế"), (check!.Checkpoint, check.Months, check.DueOn, check.StillEmployed, check.ReasonNotEmployed));
        Assert.Equal((r.Id, r.CaseId, r.PersonId, "04792"), (check.ReferralId, check.CaseId, check.PersonId, check.CommuneCode));

        var twice = JobRetentionCheck.Record(r, first, [1], D("17/04/2026"), today, true, "Nơi khác", null, null, "Cán bộ A");
        Assert.Contains("Đã ghi", twice.Refusal);
    }

    [Theory]
    [InlineData(ReferralKind.Training, ReferralOutcome.Hired)]
    [InlineData(ReferralKind.Job, ReferralOutcome.Declined)]
    [InlineData(ReferralKind.Job, ReferralOutcome.Pending)]
    public void Only_a_job_that_ended_in_a_hire_is_followed_up(ReferralKind kind, ReferralOutcome outcome)
    {
        var r = Hire("15/03/2026", kind, outcome);
        var first = JobRetention.Checkpoint(D("15/03/2026"), 1, P)!;
        var x = JobRetentionCheck.Record(r, first, [], D("16/04/2026"), D("20/04/2026"), true, "Công ty", null, null, "Cán bộ A");
        Assert.Null(x.Check);
        Assert.Contains("đã được tuyển dụng", x.Refusal);
    }
}
