using HoaNhap.Data;
using HoaNhap.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Shared;

/// <summary>
/// The rule parameters and holidays as stored by administrators: from the <see cref="ReferenceCache"/> for a request,
/// read once per book without it (a job or a command that makes its own book).
/// </summary>
public sealed class RuleBook(HoaNhapDbContext db, ReferenceCache? cache = null)
{
    RuleParameters? _parameters;
    IReadOnlySet<DateOnly>? _holidays;

    public async Task<RuleParameters> ParametersAsync(CancellationToken ct) => _parameters ??= cache is not null
        ? await cache.ParametersAsync(db, ct)
        : new RuleParameters((await db.RuleParameterValues.AsNoTracking().ToListAsync(ct)).Select(v => v.ToParameter()));

    public async Task<IReadOnlySet<DateOnly>> HolidaysAsync(CancellationToken ct) => _holidays ??= cache is not null
        ? await cache.HolidaysAsync(db, ct)
        : (await db.Holidays.AsNoTracking().Select(h => h.Date).ToListAsync(ct)).ToHashSet();
}
