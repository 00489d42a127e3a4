using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.People;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace HoaNhap.Web.Features.SelfCheckIns;

/// <summary>
/// The person checks in from the portal inside the window: a photo taken now (the phone's front camera, no JavaScript needed) and,
/// only if they tick the box, the point where they are — filled by a small script from one position reading at sending time.
/// </summary>
[Authorize(Policy = nameof(Act.UsePortal)), PortalEndpoint, PersonalData(typeof(Person), PersonalDataAttribute.Me)]
public sealed class PortalCheckInModel(HoaNhapDbContext db, IOptions<SelfCheckInOptions> options) : PageModel
{
    [BindProperty] public PortalCheckInInput Input { get; set; } = new();
    [BindProperty] public IFormFile? Photo { get; set; }
    public MyCheckInsDto View { get; private set; } = null!;
    public int MaxKilobytes => options.Value.PhotoMaxKilobytes;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await SelfCheckInQueries.MineAsync(db, CurrentUser.From(User)!, ct) is not { } view) return NotFound();
        View = view;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (photo, error) = await CheckInPhoto.ReadAsync(Photo, options.Value.PhotoMaxKilobytes, ct);
        var outcome = await SelfCheckInCommands.CheckInAsync(db, CurrentUser.From(User)!, Input, photo, error, ct);
        if (this.Refusal(outcome, field: f => f == CheckInPhoto.Field ? CheckInPhoto.Field : f.Length == 0 ? "" : "Input." + f) is { } refusal) return refusal;
        if (outcome.Value is { } done)
        {
            TempData["Message"] = done.Repeated
                ? $"Bạn đã điểm danh trong khung giờ này lúc {Display.Time(done.CheckIn.At)}; không cần gửi lại."
                : $"Đã nhận lượt tự điểm danh lúc {Display.Time(done.CheckIn.At)}. Cán bộ Công an xã sẽ xem và trả lời tại đây.";
            return LocalRedirect("/Cong-dan/Tu-diem-danh");
        }
        if (outcome.RefusedByRule) Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        View = (await SelfCheckInQueries.MineAsync(db, CurrentUser.From(User)!, ct))!;
        return Page();
    }
}
