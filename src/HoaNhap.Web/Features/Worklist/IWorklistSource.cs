using HoaNhap.Data;
using HoaNhap.Domain.Worklist;

namespace HoaNhap.Web.Features.Worklist;

/// <summary>
/// One feature's contribution to the daily worklist. The worklist job asks every registered
/// source for the items due as of <c>today</c>, across all units, and replaces the stored list.
/// Register with <c>services.AddScoped&lt;IWorklistSource, MySource&gt;()</c>.
/// </summary>
public interface IWorklistSource
{
    Task<IReadOnlyList<WorklistItem>> CollectAsync(HoaNhapDbContext db, DateOnly today, CancellationToken ct);
}
