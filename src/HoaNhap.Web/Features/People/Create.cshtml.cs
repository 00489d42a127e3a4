using HoaNhap.Data;
using Microsoft.AspNetCore.Mvc;

namespace HoaNhap.Web.Features.People;

[Shared.Audit.NoPersonalData]
public sealed class CreateModel(HoaNhapDbContext db) : PersonFormModel(db)
{
    /// <summary>Query string of the judgment form to open once the person is saved (intake from a reconciliation row).</summary>
    [BindProperty(SupportsGet = true)] public string? Judgment { get; set; }

    /// <summary>Fields may be prefilled from the query string (an intake opened from a reconciliation row).</summary>
    public async Task<IActionResult> OnGetAsync(string? fullName, string? dateOfBirth, string? gender, string? personalIdNumber,
        string? communeCode, string? address, CancellationToken ct)
    {
        if (!Me.EditsRegistry) return Forbid();
        await LoadChoicesAsync(ct);
        Input = new PersonInput { FullName = fullName, DateOfBirth = dateOfBirth, Gender = gender, PersonalIdNumber = personalIdNumber, CommuneCode = communeCode, Address = address };
        if (Input.CommuneCode is null || Communes.All(c => c.Value != Input.CommuneCode)) Input.CommuneCode = Communes.Count == 1 ? Communes[0].Value : null;
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
            if (!string.IsNullOrEmpty(Judgment))
                return Redirect($"/Judgments/Create/{outcome.Value.Id}" + QueryString.Create(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery("?" + Judgment)
                    .Select(kv => new KeyValuePair<string, string?>(kv.Key, kv.Value.ToString()))));
            return RedirectToPage("Details", new { id = outcome.Value.Id });
        }
        return await ShowProblemsAsync(outcome, ct) ?? Page();
    }
}
