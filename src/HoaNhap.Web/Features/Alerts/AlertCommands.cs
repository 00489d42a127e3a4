using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Alerts;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Alerts;

/// <summary>A step of the ledger as the API and the form send it: <c>{"step":"Verify|Dispose|FollowUp","on","note","action"}</c>.</summary>
public sealed class AlertStepInput
{
    public string? Step { get; set; }
    public string? On { get; set; }
    public string? Note { get; set; }
    /// <summary>For Dispose: Reminder, Summons, Visit, ReprimandProposal, Other.</summary>
    public string? Action { get; set; }
}

public sealed record AlertRow(Alert Alert, string PersonName, string CommuneName);

/// <summary>
/// Who sees which alerts: a commune officer or leader their commune's; a province officer the province's (one commune with
/// <c>commune=</c>), or only the escalated ones (<c>status=Overdue</c>). Another unit's alert is 404. Supervisors, court,
/// procuracy, bank and administrators: 403.
/// </summary>
public static class AlertQueries
{
    public static IQueryable<Alert> Visible(HoaNhapDbContext db, CurrentUser me) =>
        me.CommuneCode is { } mine
            ? db.Set<Alert>().Where(a => a.CommuneCode == mine)
            : db.Set<Alert>().Where(a => a.ProvinceCode == me.ProvinceCode);

    public static async Task<Outcome<List<AlertRow>>> ListAsync(HoaNhapDbContext db, CurrentUser me, string? status, string? commune, CancellationToken ct)
    {
        if (!me.May(Act.SeeAlerts)) return Outcome<List<AlertRow>>.Denied();
        var q = Visible(db, me).AsNoTracking();
        var today = db.Today;
        switch (status)
        {
            case null or "" or "Active": q = q.Where(a => a.Status != AlertStatus.Closed); break;
            case "Overdue": q = q.Where(a => a.Status != AlertStatus.Closed && a.DueOn < today); break;
            case "All": break;
            default:
                if (!Enum.TryParse<AlertStatus>(status, out var s) || int.TryParse(status, out _))
                    return Outcome<List<AlertRow>>.Invalid("Status", "Trạng thái phải là Active, Overdue, All, Open, Verified, Disposed hoặc Closed.");
                q = q.Where(a => a.Status == s);
                break;
        }
        if (!string.IsNullOrEmpty(commune))
        {
            if (!await db.Communes.AnyAsync(c => c.Code == commune && c.ProvinceCode == me.ProvinceCode, ct))
                return Outcome<List<AlertRow>>.Invalid("Commune", "Xã, phường được chọn không thuộc tỉnh, thành phố của bạn.");
            q = q.Where(a => a.CommuneCode == commune);
        }
        var rows = await (from a in q
                          join p in db.People.AsNoTracking() on a.PersonId equals p.Id
                          join c in db.Communes.AsNoTracking() on a.CommuneCode equals c.Code
                          select new { a, p.FullName, Commune = c.FullName }).ToListAsync(ct);
        return Outcome<List<AlertRow>>.Ok(rows.Select(x => new AlertRow(x.a, x.FullName, x.Commune))
            .OrderBy(r => r.Alert.DueOn ?? DateOnly.MaxValue).ThenBy(r => r.PersonName).ToList());
    }

    public static async Task<(AlertRow Row, List<AlertStep> Steps)?> FindAsync(HoaNhapDbContext db, CurrentUser me, Guid id, CancellationToken ct)
    {
        var row = await (from a in Visible(db, me).AsNoTracking()
                         join p in db.People.AsNoTracking() on a.PersonId equals p.Id
                         join c in db.Communes.AsNoTracking() on a.CommuneCode equals c.Code
                         where a.Id == id
                         select new { a, p.FullName, Commune = c.FullName }).FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var steps = await db.Set<AlertStep>().AsNoTracking().Where(s => s.AlertId == id).OrderBy(s => s.On).ThenBy(s => s.CreatedAt).ToListAsync(ct);
        return (new AlertRow(row.a, row.FullName, row.Commune), steps);
    }
}

public static class AlertCommands
{
    /// <summary>Records the next step of an alert (commune officer of its commune); one transaction; the worklist item of an overdue step goes.</summary>
    public static async Task<Outcome<Alert>> RecordStepAsync(HoaNhapDbContext db, CurrentUser me, RuleParameters rules, Guid id, AlertStepInput input, CancellationToken ct)
    {
        if (!me.May(Act.SeeAlerts)) return Outcome<Alert>.Denied();
        var alert = await AlertQueries.Visible(db, me).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (alert is null) return Outcome<Alert>.Missing();
        if (!me.May(Act.HandleAlerts)) return Outcome<Alert>.Denied();
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<AlertStepKind>(input.Step, out var step) || int.TryParse(input.Step, out _))
            errors[nameof(AlertStepInput.Step)] = ["Bước phải là Verify (xác minh), Dispose (xử lý) hoặc FollowUp (theo dõi kết quả)."];
        var on = FormChecks.Past(db.Today, errors, nameof(AlertStepInput.On), "Ngày thực hiện", input.On);
        FormChecks.Text(errors, nameof(AlertStepInput.Note), "Nội dung", input.Note, 2000, required: true);
        AlertAction? action = null;
        if (step == AlertStepKind.Dispose && !errors.ContainsKey(nameof(AlertStepInput.Step)))
        {
            if (!Enum.TryParse<AlertAction>(input.Action, out var a) || int.TryParse(input.Action, out _))
                errors[nameof(AlertStepInput.Action)] = ["Hãy chọn biện pháp xử lý (Reminder, Summons, Visit, ReprimandProposal hoặc Other)."];
            else action = a;
        }
        if (errors.Count > 0) return Outcome<Alert>.Invalid(errors);
        var (record, refusal) = alert.Record(step, on!.Value, VietnameseText.Nfc(input.Note!.Trim()), action, me.FullName, rules);
        if (refusal is not null)
            return Outcome<Alert>.Refused(refusal.StartsWith("Ngày", StringComparison.Ordinal) ? nameof(AlertStepInput.On) : nameof(AlertStepInput.Step), refusal);
        db.Add(record!);
        await db.SaveChangesAsync(ct);
        return Outcome<Alert>.Ok(alert);
    }
}
