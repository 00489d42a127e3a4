using HoaNhap.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Data.Rules;

/// <summary>First values of the rule parameters and the holiday table; administrators change them afterwards.</summary>
public static class RuleData
{
    public static async Task LoadAsync(HoaNhapDbContext db, CancellationToken ct = default)
    {
        // A default is loaded once per (key, effective date), so a value added to the defaults later
        // (e.g. the 2025 law's row) reaches existing databases too.
        var known = (await db.RuleParameterValues.Select(v => new { v.Key, v.EffectiveFrom }).ToListAsync(ct))
            .Select(v => (v.Key, v.EffectiveFrom)).ToHashSet();
        foreach (var p in RuleParameterDefaults.All.Where(p => !known.Contains((p.Key, p.EffectiveFrom))))
            db.RuleParameterValues.Add(new RuleParameterValue
            {
                Key = p.Key, Title = p.Title, Value = p.Value, Unit = p.Unit, Source = p.Source, Status = p.Status,
                EffectiveFrom = p.EffectiveFrom, ChangedAt = DateTimeOffset.UtcNow, ChangedBy = db.Actor.UserName,
            });
        // A year the table has nothing for gets the seeded days; a year administrators maintain is left alone.
        var years = (await db.Holidays.Select(h => h.Date).ToListAsync(ct)).Select(d => d.Year).ToHashSet();
        db.Holidays.AddRange(HolidayCalendar.Seed.Where(h => !years.Contains(h.Date.Year))
            .Select(h => new Holiday { Date = h.Date, Name = h.Name }));
        await db.SaveChangesAsync(ct);
    }
}
