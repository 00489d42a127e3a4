using HoaNhap.Data;
using HoaNhap.Data.Identity;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.People;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Portal;

public sealed class PhoneForm
{
    public string? Phone { get; set; }
    public string? Code { get; set; }
}

/// <summary>The person changes their phone number: the new number, then the code sent to it; the file changes only then.</summary>
[Authorize(Policy = nameof(Act.UsePortal)), PortalEndpoint, Shared.Audit.PersonalData(typeof(Person), Shared.Audit.PersonalDataAttribute.Me)]
public sealed class PhoneModel(HoaNhapDbContext db, UserManager<AppUser> users) : PageModel
{
    [BindProperty] public PhoneForm Input { get; set; } = new();
    public string? Current { get; private set; }
    public bool CodeSent { get; private set; }
    public string? Message { get; private set; }

    async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await PortalFile.PersonAsync(db, CurrentUser.From(User)!, ct) is not { } person) return false;
        Current = person.Phone;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSendAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var outcome = await PortalPhoneChange.RequestAsync(db, users, CurrentUser.From(User)!, new PhoneChangeInput { Phone = Input.Phone }, ct);
        if (this.Refusal(outcome, field: key => key == nameof(PhoneChangeInput.Phone) ? "Input.Phone" : "") is { } refusal) return refusal;
        if (!await LoadAsync(ct)) return NotFound();
        if (outcome.Succeeded)
        {
            CodeSent = true;
            Message = outcome.Value!.Message;
            Input.Phone = outcome.Value.Phone;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var outcome = await PortalPhoneChange.ConfirmAsync(db, users, CurrentUser.From(User)!, new PhoneConfirmInput { Code = Input.Code }, ct);
        CodeSent = true;
        if (this.Refusal(outcome, field: key => key == nameof(PhoneConfirmInput.Code) ? "Input.Code" : "") is { } refusal) return refusal;
        if (!await LoadAsync(ct)) return NotFound();
        if (!outcome.Succeeded)
        {
            Input.Code = null;
            return Page();
        }
        TempData["Message"] = outcome.Value!.Message;
        return Redirect(PortalSignIn.Root);
    }
}
