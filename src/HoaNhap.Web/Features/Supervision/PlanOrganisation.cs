using HoaNhap.Data;
using HoaNhap.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Supervision;

/// <summary>
/// The organisation named in the supervision plan: the association the person belongs to (Đoàn Thanh niên, Hội…), which the
/// commune asks to take part in supervising and educating them (LTHAHS 2019 Điều 86: the commune People's Committee works with the
/// mass organisations). Read apart from the case's supervision record, so the case page spends no query on it.
/// </summary>
public static class PlanOrganisation
{
    public static async Task<string?> ForAsync(HoaNhapDbContext db, Guid personId, CancellationToken ct)
    {
        var m = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Association, p.AssociationName }).FirstOrDefaultAsync(ct);
        return m is null ? null : AssociationText.Of(m.Association, m.AssociationName);
    }

    /// <summary>The plan's sentence about the organisation, for the page and the plan's text.</summary>
    public static string Sentence(string organisation) =>
        $"Người chấp hành án là thành viên của {organisation}: đề nghị tổ chức này phối hợp giám sát, giáo dục, giúp đỡ người chấp hành án.";
}
