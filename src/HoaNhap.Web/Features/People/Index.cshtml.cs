using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HoaNhap.Web.Features.People;

[Shared.Audit.PersonalData(typeof(Domain.People.Person), null)]
[Shared.ReadReplica.ReadOnlyWork]
public sealed class IndexModel(HoaNhapDbContext db, Shared.Audit.AuditWriter audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Commune { get; set; }
    [BindProperty(SupportsGet = true)] public SentenceType? Type { get; set; }
    [BindProperty(SupportsGet = true)] public CaseStatus? Status { get; set; }
    [BindProperty(Name = "page", SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public PeoplePage Result { get; private set; } = new([], 0, 1, 1);
    public List<SelectListItem> Communes { get; private set; } = [];
    public List<SelectListItem> Types { get; } = Choices.Of<SentenceType>(CaseText.Sentence, empty: "Tất cả");
    public List<SelectListItem> Statuses { get; } = Choices.Of<CaseStatus>(CaseText.Status, empty: "Tất cả");
    public bool CanCreate { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await PeopleQueries.SearchAsync(db, me, new PeopleFilter(Q, Commune, Type, Status, PageNumber), ct, audit);
        if (this.Refusal(outcome) is { } refused) return refused;
        Result = outcome.Value!;
        CanCreate = me.EditsRegistry;
        Communes = await UnitChoices.CommunesAsync(db, me, ct);
        Communes.Insert(0, new SelectListItem("Tất cả", ""));
        return Page();
    }

    public string PageLink(int page) => Url.Page("Index", new { q = Q, commune = Commune, type = Type, status = Status, page })!;
}
