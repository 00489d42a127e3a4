using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.SelfCheckIns;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.SelfCheckIns;

/// <summary>One self check-in with its photo; the commune police accept it or query it with a note the person reads in the portal.</summary>
[Shared.Audit.PersonalData(typeof(SelfCheckIn), "checkInId")]
public sealed class ReviewModel(HoaNhapDbContext db) : CaseFormPage<ReviewInput, SelfCheckIn>(db)
{
    [BindProperty(SupportsGet = true)] public Guid CheckInId { get; set; }
    public SelfCheckIn CheckIn { get; private set; } = null!;
    public bool MayReview => Me.May(Act.ManageSelfCheckIn);
    protected override string Section => SelfCheckInSection.Anchor;
    protected override bool MayAct(CurrentUser me) => me.May(Act.SeeSelfCheckIns);
    protected override bool FindsBeforeRole => true;

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        if (await Db.Set<SelfCheckIn>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == CheckInId && x.CaseId == c.Id, ct) is not { } x) return false;
        CheckIn = x;
        return true;
    }

    protected override void Prefill()
    {
        Input.Decision = CheckIn.Review == SelfCheckInReview.Pending ? null : CheckIn.Review.ToString();
        Input.Note = CheckIn.ReviewNote;
    }

    protected override Task<Outcome<SelfCheckIn>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        SelfCheckInCommands.ReviewAsync(Db, me, caseId, CheckInId, Input, ct);

    protected override string Done(SelfCheckIn x) => x.Review == SelfCheckInReview.Accepted
        ? $"Đã chấp nhận lượt tự điểm danh lúc {Display.Time(x.At)}."
        : $"Đã yêu cầu làm rõ lượt tự điểm danh lúc {Display.Time(x.At)}; người chấp hành án sẽ thấy ghi chú trên cổng thông tin.";
}

/// <summary>The photo of a self check-in: staff of the case's commune only (another commune 404); every view audited.</summary>
[Shared.Audit.PersonalData(typeof(SelfCheckInPhoto), "checkInId")]
public sealed class PhotoModel(HoaNhapDbContext db) : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid checkInId, CancellationToken ct)
    {
        var outcome = await SelfCheckInQueries.PhotoAsync(db, CurrentUser.From(User)!, id, checkInId, ct);
        return this.Refusal(outcome) ?? File(outcome.Value!.Content, outcome.Value.ContentType);
    }
}
