using HoaNhap.Data;
using HoaNhap.Domain.People;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HoaNhap.Web.Features.People;

/// <summary>Recording the person's membership of the Youth Union or another association (<see cref="PersonCircumstanceCommands"/>).</summary>
[Shared.Audit.PersonalData(typeof(Person))]
public sealed class MembershipModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public MembershipInput Input { get; set; } = new();
    public Person Person { get; private set; } = null!;

    /// <summary>Each organisation, then "none".</summary>
    public static SelectListItem[] Choices { get; } = Shared.Forms.Choices.Of(
        Enum.GetValues<AssociationKind>().Select(k => k.ToString()).Append(PersonCircumstanceCommands.None),
        v => v == PersonCircumstanceCommands.None ? "Không là thành viên tổ chức, hội nào" : AssociationText.Kind(Enum.Parse<AssociationKind>(v)),
        v => $"association-{v}");

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (await PersonLookup.FindAsync(db, me, id, ct) is not { } p) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        Person = p;
        Input.Association = p.Association?.ToString() ?? PersonCircumstanceCommands.None;
        Input.AssociationName = p.AssociationName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await PersonCircumstanceCommands.SetMembershipAsync(db, me, id, Input, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        if (outcome.Succeeded)
        {
            TempData["Message"] = AssociationText.Of(outcome.Value!) is { } org ? $"Đã ghi nhận: thành viên {org}." : "Đã ghi nhận: không là thành viên tổ chức, hội nào.";
            return Redirect($"/People/Details/{id}");
        }
        db.ChangeTracker.Clear();
        Person = (await PersonLookup.FindAsync(db, me, id, ct))!;
        return Page();
    }
}
