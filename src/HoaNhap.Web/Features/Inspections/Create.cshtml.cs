using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Inspections;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HoaNhap.Web.Features.Inspections;

/// <summary>Ghi kiểm tra, kiến nghị, giám sát: the province police (any kind), the procuracy (its own recommendations).</summary>
[Authorize(Policy = nameof(Act.RecordInspections))]
[Shared.Audit.NoPersonalData]
public sealed class CreateModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public InspectionInput Input { get; set; } = new();
    public List<SelectListItem> Kinds { get; private set; } = [];

    public void OnGet()
    {
        Load();
        Input.ConductedOn = Display.Date(db.Today);
        if (CurrentUser.From(User)!.Role == Roles.ProcuracyReader) Input.Kind = nameof(InspectionKind.ProcuracyRecommendation);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Load();
        var outcome = await InspectionCommands.RecordAsync(db, CurrentUser.From(User)!, Input, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        if (!outcome.Succeeded) return Page();
        TempData["Message"] = $"Đã ghi {InspectionText.Kind(outcome.Value!.Kind).ToLower(Display.Vi)} số {outcome.Value.Reference}. Hãy thêm các biện pháp khắc phục.";
        return Redirect($"/Inspections/{outcome.Value.Id}");
    }

    void Load()
    {
        var me = CurrentUser.From(User)!;
        Kinds = me.Role == Roles.ProcuracyReader
            ? [new SelectListItem(InspectionText.Kind(InspectionKind.ProcuracyRecommendation), nameof(InspectionKind.ProcuracyRecommendation))]
            : Choices.Of<InspectionKind>(InspectionText.Kind, withEmpty: false);
    }
}
