using System.Reflection;
using HoaNhap.Domain.Absences;
using HoaNhap.Domain.Breaches;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Programmes;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Reports;

namespace HoaNhap.Domain.Tests.Access;

/// <summary>
/// Every entity that carries a status changes it only through its own methods, which refuse a move the
/// process does not allow and say why; nothing outside the entity can set a status.
/// </summary>
public sealed class GuardedTransitionsTests
{
    static readonly DateOnly Day = new(2026, 3, 2);

    [Fact]
    public void No_entity_of_the_domain_has_a_status_that_can_be_set_from_outside()
    {
        var settable = typeof(IPlaced).Assembly.GetTypes()
            .Where(t => t.IsClass && typeof(IPlaced).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name == "Status").Select(p => (t, p)))
            .Where(x => x.p.SetMethod is { IsPublic: true })
            .Select(x => x.t.Name)
            .ToList();
        Assert.Empty(settable);
        // The check sees the status-bearing entities at all.
        Assert.True(typeof(IPlaced).Assembly.GetTypes().Count(t => typeof(IPlaced).IsAssignableFrom(t) && t.GetProperty("Status") is not null) >= 9);
    }

    [Fact]
    public void A_loan_is_approved_once_disbursed_within_the_approval_and_repaid_to_nothing()
    {
        var loan = new ReintegrationLoan { RequestedAmount = 50_000_000, ListedOn = Day };
        Assert.Equal("Chỉ giải ngân khoản vay đã được phê duyệt.", loan.Record(LoanEventKind.Disbursed, Day, 10, null));
        Assert.Null(loan.Record(LoanEventKind.Approved, Day, 40_000_000, null));
        Assert.Contains("không thể phê duyệt", loan.Record(LoanEventKind.Approved, Day, 40_000_000, null));
        Assert.Contains("không được vượt số tiền đã phê duyệt", loan.Record(LoanEventKind.Disbursed, Day, 45_000_000, null));
        Assert.Null(loan.Record(LoanEventKind.Disbursed, Day, null, null));
        Assert.Equal(40_000_000, loan.DisbursedAmount);
        Assert.Null(loan.Record(LoanEventKind.Overdue, Day, null, null));
        Assert.Null(loan.Record(LoanEventKind.Repayment, Day, 10_000_000, null));
        Assert.Equal(LoanState.Overdue, loan.Status);
        Assert.Null(loan.Record(LoanEventKind.Repayment, Day, 30_000_000, null));
        Assert.Equal(LoanState.Repaid, loan.Status);
        Assert.Equal(0, loan.Outstanding);
    }

    [Fact]
    public void An_escalation_proposal_is_sent_before_it_is_decided_and_decided_once()
    {
        var p = new EscalationProposal { ProposedOn = Day };
        Assert.Equal("Đề nghị chưa được gửi: hãy ghi nhận việc gửi đề nghị trước khi ghi nhận quyết định.", p.Decide(Day, true, "1/QĐ", null));
        Assert.Equal(ProposalStatus.Proposed, p.Status);
        Assert.Null(p.Send(Day, "5/CV"));
        Assert.Contains("không gửi lại được", p.Send(Day, "6/CV"));
        Assert.Equal("5/CV", p.SentNumber);
        Assert.Null(p.Decide(Day.AddDays(9), true, "1/QĐ", null));
        Assert.Equal("Đề nghị này đã có quyết định.", p.Decide(Day.AddDays(10), false, "2/QĐ", null));
        Assert.True(p.Granted);
    }

    [Fact]
    public void The_court_decides_an_early_termination_proposal_once()
    {
        var p = new EarlyTerminationProposal { ProposedOn = Day };
        Assert.Null(p.Grant(new CourtDecision("3/QĐ-TA", null, Day, null), wholeRemainder: true, months: 4));
        Assert.Null(p.GrantedMonths);
        Assert.Equal("Đề nghị này đã có quyết định của Tòa án.", p.Reject(new CourtDecision("4/QĐ-TA", null, Day, null)));
        Assert.Equal(EarlyTerminationStatus.Granted, p.Status);
    }

    [Fact]
    public void An_absence_is_decided_once_and_only_an_approved_one_has_a_return()
    {
        var a = new AbsencePermission { RequestedOn = Day, From = Day, To = Day.AddDays(3) };
        Assert.Equal("Chỉ ghi nhận trình diện khi về đối với lần vắng mặt đã được đồng ý.", a.RecordReturn(Day.AddDays(4)));
        Assert.Equal("Khi đồng ý phải có ngày trình diện trở lại.", a.Decide(true, Day, null, null, null));
        Assert.Null(a.Decide(true, Day, "7/QĐ", null, Day.AddDays(5)));
        Assert.Equal("Đơn này đã có quyết định (Đồng ý).", a.Decide(false, Day, null, "Không.", null));
        Assert.Null(a.RecordReturn(Day.AddDays(4)));
        Assert.Equal("Đã ghi nhận trình diện khi về ngày 06/03/2026.", a.RecordReturn(Day.AddDays(5)));
    }

    [Fact]
    public void A_report_is_reviewed_only_once_sent_and_a_returned_one_can_be_sent_again()
    {
        var r = new PeriodicReport();
        Assert.Contains("chỉ tiếp nhận hoặc trả lại được báo cáo đã gửi", r.Review(true, null, DateTimeOffset.UtcNow, "tinh"));
        Assert.Null(r.Submit("[]", DateTimeOffset.UtcNow, "xa"));
        Assert.Contains("chỉ sửa hoặc gửi được báo cáo đang soạn hoặc bị trả lại", r.Submit("[]", DateTimeOffset.UtcNow, "xa"));
        Assert.Equal("Hãy ghi lý do trả lại báo cáo để xã bổ sung.", r.Review(false, " ", DateTimeOffset.UtcNow, "tinh"));
        Assert.Null(r.Review(false, "Thiếu số liệu.", DateTimeOffset.UtcNow, "tinh"));
        Assert.Equal(ReportStatus.Returned, r.Status);
        Assert.Null(r.Submit("[]", DateTimeOffset.UtcNow, "xa"));
        Assert.Null(r.ReturnReason);
        Assert.Null(r.Review(true, null, DateTimeOffset.UtcNow, "tinh"));
        Assert.Equal(ReportStatus.Accepted, r.Status);
    }

    [Fact]
    public void A_support_action_is_closed_once_with_a_result()
    {
        var a = new SupportAction { IdentifiedOn = Day, DueOn = Day.AddDays(30) };
        Assert.Equal("Hãy chọn kết quả: đã giải quyết hoặc không thực hiện được.", a.Close(SupportStatus.Open, Day, "x"));
        Assert.Null(a.Close(SupportStatus.Done, Day.AddDays(3), "Đã cấp thẻ căn cước."));
        Assert.Equal("Việc hỗ trợ này đã có kết quả ngày 05/03/2026.", a.Close(SupportStatus.NotPossible, Day.AddDays(4), "x"));
        Assert.False(a.Overdue(Day.AddDays(60)));
    }

    [Fact]
    public void A_commendation_and_a_reconciliation_move_only_forward()
    {
        var c = new Commendation { ProposedOn = Day };
        Assert.Null(c.Decide(false, Day, "UBND", "9/QĐ"));
        Assert.Null(c.GrantedBy);
        Assert.Contains("đã có kết quả", c.Decide(true, Day, "UBND", "9/QĐ"));

        var r = new MonthlyReconciliation { TotalRows = 3 };
        Assert.Equal("Danh sách đang được đối soát; hãy chờ xử lý xong.", r.SignOff("tinh", DateTimeOffset.UtcNow));
        Assert.True(r.Start());
        r.Finish(2, 1, 0, 0, DateTimeOffset.UtcNow);
        Assert.Equal(3, r.ProcessedRows);
        Assert.Contains("Còn 1 chênh lệch chưa xử lý", r.SignOff("tinh", DateTimeOffset.UtcNow));
        Assert.False(r.Start());
        r.Fail("lỗi");
        Assert.Equal(ReconciliationStatus.Done, r.Status);
    }
}
