using HoaNhap.Data;
using HoaNhap.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Shared;

/// <summary>The rule parameters and holidays as stored by administrators, read once per request.</summary>
public sealed class RuleBook(HoaNhapDbContext db)
{
    RuleParameters? _parameters;
    IReadOnlySet<DateOnly>? _holidays;

    public async Task<RuleParameters> ParametersAsync(CancellationToken ct) =>
        _parameters ??= new RuleParameters((await db.RuleParameterValues.AsNoTracking().ToListAsync(ct)).Select(v => v.ToParameter()));

    public async Task<IReadOnlySet<DateOnly>> HolidaysAsync(CancellationToken ct) =>
        _holidays ??= (await db.Holidays.AsNoTracking().Select(h => h.Date).ToListAsync(ct)).ToHashSet();
}
