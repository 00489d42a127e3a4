using HoaNhap.Data;
using Microsoft.AspNetCore.Mvc;

namespace HoaNhap.Web.Features.People;

[Shared.Audit.PersonalData(typeof(Domain.People.Person))]
public sealed class EditModel(HoaNhapDbContext db) : PersonFormModel(db)
{
    public Guid Id { get; private set; }
    protected override Guid? Editing => Id;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var person = await PersonLookup.FindAsync(Db, Me, id, ct);
        if (person is null) return NotFound();
        if (!Me.EditsRegistry) return Forbid();
        Id = id;
        Input = PersonInput.From(person);
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        var (photoOk, photo) = await ReadPhotoAsync(ct);
        if (!photoOk)
        {
            if (await PersonLookup.FindAsync(Db, Me, id, ct) is null) return NotFound();
            await LoadChoicesAsync(ct);
            return Page();
        }
        var outcome = await PersonCommands.UpdateAsync(Db, Me, id, Input, photo, ct);
        if (outcome.Succeeded)
        {
            TempData["Message"] = "Đã lưu thay đổi.";
            return RedirectToPage("Details", new { id });
        }
        return await ShowProblemsAsync(outcome, ct) ?? Page();
    }
}
