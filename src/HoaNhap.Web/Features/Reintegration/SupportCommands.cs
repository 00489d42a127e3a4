using HoaNhap.Data;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Forms;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Reintegration;

public sealed class SupportInput
{
    public string? Area { get; set; }
    public string? Need { get; set; }
    public string? Action { get; set; }
    public string? Responsible { get; set; }
    public string? IdentifiedOn { get; set; }
    public string? DueOn { get; set; }
}

public sealed class SupportOutcomeInput
{
    /// <summary>Done or NotPossible.</summary>
    public string? Status { get; set; }
    public string? ClosedOn { get; set; }
    public string? Outcome { get; set; }
}

/// <summary>Where a returnee stands in one area: its actions, how many are open, overdue or settled.</summary>
public sealed record AreaStanding(NeedArea Area, int Open, int Overdue, int Done, int NotPossible)
{
    public string Title => SupportText.Area(Area);
    public string State => Overdue > 0 ? "Quá hạn" : Open > 0 ? "Đang hỗ trợ" : Done + NotPossible > 0 ? "Đã giải quyết" : "Chưa có nhu cầu";
}

public static class SupportCommands
{
    public static async Task<List<SupportAction>> ListAsync(HoaNhapDbContext db, Case c, CancellationToken ct, bool audit = true)
    {
        var list = await db.Set<SupportAction>().AsNoTracking().Where(a => a.CaseId == c.Id).ToListAsync(ct);
        return list.OrderBy(a => a.Status).ThenBy(a => a.DueOn).ThenBy(a => a.Area).ToList();
    }

    /// <summary>Every area with its counts, in the order of the list in the issue (areas without a need included).</summary>
    public static List<AreaStanding> Standing(IReadOnlyList<SupportAction> actions, DateOnly today) =>
        Enum.GetValues<NeedArea>().Select(area =>
        {
            var a = actions.Where(x => x.Area == area).ToList();
            return new AreaStanding(area, a.Count(x => x.Status == SupportStatus.Open), a.Count(x => x.Overdue(today)),
                a.Count(x => x.Status == SupportStatus.Done), a.Count(x => x.Status == SupportStatus.NotPossible));
        }).ToList();

    public static async Task<Outcome<SupportAction>> AddAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId, SupportInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<SupportAction>.Missing();
        if (!user.EditsRegistry) return Outcome<SupportAction>.Denied();
        var errors = new Dictionary<string, string[]>();
        var area = FormChecks.Choice<NeedArea>(input.Area);
        if (area is null) errors[nameof(SupportInput.Area)] = ["Hãy chọn lĩnh vực của nhu cầu (căn cước, cư trú, nhà ở, sức khỏe, việc làm…)."];
        var need = FormChecks.Required(input.Need, nameof(SupportInput.Need), "Nhu cầu", 1000, errors);
        var action = FormChecks.Required(input.Action, nameof(SupportInput.Action), "Việc hỗ trợ", 1000, errors);
        var body = FormChecks.Choice<ResponsibleBody>(input.Responsible);
        if (body is null) errors[nameof(SupportInput.Responsible)] = ["Hãy chọn cơ quan, tổ chức chịu trách nhiệm."];
        FormChecks.Past(db.Today, errors, nameof(SupportInput.IdentifiedOn), "Ngày ghi nhận nhu cầu", input.IdentifiedOn, out var identified);
        if (FormChecks.Date(errors, nameof(SupportInput.DueOn), "Thời hạn", input.DueOn, out var due) && errors.GetValueOrDefault(nameof(SupportInput.IdentifiedOn)) is null && due < identified)
            errors[nameof(SupportInput.DueOn)] = ["Thời hạn không được trước ngày ghi nhận nhu cầu."];
        if (errors.Count > 0) return Outcome<SupportAction>.Invalid(errors);
        if (c.Kind != CaseKind.Reintegration)
            return Outcome<SupportAction>.Refused(nameof(SupportInput.Area), "Kế hoạch hỗ trợ chỉ lập cho hồ sơ quản lý, giúp đỡ tái hòa nhập cộng đồng (Nghị định 49/2020/NĐ-CP).");
        if (c.Status is not (CaseStatus.Intake or CaseStatus.Active))
            return Outcome<SupportAction>.Refused(nameof(SupportInput.Area), $"Hồ sơ đang ở trạng thái “{CaseText.Status(c.Status)}”.");
        var a = new SupportAction
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, Area = area!.Value, Need = need!,
            Action = action!, Responsible = body!.Value, IdentifiedOn = identified, DueOn = due, CreatedAt = db.Clock.GetUtcNow(), CreatedBy = user.UserName,
        };
        db.Add(a);
        await db.SaveChangesAsync(ct);
        return Outcome<SupportAction>.Ok(a);
    }

    public static async Task<Outcome<SupportAction>> CloseAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId, Guid actionId,
        SupportOutcomeInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<SupportAction>.Missing();
        if (!user.EditsRegistry) return Outcome<SupportAction>.Denied();
        var a = await db.Set<SupportAction>().FirstOrDefaultAsync(x => x.Id == actionId && x.CaseId == c.Id, ct);
        if (a is null) return Outcome<SupportAction>.Missing();
        var errors = new Dictionary<string, string[]>();
        var status = FormChecks.Choice<SupportStatus>(input.Status);
        if (status is null or SupportStatus.Open) errors[nameof(SupportOutcomeInput.Status)] = ["Hãy chọn kết quả: đã giải quyết hoặc không thực hiện được."];
        if (FormChecks.Past(db.Today, errors, nameof(SupportOutcomeInput.ClosedOn), "Ngày có kết quả", input.ClosedOn, out var on) && on < a.IdentifiedOn) errors[nameof(SupportOutcomeInput.ClosedOn)] = [$"Ngày có kết quả không được trước ngày ghi nhận nhu cầu ({Display.Date(a.IdentifiedOn)})."];
        var outcome = FormChecks.Required(input.Outcome, nameof(SupportOutcomeInput.Outcome), "Kết quả", 2000, errors);
        if (errors.Count > 0) return Outcome<SupportAction>.Invalid(errors);
        if (a.Close(status!.Value, on, outcome!) is { } refusal)
            return Outcome<SupportAction>.Refused(nameof(SupportOutcomeInput.Status), refusal);
        await db.SaveChangesAsync(ct);
        return Outcome<SupportAction>.Ok(a);
    }
}
