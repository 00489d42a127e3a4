using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Judgments;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Cases;

[Shared.Audit.PersonalData(typeof(Domain.People.Person))]
public sealed class CreateModel(HoaNhapDbContext db, RuleBook rules) : PageModel
{
    [BindProperty] public CaseInput Input { get; set; } = new();
    public string PersonName { get; private set; } = "";
    public Guid PersonId { get; private set; }
    /// <summary>The sentence types served in the community, then the reintegration period.</summary>
    public List<SelectListItem> Kinds { get; } =
    [
        new("— Chọn —", ""),
        .. Enum.GetValues<SentenceType>().Select(t => new SelectListItem(CaseText.Sentence(t), t.ToString())),
        new(CaseText.Kind(CaseKind.Reintegration), nameof(CaseKind.Reintegration)),
    ];
    public List<SelectListItem> Releases { get; } = Choices.Of<ReleaseKind>(CaseText.Release);
    public List<SelectListItem> Judgments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!await LoadAsync(me, id, ct)) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await CaseCommands.OpenAsync(db, rules, me, id, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = "Đã mở hồ sơ ở trạng thái “Đang tiếp nhận”. Xem các thời hạn và tài liệu còn thiếu dưới đây.";
            return Redirect($"/Cases/Details/{outcome.Value!.Id}");
        }
        await LoadAsync(me, id, ct);
        return Page();
    }

    async Task<bool> LoadAsync(CurrentUser me, Guid id, CancellationToken ct)
    {
        var person = await PersonLookup.FindAsync(db, me, id, ct);
        if (person is null) return false;
        (PersonId, PersonName) = (person.Id, person.FullName);
        var judgments = await db.Judgments.AsNoTracking().Where(j => j.PersonId == id).OrderByDescending(j => j.JudgmentDate).ToListAsync(ct);
        Judgments = [new SelectListItem("— Không gắn bản án —", ""),
            .. judgments.Select(j => new SelectListItem($"Số {j.Number} ngày {Display.Date(j.JudgmentDate)} — {JudgmentText.Penalty(j.MainPenalty)}", j.Id.ToString()))];
        return true;
    }
}
