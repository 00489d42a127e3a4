using HoaNhap.Data;
using HoaNhap.Domain.Exports;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Exports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Exports;

/// <summary>The caller's recent background exports, newest first, with a download link for each finished one.</summary>
[Shared.Audit.NoPersonalData]
public sealed class IndexModel(HoaNhapDbContext db) : PageModel
{
    public List<ExportJob> Jobs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Jobs = await ExportJobs.MineAsync(db, CurrentUser.From(User)!, ct);
}

/// <summary>One background export: progress while it runs (the page refreshes itself, no JavaScript), then the download.</summary>
// The page hands out the finished file (a list of people): a read of personal data.
[Shared.Audit.PersonalData(typeof(HoaNhap.Domain.Exports.ExportJob))]
public sealed class DetailsModel(HoaNhapDbContext db) : PageModel
{
    public ExportJob Job { get; private set; } = null!;
    public bool Running => Job.Status is ExportJobStatus.Queued or ExportJobStatus.Running;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await ExportJobs.FindAsync(db, CurrentUser.From(User)!, id, ct) is not { } job) return NotFound();
        Job = job;
        return Page();
    }

    public async Task<IActionResult> OnGetFileAsync(Guid id, CancellationToken ct) =>
        await ExportJobs.DownloadAsync(db, CurrentUser.From(User)!, id, ct) is { } f ? File(f.Content, f.ContentType, f.FileName) : NotFound();
}
