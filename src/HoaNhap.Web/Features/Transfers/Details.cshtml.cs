using HoaNhap.Data;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Transfers;

/// <summary>One transfer, every step with who and when; the actions the user may take on it.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Transfers.CaseTransfer))]
public sealed class DetailsModel(HoaNhapDbContext db) : PageModel
{
    public TransferView View { get; private set; } = null!;
    public CurrentUser Me { get; private set; } = null!;
    public bool SeesCase { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        var v = await TransferViews.OpenAsync(db, Me, id, ct);
        if (v is null) return NotFound();
        View = v;
        SeesCase = await CaseLookup.FindAsync(db, Me, v.Transfer.CaseId, ct) is not null;
        return Page();
    }
}
