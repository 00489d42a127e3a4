using HoaNhap.Data;
using HoaNhap.Domain.Breaches;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Breaches;

/// <summary>Recording the court's (or the provincial police's) decision on a proposal that was sent.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class DecisionModel(HoaNhapDbContext db) : CaseFormPage<ProposalDecisionInput, EscalationProposal>(db)
{
    [BindProperty(SupportsGet = true)] public Guid ProposalId { get; set; }
    public EscalationProposal Proposal { get; private set; } = null!;
    public bool Revokes => Proposal.Kind is not ProposalKind.WantedNotice;

    protected override string Section => CasePage.Breaches;
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        if (await Db.Set<EscalationProposal>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == ProposalId && p.CaseId == c.Id, ct) is not { } x) return false;
        Proposal = x;
        return true;
    }

    protected override void Prefill() => Input.DecidedOn = Display.Date(Today);
    protected override Task<Outcome<EscalationProposal>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        BreachCommands.DecideAsync(Db, me, caseId, ProposalId, Input, ct);
    protected override string Done(EscalationProposal p) => "Đã ghi nhận quyết định.";

    public static string RevokedTitle => CaseText.Status(CaseStatus.Revoked);
}
