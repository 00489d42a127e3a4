using HoaNhap.Domain.Inspections;
using HoaNhap.Domain.Plans;
using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests.Oversight;

/// <summary>Plans and their tasks, the inspection register and its remedies: worked cases of their guarded moves and of when work is overdue.</summary>
public sealed class OversightTests
{
    static readonly DateOnly Issued = new(2026, 1, 15);
    static readonly DateTimeOffset At = new(2026, 1, 15, 3, 0, 0, TimeSpan.Zero);

    [Theory]
    // The commune plan's "báo cáo trước ngày 10/11": on the day itself not late; the day after, late; done, never late.
    [InlineData("2026-11-10", "2026-11-10", false, false, 0)]
    [InlineData("2026-11-10", "2026-11-11", false, true, 1)]
    [InlineData("2026-11-10", "2026-11-25", false, true, 15)]
    [InlineData("2026-11-10", "2026-11-25", true, false, 0)]
    [InlineData("2026-11-10", "2026-10-01", false, false, 0)]
    public void Work_is_overdue_from_the_day_after_its_due_day_until_done(string due, string today, bool done, bool overdue, int daysLate)
    {
        Assert.Equal(overdue, OversightDeadlines.Overdue(DateOnly.Parse(due), done, DateOnly.Parse(today)));
        Assert.Equal(daysLate, OversightDeadlines.DaysLate(DateOnly.Parse(due), done, DateOnly.Parse(today)));
    }

    [Fact]
    public void A_task_is_not_due_before_its_plan_was_issued_and_a_completed_task_takes_no_more_reports()
    {
        var plan = Plan.Issue("25", "04792", "12/KH-UBND", "Kế hoạch năm 2026", Issued, "canbo", At);
        Assert.False(plan.IsProvincePlan);
        var (none, refusal) = plan.Assign(Body.WomensUnion, "Tư vấn", Issued.AddDays(-1), null, Issued);
        Assert.Null(none);
        Assert.Contains("15/01/2026", refusal);

        var (task, ok) = plan.Assign(Body.WomensUnion, "Tư vấn", new DateOnly(2026, 11, 10), "tu-van-chinh-sach", Issued);
        Assert.Null(ok);
        Assert.Equal(PlanTaskStatus.Assigned, task!.Status);
        Assert.Equal(("25", "04792"), (task.ProvinceCode, task.CommuneCode));
        Assert.Contains("trước ngày giao", task.Report(Issued.AddDays(-1), "Sớm", false, "Hội"));
        Assert.Null(task.Report(new DateOnly(2026, 6, 1), "Đã tư vấn 5 lượt", false, "Hội"));
        Assert.Equal(PlanTaskStatus.InProgress, task.Status);
        Assert.True(task.OverdueOn(new DateOnly(2026, 11, 11)));   // progress is not completion
        Assert.Null(task.Report(new DateOnly(2026, 11, 5), "Hoàn thành", true, "Hội"));
        Assert.Equal(PlanTaskStatus.Done, task.Status);
        Assert.False(task.OverdueOn(new DateOnly(2026, 12, 1)));
        Assert.NotNull(task.Report(new DateOnly(2026, 11, 6), "Lần nữa", true, "Hội"));
        Assert.Equal("Hoàn thành", task.Result);
    }

    [Fact]
    public void A_province_plan_has_no_commune_and_every_body_has_a_vietnamese_name()
    {
        Assert.True(Plan.Issue("25", null, "1/KH-CAT", "Kế hoạch của tỉnh", Issued, "tinh", At).IsProvincePlan);
        Assert.Equal(14, Enum.GetValues<Body>().Length);
        Assert.All(Enum.GetValues<Body>(), b => Assert.NotEqual(b.ToString(), PlanText.Body(b)));
        Assert.Equal("Ngân hàng Chính sách xã hội", PlanText.Body(Body.SocialPolicyBank));
    }

    [Fact]
    public void An_inspection_closes_only_when_every_remedy_is_done_and_takes_no_remedy_once_closed()
    {
        var on = new DateOnly(2026, 10, 1);
        var i = Inspection.Record(InspectionKind.ProcuracyRecommendation, "25", "04792", "12/KN-VKS", on, "Chưa có nhận xét hằng tháng", "vks", At);
        Assert.Contains("Hạn khắc phục", i.Require("Bổ sung", on.AddDays(-1), "Công an xã").Refusal);
        var (a, _) = i.Require("Bổ sung nhận xét", on.AddDays(30), "Công an xã");
        var (b, _) = i.Require("Kiểm điểm cán bộ", on.AddDays(15), "UBND xã");
        Assert.True(b!.OverdueOn(on.AddDays(16)));
        Assert.Contains("Còn 2 biện pháp", i.Close(on.AddDays(20), [a!, b], "vks"));
        Assert.Contains("trước ngày kiểm tra", a!.MarkDone(on.AddDays(-1), "x", i.ConductedOn, "xa"));
        Assert.Null(a.MarkDone(on.AddDays(10), "Đã bổ sung", i.ConductedOn, "xa"));
        Assert.NotNull(a.MarkDone(on.AddDays(11), "Lần nữa", i.ConductedOn, "xa"));
        Assert.Contains("Còn 1 biện pháp", i.Close(on.AddDays(20), [a, b], "vks"));
        Assert.Null(b.MarkDone(on.AddDays(18), "Đã kiểm điểm", i.ConductedOn, "xa"));
        Assert.False(b.OverdueOn(on.AddDays(40)));
        Assert.Contains("trước ngày kiểm tra", i.Close(on.AddDays(-2), [a, b], "vks"));
        Assert.Null(i.Close(on.AddDays(20), [a, b], "vks"));
        Assert.Equal(InspectionStatus.Closed, i.Status);
        Assert.NotNull(i.Require("Thêm", on.AddDays(40), "Công an xã").Refusal);
        Assert.NotNull(i.Close(on.AddDays(21), [a, b], "vks"));
    }
}
