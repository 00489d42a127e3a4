using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;

namespace HoaNhap.Web.Features.Employment;

/// <summary>Recording the follow-up of a hire at one checkpoint: still employed (with whom) or not (why).</summary>
[Shared.Audit.PersonalData(typeof(Case))]
public sealed class RetentionModel(HoaNhapDbContext db, RuleBook book) : CaseFormPage<RetentionInput, JobRetentionCheck>(db)
{
    [BindProperty(SupportsGet = true)] public Guid ReferralId { get; set; }
    /// <summary>The checkpoint offered by the link that opened the form (<c>?checkpoint=</c>, from the worklist).</summary>
    [BindProperty(SupportsGet = true, Name = "checkpoint")] public int? OfferedCheckpoint { get; set; }
    public RetentionView View { get; private set; } = null!;

    protected override string Section => "jobs";
    protected override bool ConfirmInSection => false;
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;
    protected override string AfterSave(Guid caseId, JobRetentionCheck result) => $"/Employment/Referrals/{caseId}#referral-{result.ReferralId}";

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        var found = await RetentionCommands.ForReferralAsync(Db, await book.ParametersAsync(ct), Me, c.Id, ReferralId, ct);
        if (!found.Succeeded) return false;
        View = found.Value!;
        return true;
    }

    protected override void Prefill()
    {
        Input.Checkpoint = OfferedCheckpoint ?? View.NextDue?.Checkpoint.Number;
        Input.CheckedOn = Display.Date(Today);
        Input.Employer = View.Referral.TargetName;
    }

    protected override async Task<Outcome<JobRetentionCheck>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        await RetentionCommands.RecordAsync(Db, await book.ParametersAsync(ct), me, caseId, ReferralId, Input, ct);

    protected override string Done(JobRetentionCheck x) =>
        $"Đã ghi kết quả theo dõi mốc {JobRetention.Name(x.Months)}: " + (x.StillEmployed ? $"vẫn làm việc tại {x.Employer}." : "không còn làm việc.");
}
