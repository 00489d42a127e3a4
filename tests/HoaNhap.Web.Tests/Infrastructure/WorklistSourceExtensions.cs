using HoaNhap.Data;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Features.Worklist;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Tests.Infrastructure;

public static class WorklistSourceExtensions
{
    /// <summary>A source's items in every province, as the nightly run collects them one province after another.</summary>
    public static async Task<IReadOnlyList<WorklistItem>> CollectEverywhereAsync(this IWorklistSource source, HoaNhapDbContext db, DateOnly today)
    {
        var items = new List<WorklistItem>();
        foreach (var province in await db.Provinces.AsNoTracking().Select(p => p.Code).ToListAsync())
            items.AddRange(await source.CollectAsync(db, today, WorklistScope.ForProvince(province), CancellationToken.None));
        return items;
    }
}
