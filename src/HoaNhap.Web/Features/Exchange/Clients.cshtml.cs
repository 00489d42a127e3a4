using HoaNhap.Data;
using HoaNhap.Domain.Exchange;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Exchange;

/// <summary>The administrator registers agencies' systems; the secret is shown once, on the answer to the form.</summary>
[Shared.Audit.NoPersonalData]
public sealed class ClientsModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public AgencyClientInput Input { get; set; } = new();
    public List<AgencyClient> Clients { get; private set; } = [];
    public AgencyClientCreated? Created { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var list = await AgencyClients.ListAsync(db, me, ct);
        if (this.Refusal(list) is { } refused) return refused;
        Clients = list.Value!;
        Input = new AgencyClientInput { ProvinceCode = me.ProvinceCode, Kind = nameof(AgencyKind.Court), Scopes = [] };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await AgencyClients.CreateAsync(db, me, Input, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        Created = outcome.Value;
        Clients = (await AgencyClients.ListAsync(db, me, ct)).Value!;
        return Page();
    }
}
