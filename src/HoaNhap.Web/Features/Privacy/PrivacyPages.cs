using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Privacy;

/// <summary>The subject-access export of one person: what it contains, and the two downloads (.docx to read, .json for a system).</summary>
[Shared.Audit.PersonalData(typeof(HoaNhap.Domain.People.Person))]
public sealed class SubjectAccessModel(HoaNhapDbContext db) : PageModel
{
    public Domain.People.Person Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (await PrivacyQueries.PersonAsync(db, me, id, ct) is not { } person) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        Person = person;
        return Page();
    }

    public async Task<IActionResult> OnGetFileAsync(Guid id, string? format, CancellationToken ct)
    {
        var docx = format != "json";
        var outcome = await SubjectAccess.ProduceAsync(db, CurrentUser.From(User)!, id, docx ? "docx" : "json", ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        var e = outcome.Value!;
        return docx
            ? File(SubjectAccessDocument.Render(e), SubjectAccessDocument.ContentType, SubjectAccessDocument.FileName(e, "docx"))
            : File(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(e, Json), "application/json", SubjectAccessDocument.FileName(e, "json"));
    }

    static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        WriteIndented = true,
    };
}

/// <summary>Every disclosure of one person's data outside the unit.</summary>
[Shared.Audit.PersonalData(typeof(HoaNhap.Domain.People.Person))]
public sealed class DisclosuresModel(HoaNhapDbContext db) : PageModel
{
    public Domain.People.Person Person { get; private set; } = null!;
    public List<DisclosureRow> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await PrivacyQueries.DisclosuresAsync(db, me, id, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        Person = (await PrivacyQueries.PersonAsync(db, me, id, ct))!;
        Items = outcome.Value!;
        return Page();
    }
}

/// <summary>Files whose retention period has passed, for the province officer to keep or archive, one decision each.</summary>
[Shared.Audit.PersonalData(typeof(HoaNhap.Domain.People.Person), null)]
public sealed class RetentionModel(HoaNhapDbContext db, RuleBook rules) : PageModel
{
    public List<RetentionDue> Items { get; private set; } = [];
    [BindProperty] public RetentionDecisionInput Input { get; set; } = new();
    [BindProperty] public Guid PersonId { get; set; }
    [TempData] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var outcome = await RetentionCommands.DueAsync(db, rules, CurrentUser.From(User)!, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        Items = outcome.Value!;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!me.May(Act.ReviewRetention)) return Forbid();
        var outcome = await RetentionCommands.DecideAsync(db, rules, me, PersonId, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (!outcome.Succeeded)
        {
            return await OnGetAsync(ct);
        }
        Done = $"Đã ghi quyết định: {Domain.Privacy.PrivacyText.Outcome(outcome.Value!.Outcome).ToLowerInvariant()}.";
        return RedirectToPage();
    }
}
