using HoaNhap.Data;
using HoaNhap.Domain.Audit;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HoaNhap.Web.Features.AuditLog;

[Shared.Audit.PersonalData(typeof(Domain.Audit.AuditEntry), null)]
[Shared.ReadReplica.ReadOnlyWork]
public sealed class IndexModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? PersonId { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(Name = "page", SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public AuditPage Result { get; private set; } = new([], 0, 1, 1);
    public VerificationResult? Verification { get; private set; }
    public bool IsAdmin { get; private set; }
    public List<AnchorView> Anchors { get; private set; } = [];
    public List<SelectListItem> Actions { get; } =
        [new("Tất cả", ""), .. new[] { AuditActions.Create, AuditActions.Update, AuditActions.Delete, AuditActions.View,
            AuditActions.Search, AuditActions.SignIn, AuditActions.SignInFailed }.Select(a => new SelectListItem(AuditActions.Title(a), a))];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await AuditQueries.BrowseAsync(db, me, new AuditFilter(UserName, Action, PersonId, From, To, PageNumber), ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        Result = outcome.Value!;
        IsAdmin = me.IsAdmin;
        Anchors = await AuditAnchoring.ViewAsync(db, me, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await AuditVerification.VerifyAsync(db, me, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        Verification = outcome.Value;
        return await OnGetAsync(ct);
    }

    public string PageLink(int page) => Url.Page("Index", new { userName = UserName, action = Action, personId = PersonId, from = From, to = To, page })!;
}
