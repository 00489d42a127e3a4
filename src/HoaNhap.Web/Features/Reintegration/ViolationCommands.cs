using HoaNhap.Data;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Forms;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Reintegration;

public sealed class ViolationInput
{
    /// <summary>LawViolation or NewOffence.</summary>
    public string? Kind { get; set; }
    public string? OccurredOn { get; set; }
    public string? Description { get; set; }
    public string? Evidence { get; set; }
    /// <summary>For a law violation: an administrative sanction was imposed.</summary>
    public bool AdministrativeSanction { get; set; }
    public string? SanctionDecision { get; set; }
}

public sealed class ViolationHandlingInput
{
    public string? ProsecutedOn { get; set; }
    public string? ProsecutingBody { get; set; }
    public string? JudgmentNumber { get; set; }
    public string? JudgmentDate { get; set; }
    public string? Court { get; set; }
    public string? Penalty { get; set; }
    public bool Imprisoned { get; set; }
}

/// <summary>Law violations and new offences of returnees (issue 5 part 6): recorded on the reintegration file, they feed the re-offending rate.</summary>
public static class ViolationCommands
{
    public static async Task<List<ReturneeViolation>> ListAsync(HoaNhapDbContext db, Case c, CancellationToken ct, bool audit = true)
    {
        var list = await db.Set<ReturneeViolation>().AsNoTracking().Where(v => v.CaseId == c.Id).ToListAsync(ct);
        return list.OrderByDescending(v => v.OccurredOn).ThenByDescending(v => v.CreatedAt).ToList();
    }

    public static async Task<Outcome<ReturneeViolation>> RecordAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId, ViolationInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<ReturneeViolation>.Missing();
        if (!user.EditsRegistry) return Outcome<ReturneeViolation>.Denied();
        var errors = new Dictionary<string, string[]>();
        ReturneeViolationKind? kind = input.Kind switch
        {
            nameof(ReturneeViolationKind.LawViolation) => ReturneeViolationKind.LawViolation,
            nameof(ReturneeViolationKind.NewOffence) => ReturneeViolationKind.NewOffence,
            _ => null,
        };
        if (kind is null) errors[nameof(ViolationInput.Kind)] = ["Hãy chọn loại: vi phạm pháp luật hoặc phạm tội mới."];
        FormChecks.Date(errors, nameof(ViolationInput.OccurredOn), "Ngày xảy ra", input.OccurredOn, out var on);
        var description = FormChecks.Required(input.Description, nameof(ViolationInput.Description), "Nội dung vi phạm", 2000, errors);
        var evidence = FormChecks.Optional(input.Evidence, nameof(ViolationInput.Evidence), "Chứng cứ", 2000, errors);
        var decision = FormChecks.Optional(input.SanctionDecision, nameof(ViolationInput.SanctionDecision), "Quyết định xử phạt", 300, errors);
        if (kind == ReturneeViolationKind.LawViolation && input.AdministrativeSanction && decision is null && !errors.ContainsKey(nameof(ViolationInput.SanctionDecision)))
            errors[nameof(ViolationInput.SanctionDecision)] = ["Hãy nhập số, ngày và cơ quan ra quyết định xử phạt vi phạm hành chính."];
        if (errors.Count > 0) return Outcome<ReturneeViolation>.Invalid(errors);
        if (c.Kind != CaseKind.Reintegration)
            return Outcome<ReturneeViolation>.Refused(nameof(ViolationInput.Kind),
                "Vi phạm của người đang chấp hành án tại cộng đồng được ghi ở mục “Vi phạm” của hồ sơ chấp hành án; mục này dành cho người chấp hành xong án phạt tù.");
        if (c.Status is not (CaseStatus.Intake or CaseStatus.Active))
            return Outcome<ReturneeViolation>.Refused(nameof(ViolationInput.Kind), $"Hồ sơ đang ở trạng thái “{CaseText.Status(c.Status)}”: đã kết thúc quản lý.");
        if (Reoffending.Refusal(on, c.StartOn, c.EndedOn, db.Today) is { } refusal)
            return Outcome<ReturneeViolation>.Refused(nameof(ViolationInput.OccurredOn), refusal);
        var v = new ReturneeViolation
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, Kind = kind!.Value, OccurredOn = on,
            Description = description!, Evidence = evidence,
            AdministrativeSanction = kind == ReturneeViolationKind.LawViolation && input.AdministrativeSanction,
            SanctionDecision = kind == ReturneeViolationKind.LawViolation && input.AdministrativeSanction ? decision : null,
            CreatedAt = db.Clock.GetUtcNow(), CreatedBy = user.UserName,
        };
        db.Add(v);
        await db.SaveChangesAsync(ct);
        return Outcome<ReturneeViolation>.Ok(v);
    }

    /// <summary>How a new offence was handled: prosecution, then the new judgment. Recorded again when more is known.</summary>
    public static async Task<Outcome<ReturneeViolation>> HandleAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId, Guid violationId,
        ViolationHandlingInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<ReturneeViolation>.Missing();
        if (!user.EditsRegistry) return Outcome<ReturneeViolation>.Denied();
        var v = await db.Set<ReturneeViolation>().FirstOrDefaultAsync(x => x.Id == violationId && x.CaseId == c.Id, ct);
        if (v is null) return Outcome<ReturneeViolation>.Missing();
        var errors = new Dictionary<string, string[]>();
        var today = db.Today;
        DateOnly? prosecuted = null, judged = null;
        if (!string.IsNullOrWhiteSpace(input.ProsecutedOn))
        {
            prosecuted = FormChecks.Past(today, errors, nameof(ViolationHandlingInput.ProsecutedOn), "Ngày khởi tố", input.ProsecutedOn);
            if (prosecuted < v.OccurredOn)
            {
                errors[nameof(ViolationHandlingInput.ProsecutedOn)] = [$"Ngày khởi tố không được trước ngày phạm tội ({Display.Date(v.OccurredOn)})."];
                prosecuted = null;
            }
        }
        var body = FormChecks.Optional(input.ProsecutingBody, nameof(ViolationHandlingInput.ProsecutingBody), "Cơ quan khởi tố", 200, errors);
        var number = FormChecks.Optional(input.JudgmentNumber, nameof(ViolationHandlingInput.JudgmentNumber), "Số bản án", 100, errors);
        var court = FormChecks.Optional(input.Court, nameof(ViolationHandlingInput.Court), "Tòa án", 200, errors);
        var penalty = FormChecks.Optional(input.Penalty, nameof(ViolationHandlingInput.Penalty), "Hình phạt", 500, errors);
        var anyJudgment = number is not null || court is not null || penalty is not null || !string.IsNullOrWhiteSpace(input.JudgmentDate);
        if (anyJudgment)
        {
            if (number is null && !errors.ContainsKey(nameof(ViolationHandlingInput.JudgmentNumber))) errors[nameof(ViolationHandlingInput.JudgmentNumber)] = ["Hãy nhập số bản án."];
            if (court is null && !errors.ContainsKey(nameof(ViolationHandlingInput.Court))) errors[nameof(ViolationHandlingInput.Court)] = ["Hãy nhập Tòa án đã xét xử."];
            if (penalty is null && !errors.ContainsKey(nameof(ViolationHandlingInput.Penalty))) errors[nameof(ViolationHandlingInput.Penalty)] = ["Hãy nhập hình phạt theo bản án."];
            judged = FormChecks.Past(today, errors, nameof(ViolationHandlingInput.JudgmentDate), "Ngày tuyên án", input.JudgmentDate);
            if (judged < (prosecuted ?? v.OccurredOn))
            {
                errors[nameof(ViolationHandlingInput.JudgmentDate)] = ["Ngày tuyên án không được trước ngày phạm tội, ngày khởi tố."];
                judged = null;
            }
        }
        else if (prosecuted is null && !errors.ContainsKey(nameof(ViolationHandlingInput.ProsecutedOn)))
            errors[nameof(ViolationHandlingInput.ProsecutedOn)] = ["Hãy nhập ngày khởi tố hoặc thông tin bản án."];
        if (errors.Count > 0) return Outcome<ReturneeViolation>.Invalid(errors);
        if (v.Kind != ReturneeViolationKind.NewOffence)
            return Outcome<ReturneeViolation>.Refused(nameof(ViolationHandlingInput.ProsecutedOn), "Chỉ ghi nhận khởi tố, xét xử đối với hành vi phạm tội mới.");
        v.ProsecutedOn = prosecuted ?? v.ProsecutedOn;
        v.ProsecutingBody = body ?? v.ProsecutingBody;
        if (judged is { } jd)
        {
            v.JudgmentNumber = number;
            v.JudgmentDate = jd;
            v.Court = court;
            v.Penalty = penalty;
            v.Imprisoned = input.Imprisoned;
        }
        v.HandlingRecordedAt = db.Clock.GetUtcNow();
        v.HandlingRecordedBy = user.UserName;
        await db.SaveChangesAsync(ct);
        return Outcome<ReturneeViolation>.Ok(v);
    }
}
