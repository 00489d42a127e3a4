using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Inspections;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Inspections;

/// <summary>
/// One entry of the register: the findings, the remedies with their deadlines and follow-up; the province police (and the
/// procuracy for its recommendations) add remedies and close the entry, the inspected commune's police record a remedy done.
/// </summary>
[Shared.Audit.NoPersonalData]
public sealed class DetailsModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public RemedyInput Remedy { get; set; } = new();
    [BindProperty] public RemedyDoneInput Done { get; set; } = new();
    [BindProperty] public InspectionCloseInput Close { get; set; } = new();
    /// <summary>The remedy whose "done" form is open (<c>?remedy=</c>).</summary>
    [FromQuery(Name = "remedy")] public Guid? Selected { get; set; }
    public CurrentUser Me { get; private set; } = null!;
    public DateOnly Today { get; } = db.Today;
    public InspectionRow Row { get; private set; } = null!;
    public List<Remedy> Remedies { get; private set; } = [];

    bool ProcuracyOwn => Me.Role == Roles.ProcuracyReader && Row.Inspection.Kind == InspectionKind.ProcuracyRecommendation;
    public bool MayRecord => Row.Inspection.Status == InspectionStatus.Open
        && (Me.Role == Roles.ProcuracyReader ? ProcuracyOwn : Me.May(Act.RecordInspections));
    public bool MayFollowUp => Me.May(Act.FollowUpRemedies) || ProcuracyOwn;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        Done.On = Close.On = Display.Date(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostRemedyAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        var outcome = await InspectionCommands.RequireAsync(db, Me, id, Remedy, ct);
        if (this.Refusal(outcome, prefix: nameof(Remedy)) is { } no) return no;
        if (!outcome.Succeeded) return Page();
        TempData["Message"] = $"Đã thêm biện pháp khắc phục, hạn {Display.Date(outcome.Value!.DueOn)}.";
        return Redirect($"/Inspections/{id}");
    }

    public async Task<IActionResult> OnPostDoneAsync(Guid id, Guid remedyId, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        Selected = remedyId;
        var outcome = await InspectionCommands.DoneAsync(db, Me, id, remedyId, Done, ct);
        if (this.Refusal(outcome, prefix: nameof(Done)) is { } no) return no;
        if (!outcome.Succeeded) return Page();
        TempData["Message"] = $"Đã ghi nhận biện pháp đã khắc phục ngày {Display.Date(outcome.Value!.DoneOn!.Value)}.";
        return Redirect($"/Inspections/{id}");
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        var outcome = await InspectionCommands.CloseAsync(db, Me, id, Close, ct);
        if (this.Refusal(outcome, prefix: nameof(Close)) is { } no) return no;
        if (!outcome.Succeeded) return Page();
        TempData["Message"] = "Đã kết thúc theo dõi: mọi biện pháp đã được khắc phục.";
        return Redirect($"/Inspections/{id}");
    }

    async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        var found = await InspectionQueries.FindAsync(db, Me, id, ct);
        if (this.Refusal(found) is { } refused) return refused;
        (Row, Remedies) = found.Value;
        return null;
    }
}
