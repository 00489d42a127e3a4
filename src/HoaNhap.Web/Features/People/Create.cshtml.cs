using HoaNhap.Data;
using Microsoft.AspNetCore.Mvc;

namespace HoaNhap.Web.Features.People;

public sealed class CreateModel(HoaNhapDbContext db) : PersonFormModel(db)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Me.EditsRegistry) return Forbid();
        await LoadChoicesAsync(ct);
        if (Communes.Count == 1) Input.CommuneCode = Communes[0].Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (photoOk, photo) = await ReadPhotoAsync(ct);
        if (!photoOk) { await LoadChoicesAsync(ct); return Page(); }
        var outcome = await PersonCommands.CreateAsync(Db, Me, Input, photo, ct);
        if (outcome.Succeeded)
        {
            TempData["Message"] = $"Đã thêm {outcome.Value!.FullName} vào sổ quản lý.";
            return RedirectToPage("Details", new { id = outcome.Value.Id });
        }
        return await ShowProblemsAsync(outcome, ct) ?? Page();
    }
}
