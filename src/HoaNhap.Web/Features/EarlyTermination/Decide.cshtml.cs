using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;

namespace HoaNhap.Web.Features.EarlyTermination;

/// <summary>Recording the court's decision on a proposal; a granted decision changes the end date.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class DecideModel(HoaNhapDbContext db, RuleBook rules) : CaseFormPage<CourtDecisionInput, EarlyTerminationProposal>(db)
{
    [BindProperty(SupportsGet = true)] public Guid ProposalId { get; set; }
    public EarlyTerminationState State { get; private set; } = null!;
    public EarlyTerminationProposal Proposal { get; private set; } = null!;

    protected override string Section => CasePage.Termination;
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;
    // As the command answers: a proposal that is not the case's is not found, whoever asks.
    protected override bool FindsBeforeRole => true;

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        var state = await EarlyTerminationCommands.StateAsync(Db, rules, Me, c.Id, ct);
        if (state?.Proposals.FirstOrDefault(x => x.Id == ProposalId) is not { } proposal) return false;
        (State, Proposal) = (state, proposal);
        return true;
    }

    protected override void Prefill() =>
        Input = new CourtDecisionInput { DecidedOn = Display.Date(Today), GrantedMonths = Proposal.RequestedMonths, WholeRemainder = Proposal.WholeRemainder };
    protected override Task<Outcome<EarlyTerminationProposal>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        EarlyTerminationCommands.DecideAsync(Db, rules, me, caseId, ProposalId, Input, ct);
    protected override string Done(EarlyTerminationProposal p) => p.Status == EarlyTerminationStatus.Granted
        ? "Đã ghi nhận quyết định của Tòa án; ngày kết thúc của hồ sơ đã được tính lại."
        : "Đã ghi nhận quyết định không chấp nhận đề nghị.";
}
