using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;

namespace HoaNhap.Web.Features.EarlyTermination;

/// <summary>Preparing the proposal dossier: today's check first, then the request.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class ProposeModel(HoaNhapDbContext db, RuleBook rules) : CaseFormPage<ProposalInput, EarlyTerminationProposal>(db)
{
    public EarlyTerminationState State { get; private set; } = null!;

    protected override string Section => CasePage.Termination;
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        State = (await EarlyTerminationCommands.StateAsync(Db, rules, Me, c.Id, ct))!;
        return true;
    }

    protected override void Prefill() =>
        Input = new ProposalInput { ProposedOn = Display.Date(Today), Months = State.Check?.MaxMonthsNow is > 0 and var m ? m : null };
    protected override Task<Outcome<EarlyTerminationProposal>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        EarlyTerminationCommands.ProposeAsync(Db, rules, me, caseId, Input, ct);
    protected override string Done(EarlyTerminationProposal p) =>
        "Đã lập hồ sơ đề nghị; văn bản đề nghị (dự thảo) đã lưu trong mục “Tài liệu trong hồ sơ”.";
}
