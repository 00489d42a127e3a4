using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Forms;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.ReintegrationModels;

public sealed class ModelInput
{
    /// <summary>The commune of the model: a province officer chooses; a commune user's own commune otherwise.</summary>
    public string? CommuneCode { get; set; }
    public string? Name { get; set; }
    public string? EstablishedOn { get; set; }
    public string? DecisionNumber { get; set; }
    public string? DecisionDate { get; set; }
    /// <summary>CommunePolice, CommuneCommittee, FatherlandFront, WomenUnion, YouthUnion, VeteransAssociation, FarmersAssociation, Other.</summary>
    public string? Lead { get; set; }
    public string? Goal { get; set; }
    /// <summary>Filled when the model stopped working (with the reason); empty while it is active.</summary>
    public string? StoppedOn { get; set; }
    public string? StopReason { get; set; }
}

public sealed class MemberInput
{
    /// <summary>Returnee (with <see cref="CaseId"/>), Officer, MassOrganisation, Family, Businessperson or Other (with <see cref="Name"/>).</summary>
    public string? Role { get; set; }
    public Guid? CaseId { get; set; }
    public string? Name { get; set; }
    public string? Note { get; set; }
    public string? JoinedOn { get; set; }
}

public sealed class MemberEndInput
{
    public string? LeftOn { get; set; }
}

public sealed class ActivityInput
{
    public string? HeldOn { get; set; }
    public string? Content { get; set; }
    public int? Participants { get; set; }
    public int? ReturneesHelped { get; set; }
    public string? Result { get; set; }
}

/// <summary>A model with its members (current first) and its activity log (latest first).</summary>
public sealed record ModelView(ReintegrationModel Model, string CommuneName, IReadOnlyList<ReintegrationModelMember> Members,
    IReadOnlyList<ReintegrationModelActivity> Activities)
{
    public bool Active => Model.StoppedOn is null;
    public int CurrentMembers => Members.Count(m => m.LeftOn is null);
}

/// <summary>One row of the register: the model, its commune, how many members now, its activities and the last one.</summary>
public sealed record ModelRow(ReintegrationModel Model, string CommuneName, int Members, int Returnees, int Activities, DateOnly? LastActivityOn);

/// <summary>
/// The register of reintegration models (mô hình tái hòa nhập cộng đồng) with their members and activity log. Read by the
/// province police (the whole province), the commune police and committee (their commune); written by the police officers
/// (EditsRegistry). Another unit's model answers "not found". Every command saves once.
/// </summary>
public static class ModelCommands
{

    public static IQueryable<ReintegrationModel> Scoped(HoaNhapDbContext db, CurrentUser u)
    {
        var q = db.Set<ReintegrationModel>().Where(m => m.ProvinceCode == u.ProvinceCode);
        return u.CommuneCode is { } c ? q.Where(m => m.CommuneCode == c) : q;
    }

    public static async Task<Outcome<List<ModelRow>>> ListAsync(HoaNhapDbContext db, CurrentUser u, string? commune, CancellationToken ct)
    {
        if (!u.May(Act.UseReintegrationModels)) return Outcome<List<ModelRow>>.Denied();
        var q = Scoped(db, u).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(commune)) q = q.Where(m => m.CommuneCode == commune.Trim());
        var models = await q.ToListAsync(ct);
        var ids = models.Select(m => m.Id).ToList();
        var members = await db.Set<ReintegrationModelMember>().AsNoTracking().Where(m => ids.Contains(m.ModelId) && m.LeftOn == null)
            .GroupBy(m => m.ModelId).Select(g => new { g.Key, N = g.Count(), R = g.Count(x => x.Role == MemberRole.Returnee) }).ToListAsync(ct);
        var activities = await db.Set<ReintegrationModelActivity>().AsNoTracking().Where(a => ids.Contains(a.ModelId))
            .GroupBy(a => a.ModelId).Select(g => new { g.Key, N = g.Count(), Last = g.Max(x => x.HeldOn) }).ToListAsync(ct);
        var names = await NamesAsync(db, models.Select(m => m.CommuneCode), ct);
        return Outcome<List<ModelRow>>.Ok(models
            .Select(m =>
            {
                var mm = members.FirstOrDefault(x => x.Key == m.Id);
                var aa = activities.FirstOrDefault(x => x.Key == m.Id);
                return new ModelRow(m, names.GetValueOrDefault(m.CommuneCode, m.CommuneCode), mm?.N ?? 0, mm?.R ?? 0, aa?.N ?? 0, aa?.Last);
            })
            .OrderBy(r => r.Model.StoppedOn is null ? 0 : 1).ThenBy(r => r.CommuneName, StringComparer.Create(Display.Vi, false)).ThenBy(r => r.Model.EstablishedOn)
            .ToList());
    }

    public static async Task<Dictionary<string, string>> NamesAsync(HoaNhapDbContext db, IEnumerable<string> codes, CancellationToken ct)
    {
        var list = codes.Distinct().ToList();
        return (await db.Communes.AsNoTracking().Where(c => list.Contains(c.Code)).ToListAsync(ct)).ToDictionary(c => c.Code, c => c.FullName);
    }

    public static async Task<Outcome<ModelView>> GetAsync(HoaNhapDbContext db, CurrentUser u, Guid id, CancellationToken ct)
    {
        if (!u.May(Act.UseReintegrationModels)) return Outcome<ModelView>.Denied();
        var m = await Scoped(db, u).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (m is null) return Outcome<ModelView>.Missing();
        var members = (await db.Set<ReintegrationModelMember>().AsNoTracking().Where(x => x.ModelId == id).ToListAsync(ct))
            .OrderBy(x => x.LeftOn is null ? 0 : 1).ThenBy(x => x.JoinedOn).ThenBy(x => x.Name, StringComparer.Create(Display.Vi, false)).ToList();
        var activities = await db.Set<ReintegrationModelActivity>().AsNoTracking().Where(x => x.ModelId == id)
            .OrderByDescending(x => x.HeldOn).ThenByDescending(x => x.CreatedAt).ToListAsync(ct);
        var names = await NamesAsync(db, [m.CommuneCode], ct);
        return Outcome<ModelView>.Ok(new ModelView(m, names.GetValueOrDefault(m.CommuneCode, m.CommuneCode), members, activities));
    }

    public static async Task<Outcome<ReintegrationModel>> CreateAsync(HoaNhapDbContext db, CurrentUser u, ModelInput input, CancellationToken ct)
    {
        if (!u.May(Act.UseReintegrationModels) || !u.EditsRegistry) return Outcome<ReintegrationModel>.Denied();
        var errors = new Dictionary<string, string[]>();
        var commune = u.CommuneCode ?? input.CommuneCode?.Trim() ?? "";
        if (commune.Length == 0) errors[nameof(ModelInput.CommuneCode)] = ["Hãy chọn xã, phường có mô hình."];
        else if (!await db.Communes.AnyAsync(c => c.Code == commune && c.ProvinceCode == u.ProvinceCode, ct))
            errors[nameof(ModelInput.CommuneCode)] = ["Xã, phường được chọn không thuộc tỉnh, thành phố của bạn."];
        var m = new ReintegrationModel { ProvinceCode = u.ProvinceCode, CommuneCode = commune, CreatedAt = db.Clock.GetUtcNow(), CreatedBy = u.UserName };
        Apply(m, input, db.Today, errors);
        if (errors.Count > 0) return Outcome<ReintegrationModel>.Invalid(errors);
        if (m.StoppedOn is not null)
            return Outcome<ReintegrationModel>.Refused(nameof(ModelInput.StoppedOn), "Mô hình mới đăng ký phải đang hoạt động; ghi nhận ngừng hoạt động khi sửa thông tin mô hình.");
        db.Add(m);
        await db.SaveChangesAsync(ct);
        return Outcome<ReintegrationModel>.Ok(m);
    }

    public static async Task<Outcome<ReintegrationModel>> UpdateAsync(HoaNhapDbContext db, CurrentUser u, Guid id, ModelInput input, CancellationToken ct)
    {
        if (!u.May(Act.UseReintegrationModels)) return Outcome<ReintegrationModel>.Denied();
        var m = await Scoped(db, u).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (m is null) return Outcome<ReintegrationModel>.Missing();
        if (!u.EditsRegistry) return Outcome<ReintegrationModel>.Denied();
        var errors = new Dictionary<string, string[]>();
        var wasStopped = m.StoppedOn;
        Apply(m, input, db.Today, errors);
        if (errors.Count > 0) return Outcome<ReintegrationModel>.Invalid(errors);
        if (wasStopped is not null && m.StoppedOn is null)
            return Outcome<ReintegrationModel>.Refused(nameof(ModelInput.StoppedOn),
                $"Mô hình đã ngừng hoạt động từ ngày {Display.Date(wasStopped)}; nếu mô hình hoạt động trở lại, hãy đăng ký mô hình mới.");
        if (m.StoppedOn is { } stop)
        {
            var last = await db.Set<ReintegrationModelActivity>().Where(a => a.ModelId == m.Id).MaxAsync(a => (DateOnly?)a.HeldOn, ct);
            if (last > stop)
                return Outcome<ReintegrationModel>.Refused(nameof(ModelInput.StoppedOn), $"Mô hình còn hoạt động ngày {Display.Date(last)}, sau ngày ngừng hoạt động.");
        }
        if (await db.Set<ReintegrationModelActivity>().AnyAsync(a => a.ModelId == m.Id && a.HeldOn < m.EstablishedOn, ct)
            || await db.Set<ReintegrationModelMember>().AnyAsync(x => x.ModelId == m.Id && x.JoinedOn < m.EstablishedOn, ct))
            return Outcome<ReintegrationModel>.Refused(nameof(ModelInput.EstablishedOn), "Đã có hoạt động hoặc thành viên trước ngày thành lập này.");
        await db.SaveChangesAsync(ct);
        return Outcome<ReintegrationModel>.Ok(m);
    }

    /// <summary>Checks the fields and copies them onto the model (the caller saves only when there is no error).</summary>
    static void Apply(ReintegrationModel m, ModelInput input, DateOnly today, Dictionary<string, string[]> errors)
    {
        var name = FormChecks.Required(input.Name, nameof(ModelInput.Name), "Tên mô hình", 200, errors);
        var established = FormChecks.Past(today, errors, nameof(ModelInput.EstablishedOn), "Ngày thành lập", input.EstablishedOn);
        var number = FormChecks.Optional(input.DecisionNumber, nameof(ModelInput.DecisionNumber), "Số quyết định", 100, errors);
        DateOnly? decided = null;
        if (!string.IsNullOrWhiteSpace(input.DecisionDate))
            decided = FormChecks.Past(today, errors, nameof(ModelInput.DecisionDate), "Ngày quyết định", input.DecisionDate);
        else if (number is not null) errors[nameof(ModelInput.DecisionDate)] = ["Hãy nhập ngày của quyết định thành lập (ngày/tháng/năm)."];
        var lead = FormChecks.Choice<LeadOrganisation>(input.Lead);
        if (lead is null) errors[nameof(ModelInput.Lead)] = ["Hãy chọn cơ quan, tổ chức chủ trì mô hình."];
        var goal = FormChecks.Required(input.Goal, nameof(ModelInput.Goal), "Mục đích, nội dung hoạt động", 2000, errors);
        DateOnly? stopped = null;
        string? reason = null;
        if (!string.IsNullOrWhiteSpace(input.StoppedOn))
        {
            stopped = FormChecks.Past(today, errors, nameof(ModelInput.StoppedOn), "Ngày ngừng hoạt động", input.StoppedOn);
            if (stopped is { } s && established is { } e && s < e) errors[nameof(ModelInput.StoppedOn)] = ["Ngày ngừng hoạt động không được trước ngày thành lập."];
            reason = FormChecks.Required(input.StopReason, nameof(ModelInput.StopReason), "Lý do ngừng hoạt động", 1000, errors);
        }
        else if (!string.IsNullOrWhiteSpace(input.StopReason))
            errors[nameof(ModelInput.StoppedOn)] = ["Hãy nhập ngày ngừng hoạt động (ngày/tháng/năm), hoặc xóa lý do ngừng hoạt động."];
        if (errors.Count > 0) return;
        m.Name = name!;
        m.EstablishedOn = established!.Value;
        m.DecisionNumber = number;
        m.DecisionDate = decided;
        m.Lead = lead!.Value;
        m.Goal = goal!;
        m.StoppedOn = stopped;
        m.StopReason = reason;
    }

    public static async Task<Outcome<ReintegrationModelMember>> AddMemberAsync(HoaNhapDbContext db, CurrentUser u, Guid modelId, MemberInput input, CancellationToken ct)
    {
        if (!u.May(Act.UseReintegrationModels)) return Outcome<ReintegrationModelMember>.Denied();
        var m = await Scoped(db, u).AsNoTracking().FirstOrDefaultAsync(x => x.Id == modelId, ct);
        if (m is null) return Outcome<ReintegrationModelMember>.Missing();
        if (!u.EditsRegistry) return Outcome<ReintegrationModelMember>.Denied();
        var errors = new Dictionary<string, string[]>();
        var role = FormChecks.Choice<MemberRole>(input.Role);
        if (role is null) errors[nameof(MemberInput.Role)] = ["Hãy chọn thành viên là ai: người chấp hành xong án phạt tù, cán bộ, đoàn thể, gia đình, doanh nghiệp…"];
        Case? c = null;
        string? name = null;
        if (role == MemberRole.Returnee)
        {
            if (input.CaseId is not { } caseId) errors[nameof(MemberInput.CaseId)] = ["Hãy chọn người chấp hành xong án phạt tù tham gia mô hình."];
            else if ((c = await CaseLookup.FindAsync(db, u, caseId, ct)) is null || c.CommuneCode != m.CommuneCode)
                errors[nameof(MemberInput.CaseId)] = ["Không tìm thấy hồ sơ tái hòa nhập của người này trong xã có mô hình."];
        }
        else if (role is not null) name = FormChecks.Required(input.Name, nameof(MemberInput.Name), "Họ tên thành viên", 200, errors);
        var note = FormChecks.Optional(input.Note, nameof(MemberInput.Note), "Đơn vị, vai trò trong mô hình", 500, errors);
        var joined = FormChecks.Past(db.Today, errors, nameof(MemberInput.JoinedOn), "Ngày tham gia", input.JoinedOn);
        if (errors.Count > 0) return Outcome<ReintegrationModelMember>.Invalid(errors);
        if (m.StoppedOn is { } stop)
            return Outcome<ReintegrationModelMember>.Refused(nameof(MemberInput.JoinedOn), $"Mô hình đã ngừng hoạt động từ ngày {Display.Date(stop)}.");
        if (joined < m.EstablishedOn)
            return Outcome<ReintegrationModelMember>.Refused(nameof(MemberInput.JoinedOn), $"Ngày tham gia không được trước ngày thành lập mô hình ({Display.Date(m.EstablishedOn)}).");
        if (c is not null)
        {
            if (c.Kind != CaseKind.Reintegration || c.Status is not (CaseStatus.Intake or CaseStatus.Active))
                return Outcome<ReintegrationModelMember>.Refused(nameof(MemberInput.CaseId),
                    "Chỉ người chấp hành xong án phạt tù đang được quản lý tái hòa nhập cộng đồng mới tham gia mô hình với tư cách người được giúp đỡ.");
            if (await db.Set<ReintegrationModelMember>().AnyAsync(x => x.ModelId == m.Id && x.CaseId == c.Id && x.LeftOn == null, ct))
                return Outcome<ReintegrationModelMember>.Refused(nameof(MemberInput.CaseId), "Người này đang là thành viên của mô hình.");
            name = await db.People.AsNoTracking().Where(p => p.Id == c.PersonId).Select(p => p.FullName).FirstAsync(ct);
        }
        var member = new ReintegrationModelMember
        {
            ModelId = m.Id, ProvinceCode = m.ProvinceCode, CommuneCode = m.CommuneCode, Role = role!.Value, CaseId = c?.Id, PersonId = c?.PersonId,
            Name = name!, Note = note, JoinedOn = joined!.Value, CreatedAt = db.Clock.GetUtcNow(), CreatedBy = u.UserName,
        };
        db.Add(member);
        await db.SaveChangesAsync(ct);
        return Outcome<ReintegrationModelMember>.Ok(member);
    }

    public static async Task<Outcome<ReintegrationModelMember>> EndMemberAsync(HoaNhapDbContext db, CurrentUser u, Guid modelId, Guid memberId,
        MemberEndInput input, CancellationToken ct)
    {
        if (!u.May(Act.UseReintegrationModels)) return Outcome<ReintegrationModelMember>.Denied();
        var m = await Scoped(db, u).AsNoTracking().FirstOrDefaultAsync(x => x.Id == modelId, ct);
        if (m is null) return Outcome<ReintegrationModelMember>.Missing();
        if (!u.EditsRegistry) return Outcome<ReintegrationModelMember>.Denied();
        var member = await db.Set<ReintegrationModelMember>().FirstOrDefaultAsync(x => x.Id == memberId && x.ModelId == m.Id, ct);
        if (member is null) return Outcome<ReintegrationModelMember>.Missing();
        var errors = new Dictionary<string, string[]>();
        var left = FormChecks.Past(db.Today, errors, nameof(MemberEndInput.LeftOn), "Ngày thôi tham gia", input.LeftOn);
        if (errors.Count > 0) return Outcome<ReintegrationModelMember>.Invalid(errors);
        if (member.LeftOn is { } already)
            return Outcome<ReintegrationModelMember>.Refused(nameof(MemberEndInput.LeftOn), $"Thành viên này đã thôi tham gia từ ngày {Display.Date(already)}.");
        if (left < member.JoinedOn)
            return Outcome<ReintegrationModelMember>.Refused(nameof(MemberEndInput.LeftOn), $"Ngày thôi tham gia không được trước ngày tham gia ({Display.Date(member.JoinedOn)}).");
        member.LeftOn = left;
        await db.SaveChangesAsync(ct);
        return Outcome<ReintegrationModelMember>.Ok(member);
    }

    public static async Task<Outcome<ReintegrationModelActivity>> AddActivityAsync(HoaNhapDbContext db, CurrentUser u, Guid modelId, ActivityInput input, CancellationToken ct)
    {
        if (!u.May(Act.UseReintegrationModels)) return Outcome<ReintegrationModelActivity>.Denied();
        var m = await Scoped(db, u).AsNoTracking().FirstOrDefaultAsync(x => x.Id == modelId, ct);
        if (m is null) return Outcome<ReintegrationModelActivity>.Missing();
        if (!u.EditsRegistry) return Outcome<ReintegrationModelActivity>.Denied();
        var errors = new Dictionary<string, string[]>();
        var on = FormChecks.Past(db.Today, errors, nameof(ActivityInput.HeldOn), "Ngày hoạt động", input.HeldOn);
        var content = FormChecks.Required(input.Content, nameof(ActivityInput.Content), "Nội dung hoạt động", 2000, errors);
        if (input.Participants is not >= 0) errors[nameof(ActivityInput.Participants)] = ["Hãy nhập số người tham gia (một số không âm)."];
        if (input.ReturneesHelped is not >= 0) errors[nameof(ActivityInput.ReturneesHelped)] = ["Hãy nhập số người chấp hành xong án phạt tù được giúp đỡ (một số không âm, có thể là 0)."];
        else if (input.Participants is >= 0 && input.ReturneesHelped > input.Participants)
            errors[nameof(ActivityInput.ReturneesHelped)] = ["Số người được giúp đỡ không được lớn hơn số người tham gia."];
        var result = FormChecks.Optional(input.Result, nameof(ActivityInput.Result), "Kết quả", 2000, errors);
        if (errors.Count > 0) return Outcome<ReintegrationModelActivity>.Invalid(errors);
        if (on < m.EstablishedOn)
            return Outcome<ReintegrationModelActivity>.Refused(nameof(ActivityInput.HeldOn), $"Ngày hoạt động không được trước ngày thành lập mô hình ({Display.Date(m.EstablishedOn)}).");
        if (m.StoppedOn is { } stop && on > stop)
            return Outcome<ReintegrationModelActivity>.Refused(nameof(ActivityInput.HeldOn), $"Mô hình đã ngừng hoạt động từ ngày {Display.Date(stop)}.");
        var a = new ReintegrationModelActivity
        {
            ModelId = m.Id, ProvinceCode = m.ProvinceCode, CommuneCode = m.CommuneCode, HeldOn = on!.Value, Content = content!,
            Participants = input.Participants!.Value, ReturneesHelped = input.ReturneesHelped!.Value, Result = result,
            CreatedAt = db.Clock.GetUtcNow(), CreatedBy = u.UserName,
        };
        db.Add(a);
        await db.SaveChangesAsync(ct);
        return Outcome<ReintegrationModelActivity>.Ok(a);
    }

    /// <summary>The register as .xlsx: one row per model.</summary>
    public static byte[] Xlsx(IEnumerable<ModelRow> rows)
    {
        return Shared.Exports.SpreadsheetFile.Write(rows.Select(r => new Dictionary<string, object>
        {
            ["Xã, phường"] = r.CommuneName, ["Tên mô hình"] = r.Model.Name, ["Ngày thành lập"] = Display.Date(r.Model.EstablishedOn),
            ["Quyết định thành lập"] = r.Model.DecisionNumber is { } n ? $"{n} ngày {Display.Date(r.Model.DecisionDate)}" : "",
            ["Cơ quan, tổ chức chủ trì"] = ModelText.Lead(r.Model.Lead), ["Mục đích, nội dung"] = r.Model.Goal,
            ["Số thành viên"] = r.Members, ["Trong đó người chấp hành xong án phạt tù"] = r.Returnees, ["Số hoạt động"] = r.Activities,
            ["Hoạt động gần nhất"] = Display.Date(r.LastActivityOn),
            ["Tình trạng"] = r.Model.StoppedOn is { } s ? $"Ngừng hoạt động từ {Display.Date(s)}: {r.Model.StopReason}" : "Đang hoạt động",
        }));
    }
}
