using HoaNhap.Data;
using HoaNhap.Domain.Breaches;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Breaches;

/// <summary>
/// Sending a proposal the system drafted: a consequential action, so the page shows the case status,
/// the count of intentional breaches and the reason first, and asks for a confirmation.
/// Commune officers and leaders (the commune proposes on behalf of the People's Committee).
/// </summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class SendModel(HoaNhapDbContext db) : CaseCheckPage<SendInput, EscalationProposal>(db)
{
    [BindProperty(SupportsGet = true)] public Guid ProposalId { get; set; }
    public EscalationProposal Proposal { get; private set; } = null!;

    protected override string Section => CasePage.Breaches;
    protected override bool MayAct(CurrentUser me) => me.AssignsSupervisors;

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        if (await Db.Set<EscalationProposal>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == ProposalId && p.CaseId == c.Id, ct) is not { } x) return false;
        Proposal = x;
        return true;
    }

    protected override void Prefill() => Input.SentOn = Display.Date(Today);
    protected override Task<Outcome<EscalationProposal>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        BreachCommands.SendAsync(Db, me, caseId, ProposalId, Input, ct);
    protected override string Done(EscalationProposal p) => $"Đã ghi nhận việc gửi “{BreachText.Proposal(p.Kind)}”.";

    /// <summary>The declaration is made on the check page: the answers are checked as if it were.</summary>
    protected override Task<Outcome<EscalationProposal>> CheckAsync(CurrentUser me, Guid caseId, CancellationToken ct)
    {
        Input.Confirmed = true;
        return SaveAsync(me, caseId, ct);
    }

    /// <summary>The answers with "Thay đổi" links and the declaration before sending.</summary>
    protected override Task<CheckAnswers> ReviewAsync(Guid caseId, CancellationToken ct) => Task.FromResult(new CheckAnswers("Kiểm tra trước khi gửi",
        [
            new Answer("Ngày gửi", Input.SentOn ?? "", nameof(SendInput.SentOn)),
            new Answer("Số, ký hiệu văn bản đã ký", Input.Number ?? "", nameof(SendInput.Number)),
        ],
        $"/Breaches/Send/{caseId}/{ProposalId}",
        new Dictionary<string, string?> { [nameof(SendInput.SentOn)] = Input.SentOn, [nameof(SendInput.Number)] = Input.Number, [nameof(SendInput.Confirmed)] = "true" },
        "Xác nhận đã gửi đề nghị",
        "Bằng việc xác nhận, tôi xác nhận đã kiểm tra dự thảo, văn bản đã được ký và gửi đến cơ quan có thẩm quyền. Đề nghị chuyển sang trạng thái “Đã gửi”."));
}
