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
using QRCoder;

namespace HoaNhap.Web.Features.Portal;

/// <summary>
/// The commune police invite a person to the portal: the code is made on the post and shown once, on a page to print
/// (or to copy onto the summons or the undertaking) with a QR code of the activation address carrying the code.
/// </summary>
[Authorize(Policy = nameof(Act.IssuePortalInvitation))]
[PersonalData(typeof(Person))]
public sealed class InvitationModel(HoaNhapDbContext db, IOptions<PortalOptions> options) : PageModel
{
    public Person Person { get; private set; } = null!;
    public int ValidDays => Math.Max(1, options.Value.InvitationValidDays);
    public IssuedInvitation? Issued { get; private set; }
    public string? ActivationUrl { get; private set; }
    public string? QrDataUri { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await PersonLookup.FindAsync(db, CurrentUser.From(User)!, id, ct) is not { } person) return NotFound();
        Person = person;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await PortalAccounts.IssueAsync(db, CurrentUser.From(User)!, options.Value, id, ct);
        if (this.Refusal(outcome, prefix: "") is { } refusal) return refusal;
        Person = (await PersonLookup.FindAsync(db, CurrentUser.From(User)!, id, ct))!;
        if (outcome.Value is { } issued)
        {
            Issued = issued;
            var site = string.IsNullOrWhiteSpace(options.Value.PublicUrl) ? $"{Request.Scheme}://{Request.Host}" : options.Value.PublicUrl.TrimEnd('/');
            ActivationUrl = $"{site}{PortalSignIn.ActivationPath}?code={Uri.EscapeDataString(issued.Code)}";
            using var qr = QRCodeGenerator.GenerateQrCode(ActivationUrl, QRCodeGenerator.ECCLevel.M);
            QrDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(qr).GetGraphic(6));
            // The code is on this answer only: a browser or proxy must not keep it.
            Response.Headers.CacheControl = "no-store";
        }
        return Page();
    }
}
