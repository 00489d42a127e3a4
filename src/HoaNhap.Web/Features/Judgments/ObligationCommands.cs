using HoaNhap.Data;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Judgments;

public sealed class SettlementInput
{
    /// <summary>The day the civil obligation (court fee, compensation) was fully carried out.</summary>
    public string? SettledOn { get; set; }
}

/// <summary>
/// Recording that a civil obligation of a judgment was carried out: the date counts for the
/// criminal-record waiting period (BLHS 2015 Điều 70 khoản 2: "đã chấp hành xong … các quyết định khác của bản án").
/// </summary>
public static class ObligationCommands
{
    public static async Task<Outcome<CivilObligation>> SettleAsync(HoaNhapDbContext db, CurrentUser user, Guid judgmentId, Guid obligationId,
        SettlementInput input, CancellationToken ct)
    {
        var judgment = await DecisionCommands.FindJudgmentAsync(db, user, judgmentId, ct);
        var obligation = judgment is null ? null
            : await db.Set<CivilObligation>().FirstOrDefaultAsync(o => o.Id == obligationId && o.JudgmentId == judgmentId, ct);
        if (obligation is null) return Outcome<CivilObligation>.Missing();
        if (!user.EditsRegistry) return Outcome<CivilObligation>.Denied();
        var errors = new Dictionary<string, string[]>();
        if (!FormChecks.Past(db.Today, errors, nameof(SettlementInput.SettledOn), "Ngày thi hành xong", input.SettledOn, out var on))
            return Outcome<CivilObligation>.Invalid(errors);
        if (on < judgment!.JudgmentDate)
            return Outcome<CivilObligation>.Invalid(nameof(SettlementInput.SettledOn), "Ngày thi hành xong không được trước ngày tuyên án.");
        obligation.SettledOn = on;
        await db.SaveChangesAsync(ct);
        return Outcome<CivilObligation>.Ok(obligation);
    }
}
