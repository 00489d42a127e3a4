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

namespace HoaNhap.Web.Features.Portal;

public sealed class ConsentsForm
{
    public bool Sms { get; set; }
    public bool Zalo { get; set; }
    public bool Email { get; set; }
    public string? EmailAddress { get; set; }
}

/// <summary>How the person wants reminders: one box per channel; each change is recorded with when and by whom.</summary>
[Authorize(Policy = nameof(Act.UsePortal)), PortalEndpoint, PersonalData(typeof(Person), PersonalDataAttribute.Me)]
public sealed class ConsentsModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public ConsentsForm Input { get; set; } = new();
    public IReadOnlyList<ConsentDto> Current { get; private set; } = [];
    public string? Phone { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Input = new ConsentsForm
        {
            Sms = Current.Any(c => c.Channel == "Sms" && c.Granted), Zalo = Current.Any(c => c.Channel == "Zalo" && c.Granted),
            Email = Current.Any(c => c.Channel == "Email" && c.Granted), EmailAddress = Current.FirstOrDefault(c => c.Channel == "Email")?.Address,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await PortalConsents.SetAsync(db, CurrentUser.From(User)!,
        [
            new ConsentInput { Channel = "Sms", Granted = Input.Sms },
            new ConsentInput { Channel = "Zalo", Granted = Input.Zalo },
            new ConsentInput { Channel = "Email", Granted = Input.Email, Address = Input.EmailAddress },
        ], ct);
        if (this.Refusal(outcome, field: key => key switch
            {
                "[0].granted" => "Input.Sms",
                "[1].granted" => "Input.Zalo",
                "[2].address" => "Input.EmailAddress",
                _ => "",
            }) is { } refusal) return refusal;
        if (!outcome.Succeeded)
        {
            await LoadAsync(ct);
            return Page();
        }
        TempData["Message"] = "Đã ghi nhận lựa chọn nhận nhắc việc của bạn.";
        return RedirectToPage();
    }

    async Task<bool> LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (await PortalFile.PersonAsync(db, me, ct) is not { } person) return false;
        Phone = person.Phone;
        Current = (await PortalConsents.ListAsync(db, me, ct))!;
        return true;
    }
}
