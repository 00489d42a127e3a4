using HoaNhap.Data;
using HoaNhap.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HoaNhap.Web.Features.People;

/// <summary>What the create and edit pages share: the input, the commune list and the photo.</summary>
public abstract class PersonFormModel(HoaNhapDbContext db) : PageModel
{
    protected HoaNhapDbContext Db { get; } = db;
    protected CurrentUser Me => CurrentUser.From(User)!;

    [BindProperty] public PersonInput Input { get; set; } = new();
    [BindProperty] public IFormFile? Photo { get; set; }
    public List<SelectListItem> Communes { get; private set; } = [];
    public Conflict? Conflict { get; protected set; }
    /// <summary>The person who already has the personal ID number typed, when the user may open their file.</summary>
    public (Guid Id, string FullName)? Duplicate { get; private set; }
    /// <summary>The person being edited (null on the create page).</summary>
    protected virtual Guid? Editing => null;

    protected async Task LoadChoicesAsync(CancellationToken ct) => Communes = await UnitChoices.CommunesAsync(Db, Me, ct);

    /// <summary>Reads the uploaded photo, or adds the error beside the field.</summary>
    protected async Task<(bool Ok, PhotoUpload? Photo)> ReadPhotoAsync(CancellationToken ct)
    {
        var (photo, error) = await PhotoUpload.ReadAsync(Photo, ct);
        if (error is not null) ModelState.AddModelError(nameof(Photo), error);
        return (error is null, photo);
    }

    /// <summary>Shows what the handler answered: errors beside fields, a conflict panel, 404 or 403.</summary>
    protected async Task<IActionResult?> ShowProblemsAsync<T>(Outcome<T> outcome, CancellationToken ct)
    {
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Errors.TryGetValue(nameof(PersonInput.PersonalIdNumber), out var idErrors) && idErrors.Contains(PersonChecks.DuplicatePersonalId)
            && Input.PersonalIdNumber?.Trim() is { Length: > 0 } number)
        {
            var editing = Editing;
            var other = await Db.People.People(Me).AsNoTracking().Where(p => p.PersonalIdNumber == number && p.Id != editing)
                .Select(p => new { p.Id, p.FullName, p.ProvinceCode, p.CommuneCode }).FirstOrDefaultAsync(ct);
            if (other is not null)
            {
                Duplicate = (other.Id, other.FullName);
                Db.Record(AuditActions.View, "Person", other.Id.ToString(), other.Id, other.ProvinceCode, other.CommuneCode,
                    "Số định danh cá nhân trùng khi nhập hồ sơ: hiện tên và liên kết tới hồ sơ");
                await Db.SaveChangesAsync(ct);
            }
        }
        if (outcome.Conflict is { } c)
        {
            Conflict = c;
            // The next save knowingly replaces the other person's version.
            ModelState.Remove("Input.Version");
            Input.Version = c.CurrentVersion;
        }
        await LoadChoicesAsync(ct);
        return null;
    }
}
