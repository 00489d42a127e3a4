using HoaNhap.Domain.Alerts;
using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests.Alerts;

/// <summary>An alert's ledger: verify, dispose (with an action), follow up, in that order, each due by a Proposed rule parameter.</summary>
public sealed class AlertTests
{
    static readonly RuleParameters P = RuleParameters.Defaults;
    static readonly DateOnly Day = new(2026, 12, 1);

    static Alert New() => Alert.Raise(AlertKind.ViolationSign, "ViolationSign", Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "01", "00001", Day, "Dấu hiệu", P);

    [Fact]
    public void Steps_go_in_order_each_due_days_after_the_previous_and_a_late_one_is_marked()
    {
        var a = New();
        Assert.Equal(AlertStatus.Open, a.Status);
        Assert.Equal(Day.AddDays(2), a.DueOn);
        Assert.Contains("Xác minh", a.Record(AlertStepKind.Dispose, Day, "x", AlertAction.Reminder, "A", P).Refusal);
        Assert.Contains("trước ngày phát sinh", a.Record(AlertStepKind.Verify, Day.AddDays(-1), "x", null, "A", P).Refusal);

        var (verify, _) = a.Record(AlertStepKind.Verify, Day.AddDays(4), "Đã xác minh", null, "A", P);
        Assert.False(verify!.OnTime);
        Assert.True(a.Late);
        Assert.Equal(AlertStatus.Verified, a.Status);
        Assert.Equal(Day.AddDays(7), a.DueOn);
        Assert.Equal("Hãy chọn biện pháp xử lý.", a.Record(AlertStepKind.Dispose, Day.AddDays(5), "x", null, "A", P).Refusal);
        var (dispose, _) = a.Record(AlertStepKind.Dispose, Day.AddDays(5), "Triệu tập", AlertAction.Summons, "A", P);
        Assert.True(dispose!.OnTime);
        Assert.Equal(AlertAction.Summons, dispose.Action);
        Assert.Equal(Day.AddDays(12), a.DueOn);
        a.Record(AlertStepKind.FollowUp, Day.AddDays(12), "Không tái diễn", null, "A", P);
        Assert.Equal(AlertStatus.Closed, a.Status);
        Assert.Null(a.DueOn);
        Assert.Equal(Day.AddDays(12), a.ClosedOn);
        Assert.Equal("Cảnh báo này đã kết thúc.", a.Record(AlertStepKind.FollowUp, Day.AddDays(13), "x", null, "A", P).Refusal);
    }

    [Fact]
    public void The_days_are_system_proposals_awaiting_the_province()
    {
        foreach (var key in new[] { AlertDefaults.VerifyDays, AlertDefaults.DisposeDays, AlertDefaults.FollowUpDays })
            Assert.Equal(SourceStatus.Proposed, P.Get(key, Day).Status);
        Assert.True(New().OverdueOn(Day.AddDays(3)));
        Assert.False(New().OverdueOn(Day.AddDays(2)));
    }
}
