using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Transfers;

/// <summary>
/// The commune records a request to change residence. Without JavaScript the destination is chosen in two
/// steps: the province (the page reloads with its communes), then the commune from the official list.
/// </summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class CreateModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public TransferRequestInput Input { get; set; } = new();
    public Case Case { get; private set; } = null!;
    public Person Person { get; private set; } = null!;
    public List<SelectListItem> Provinces { get; private set; } = [];
    public List<SelectListItem> Communes { get; private set; } = [];
    public string ProvinceName { get; private set; } = "";
    public string? AuthorityNote { get; private set; }
    public CheckAnswers? Review { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? province, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var c = await CaseLookup.FindAsync(db, me, id, ct);
        if (c is null) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        // "Thay đổi" from the check page comes back with the answers in the query.
        Input = new TransferRequestInput { RequestedOn = Display.Date(db.Today) };
        await TryUpdateModelAsync(Input, "Input");
        ModelState.Clear();
        await ShowAsync(c, province ?? Input.ToProvinceCode, ct);
        return Page();
    }

    /// <summary>Checks the request as if saved (nothing is), then shows the answers with "Thay đổi" links and who must consent.</summary>
    public async Task<IActionResult> OnPostCheckAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await DryRun.CheckAsync(db, () => TransferCommands.RequestAsync(db, me, id, Input, ct), ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        await ShowAsync((await CaseLookup.FindAsync(db, me, id, ct))!, Input.ToProvinceCode, ct);
        if (!outcome.Succeeded)
        {
            return Page();
        }
        var commune = await db.Communes.AsNoTracking().Where(x => x.Code == Input.ToCommuneCode).Select(x => x.FullName).FirstOrDefaultAsync(ct);
        Review = new CheckAnswers("Kiểm tra trước khi ghi nhận đề nghị",
            [
                new Answer("Nơi cư trú mới", $"{commune}, {ProvinceName}", nameof(TransferRequestInput.ToCommuneCode)),
                new Answer("Địa chỉ", Input.NewAddress ?? "", nameof(TransferRequestInput.NewAddress)),
                new Answer("Lý do", Input.Reason ?? "", nameof(TransferRequestInput.Reason)),
                new Answer("Ngày đề nghị", Input.RequestedOn ?? "", nameof(TransferRequestInput.RequestedOn)),
            ],
            $"/Transfers/Create/{id}",
            new Dictionary<string, string?>
            {
                [nameof(TransferRequestInput.ToProvinceCode)] = Input.ToProvinceCode, [nameof(TransferRequestInput.ToCommuneCode)] = Input.ToCommuneCode,
                [nameof(TransferRequestInput.NewAddress)] = Input.NewAddress, [nameof(TransferRequestInput.Reason)] = Input.Reason,
                [nameof(TransferRequestInput.RequestedOn)] = Input.RequestedOn,
            },
            "Ghi nhận đề nghị",
            AuthorityNote);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await TransferCommands.RequestAsync(db, me, id, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = $"Đã ghi nhận đề nghị thay đổi nơi cư trú; chờ {ResidenceChangeRules.Title(outcome.Value!.ConsentAuthority)} đồng ý.";
            return Redirect($"/Transfers/Details/{outcome.Value.Id}");
        }
        db.ChangeTracker.Clear();
        await ShowAsync((await CaseLookup.FindAsync(db, me, id, ct))!, Input.ToProvinceCode, ct);
        return Page();
    }

    async Task ShowAsync(Case c, string? province, CancellationToken ct)
    {
        Case = c;
        Person = await db.People.AsNoTracking().FirstAsync(p => p.Id == c.PersonId, ct);
        var provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        var chosen = provinces.FirstOrDefault(p => p.Code == province) ?? provinces.First(p => p.Code == Person.ProvinceCode);
        Input.ToProvinceCode = chosen.Code;
        ProvinceName = chosen.FullName;
        Provinces = provinces.Select(p => new SelectListItem(p.FullName, p.Code, p.Code == chosen.Code)).ToList();
        Communes = [new SelectListItem("— Chọn xã, phường, đặc khu —", ""), .. (await db.Communes.AsNoTracking()
            .Where(x => x.ProvinceCode == chosen.Code && x.Code != Person.CommuneCode).OrderBy(x => x.Name).ToListAsync(ct))
            .Select(x => new SelectListItem($"{x.FullName} ({x.Code})", x.Code))];
        AuthorityNote = ResidenceChangeRules.WhoConsents(Person.ProvinceCode, chosen.Code, db.Today) is var w
            ? $"{(w.WithinProvince ? "Chuyển trong tỉnh" : "Chuyển ra ngoài tỉnh")}: cần sự đồng ý của {w.AuthorityTitle} ({w.Source})." : null;
    }
}
