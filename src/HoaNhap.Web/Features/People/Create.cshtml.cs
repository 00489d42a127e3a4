using HoaNhap.Data;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.People;

[Shared.Audit.NoPersonalData]
public sealed class CreateModel(HoaNhapDbContext db) : PersonFormModel(db)
{
    /// <summary>Query string of the judgment form to open once the person is saved (intake from a reconciliation row).</summary>
    [BindProperty(SupportsGet = true)] public string? Judgment { get; set; }

    /// <summary>The officer saw the likely duplicates listed and says this is another person.</summary>
    [BindProperty] public bool NotADuplicate { get; set; }

    /// <summary>People of the officer's unit this one probably is (issue 20), shown before saving with a link to each.</summary>
    public List<(PersonKey Person, ProbableDuplicate Pair)> Likely { get; private set; } = [];

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
        if (!NotADuplicate && await LikelyDuplicatesAsync(ct) is { Count: > 0 } likely)
        {
            Likely = likely;
            await LoadChoicesAsync(ct);
            return Page();
        }
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

    /// <summary>Same folded name (and birth date, or year and commune) among the people the officer sees; the same personal ID is the form's own refusal.</summary>
    async Task<List<(PersonKey, ProbableDuplicate)>> LikelyDuplicatesAsync(CancellationToken ct)
    {
        var name = VietnameseText.Fold(Input.FullName);
        if (name.Length == 0 || !VietnameseDate.TryParseBirthDate(Input.DateOfBirth, out var full, out var year)) return [];
        var candidate = new PersonKey(Guid.Empty, Input.FullName!, full, year, null, Input.CommuneCode ?? "");
        var namesakes = await Db.People.AsNoTracking().People(Me).Where(p => p.SearchKey.StartsWith(name) && p.BirthYear == year)
            .Select(p => new PersonKey(p.Id, p.FullName, p.DateOfBirth, p.BirthYear, p.PersonalIdNumber, p.CommuneCode)).Take(50).ToListAsync(ct);
        return DuplicateFinder.Of(candidate, namesakes).Select(d => (namesakes.First(n => n.Id == d.OtherId), d)).ToList();
    }
}
