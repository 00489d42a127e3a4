using HoaNhap.Data;
using HoaNhap.Domain.Programmes;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Programmes;

/// <summary>Sổ theo dõi khen thưởng: commendations proposed and decided, filtered by year and status.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Programmes.Commendation), null)]
public sealed class CommendationsModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public CommendationStatus? Status { get; set; }
    public List<Commendation> Items { get; private set; } = [];
    public Dictionary<string, string> Names { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var list = await CommendationCommands.ListAsync(db, CurrentUser.From(User)!, Year, Status, ct);
        if (this.Refusal(list) is { } refused) return refused;
        Items = list.Value!;
        var codes = Items.Select(s => s.CommuneCode).Distinct().ToList();
        Names = (await db.Communes.AsNoTracking().Where(c => codes.Contains(c.Code)).ToListAsync(ct)).ToDictionary(c => c.Code, c => c.FullName);
        return Page();
    }

    /// <summary>The same list as .xlsx; the file names people, so each person on it is recorded in the disclosure log.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var result = await this.ExportAsync(() => OnGetAsync(ct), "khen-thuong.xlsx", () => XlsxExport.Commendations(Items, Names));
        if (result is not FileContentResult) return result;
        var me = CurrentUser.From(User)!;
        await HoaNhap.Web.Shared.Privacy.DisclosureLog.AddManyAsync(db,
            Items.Where(i => i.PersonId is not null).Select(i => new HoaNhap.Web.Shared.Privacy.DisclosedPerson(i.PersonId!.Value, i.ProvinceCode, i.CommuneCode)),
            new HoaNhap.Web.Shared.Privacy.DisclosureNote(HoaNhap.Web.Shared.Privacy.DisclosureLog.RecipientOf(me), "Lập sổ theo dõi khen thưởng",
                "Luật Thi đua, khen thưởng; " + HoaNhap.Domain.Privacy.PrivacyText.DataLaw(db.Today),
                "Tệp sổ khen thưởng (khen-thuong.xlsx): họ tên người được đề nghị khen thưởng, xã, hình thức, tình trạng"),
            me.UserName, ct);
        await db.SaveChangesAsync(ct);
        return result;
    }
}
