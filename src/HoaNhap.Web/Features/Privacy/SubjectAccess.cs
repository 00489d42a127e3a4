using System.Globalization;
using System.Reflection;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Data.Audit;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Privacy;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HoaNhap.Web.Features.Privacy;

/// <summary>One kind of record held about the person (e.g. "Điểm danh, làm việc"), each row as field → value.</summary>
public sealed record SubjectAccessSection(string Table, string Title, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows);

public sealed record SubjectAccessAuditRow(long Id, DateTimeOffset At, string UserName, string Action, string EntityType, string? EntityId, string? Details);

public sealed record DisclosureRow(DateTimeOffset On, string Recipient, string Purpose, string LegalBasis, string What);

/// <summary>Everything held about one person: the registry row, every record that refers to the person, their cases or judgments, the audit entries and the disclosures.</summary>
public sealed record SubjectAccessExport(Guid PersonId, string FullName, DateTimeOffset ProducedAt, string ProducedBy, string LegalBasis,
    IReadOnlyList<SubjectAccessSection> Sections, IReadOnlyList<SubjectAccessAuditRow> Audit, IReadOnlyList<DisclosureRow> Disclosures);

/// <summary>
/// The subject-access export of the personal-data law (Luật 91/2025/QH15; before 01/01/2026 NĐ 13/2023/NĐ-CP): an officer of
/// the person's unit (province or commune police) produces everything held about the person. The records are found from the
/// data model itself — every table with the person's id, their cases' or judgments' ids, or a foreign key to a record found —
/// so a table added later is exported without remembering it here. The export is audited and recorded as a disclosure.
/// </summary>
public static class SubjectAccess
{
    public const string AuditAction = "SubjectAccess";

    // Not the person's file: the audit (exported apart), the disclosure log (apart), jobs, users and keys.
    static readonly HashSet<string> Skipped = ["AuditEntry", "Disclosure", "ExportJob", "AppUser", "DataProtectionKey", "ExchangeRequest"];
    // Search keys and file contents are not data about the person beyond what the other fields say.
    static readonly HashSet<string> Hidden = ["SearchKey", "NumberKey", "Content", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "CodeHash"];

    public static async Task<Outcome<SubjectAccessExport>> ProduceAsync(HoaNhapDbContext db, CurrentUser me, Guid personId, string format, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().People(me).FirstOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null) return Outcome<SubjectAccessExport>.Missing();
        if (!me.EditsRegistry) return Outcome<SubjectAccessExport>.Denied();

        var sections = new List<SubjectAccessSection> { new("People", Title("Person"), [Row(db.Model.FindEntityType(typeof(Person))!, person)]) };
        var found = new Dictionary<IEntityType, List<object>> { [db.Model.FindEntityType(typeof(Person))!] = [person] };
        var byName = new Dictionary<string, List<Guid>> { ["PersonId"] = [personId] };

        var candidates = db.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() && t.FindPrimaryKey() is not null && !t.HasSharedClrType && t.ClrType != typeof(Person)
                && !Skipped.Contains(t.ClrType.Name) && t.ClrType.Namespace?.StartsWith("Microsoft.") != true)
            .OrderBy(t => t.ClrType.Name, StringComparer.Ordinal).ToList();

        // First the tables that name the person; then those that name the person's cases or judgments; then anything
        // with a foreign key to a record already found (loan events, additional penalties…).
        foreach (var t in candidates.Where(t => GuidProperty(t, "PersonId") is not null))
            found[t] = await RowsAsync(db, t, GuidProperty(t, "PersonId")!, [personId], ct);
        byName["CaseId"] = Ids(found, "Case");
        byName["JudgmentId"] = Ids(found, "Judgment");
        foreach (var t in candidates.Where(t => !found.ContainsKey(t)))
            foreach (var name in new[] { "CaseId", "JudgmentId" })
                if (GuidProperty(t, name) is { } p && byName[name].Count > 0)
                {
                    found[t] = await RowsAsync(db, t, p, byName[name], ct);
                    break;
                }
        foreach (var t in candidates.Where(t => !found.ContainsKey(t)))
            foreach (var fk in t.GetForeignKeys().Where(f => f.Properties.Count == 1 && found.ContainsKey(f.PrincipalEntityType)))
            {
                var ids = found[fk.PrincipalEntityType].Select(r => KeyOf(fk.PrincipalEntityType, r)).OfType<Guid>().ToList();
                if (ids.Count == 0) continue;
                found[t] = await RowsAsync(db, t, fk.Properties[0], ids, ct);
                break;
            }
        foreach (var (t, rows) in found.Where(f => f.Key.ClrType != typeof(Person) && f.Value.Count > 0).OrderBy(f => Title(f.Key.ClrType.Name), StringComparer.Ordinal))
            sections.Add(new(t.GetTableName() ?? t.ClrType.Name, Title(t.ClrType.Name), rows.Select(r => Row(t, r)).ToList()));

        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.PersonId == personId).OrderBy(a => a.Id).Take(10_000)
            .Select(a => new SubjectAccessAuditRow(a.Id, a.At, a.UserName, a.Action, a.EntityType, a.EntityId, a.Details)).ToListAsync(ct);
        var disclosures = await ListDisclosuresAsync(db, personId, ct);

        var now = db.Clock.GetUtcNow();
        var basis = $"{PrivacyText.DataLaw(db.Today)}: quyền của chủ thể dữ liệu được biết, truy cập và nhận dữ liệu cá nhân của mình";
        db.Record(AuditAction, nameof(Person), personId.ToString(), personId, person.ProvinceCode, person.CommuneCode,
            JsonSerializer.Serialize(new { format, sections = sections.Count, records = sections.Sum(s => s.Rows.Count), auditEntries = audit.Count }, AuditTrail.Json));
        DisclosureLog.Add(db, new DisclosedPerson(personId, person.ProvinceCode, person.CommuneCode),
            new DisclosureNote(DisclosureLog.RecipientOf(me) + ", để cung cấp cho chủ thể dữ liệu",
                "Cung cấp dữ liệu cá nhân theo yêu cầu của chủ thể dữ liệu", basis,
                $"Toàn bộ dữ liệu đang lưu về người này ({sections.Sum(s => s.Rows.Count)} bản ghi, {audit.Count} dòng nhật ký), tệp {format}"),
            me.UserName);
        await db.SaveChangesAsync(ct);
        return Outcome<SubjectAccessExport>.Ok(new SubjectAccessExport(personId, person.FullName, now, me.UserName, basis, sections, audit, disclosures));
    }

    public static async Task<List<DisclosureRow>> ListDisclosuresAsync(HoaNhapDbContext db, Guid personId, CancellationToken ct) =>
        (await db.Set<Disclosure>().AsNoTracking().Where(d => d.PersonId == personId).ToListAsync(ct))
            .OrderByDescending(d => d.At).Select(d => new DisclosureRow(d.At, d.Recipient, d.Purpose, d.LegalBasis, d.What)).ToList();

    static IProperty? GuidProperty(IEntityType t, string name) =>
        t.FindProperty(name) is { PropertyInfo: not null } p && (p.ClrType == typeof(Guid) || p.ClrType == typeof(Guid?)) ? p : null;

    static List<Guid> Ids(Dictionary<IEntityType, List<object>> found, string typeName) =>
        found.Where(f => f.Key.ClrType.Name == typeName).SelectMany(f => f.Value.Select(r => KeyOf(f.Key, r))).OfType<Guid>().ToList();

    static object? KeyOf(IEntityType t, object row) =>
        t.FindPrimaryKey()!.Properties is [{ PropertyInfo: { } info }] ? info.GetValue(row) : null;

    static readonly MethodInfo RowsOf = typeof(SubjectAccess).GetMethod(nameof(RowsOfAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    static readonly MethodInfo NullableRowsOf = typeof(SubjectAccess).GetMethod(nameof(NullableRowsOfAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    static Task<List<object>> RowsAsync(HoaNhapDbContext db, IEntityType t, IProperty p, List<Guid> ids, CancellationToken ct) =>
        (Task<List<object>>)(p.ClrType == typeof(Guid) ? RowsOf : NullableRowsOf).MakeGenericMethod(t.ClrType).Invoke(null, [db, p.Name, ids, ct])!;

    static async Task<List<object>> RowsOfAsync<T>(HoaNhapDbContext db, string property, List<Guid> ids, CancellationToken ct) where T : class
    {
        var rows = new List<object>();
        foreach (var chunk in ids.Chunk(500))
            rows.AddRange(await db.Set<T>().AsNoTracking().Where(e => chunk.Contains(EF.Property<Guid>(e, property))).Take(10_000).ToListAsync(ct));
        return rows;
    }

    static async Task<List<object>> NullableRowsOfAsync<T>(HoaNhapDbContext db, string property, List<Guid> ids, CancellationToken ct) where T : class
    {
        var rows = new List<object>();
        foreach (var chunk in ids.Chunk(500).Select(c => c.Select(g => (Guid?)g).ToArray()))
            rows.AddRange(await db.Set<T>().AsNoTracking().Where(e => chunk.Contains(EF.Property<Guid?>(e, property))).Take(10_000).ToListAsync(ct));
        return rows;
    }

    static IReadOnlyDictionary<string, object?> Row(IEntityType t, object row)
    {
        var d = new Dictionary<string, object?>();
        foreach (var p in t.GetProperties().Where(p => p.PropertyInfo is not null && !Hidden.Contains(p.Name)))
            d[p.Name] = p.PropertyInfo!.GetValue(row) switch
            {
                byte[] b => $"[tệp {b.Length} byte]",
                DateOnly on => on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Enum e => e.ToString(),
                var v => v,
            };
        return d;
    }

    /// <summary>The Vietnamese name of a kind of record; a table not listed keeps its technical name.</summary>
    public static string Title(string type) => type switch
    {
        "Person" => "Thông tin cá nhân",
        "PortalInvitation" => "Giấy mời sử dụng cổng thông tin",
        "ReminderConsent" => "Đồng ý nhận nhắc việc",
        "PersonPhoto" => "Ảnh chân dung",
        "Judgment" => "Bản án",
        "AdditionalPenalty" => "Hình phạt bổ sung",
        "CivilObligation" => "Nghĩa vụ dân sự, án phí",
        "EnforcementDecision" => "Quyết định thi hành án",
        "Case" => "Hồ sơ chấp hành án / quản lý",
        "SupervisorAssignment" => "Phân công người giám sát, giáo dục",
        "CheckIn" => "Làm việc, điểm danh",
        "SelfReport" => "Bản tự nhận xét, báo cáo",
        "Assessment" or "SupervisorAssessment" => "Nhận xét của người giám sát",
        "Breach" => "Vi phạm nghĩa vụ",
        "Reminder" => "Nhắc nhở",
        "Reprimand" => "Khiển trách",
        "EscalationProposal" => "Đề nghị xử lý vi phạm",
        "AbsencePermission" => "Vắng mặt tại nơi cư trú",
        "CaseTransfer" => "Thay đổi nơi cư trú, chuyển hồ sơ",
        "CaseFileItem" => "Danh mục tài liệu trong hồ sơ",
        "EarlyTerminationProposal" => "Rút ngắn, giảm, miễn",
        "ReintegrationIntake" => "Tiếp nhận người chấp hành xong án phạt tù",
        "SupportAction" => "Hỗ trợ tái hòa nhập",
        "PolicyCounselling" => "Tư vấn chính sách",
        "ReintegrationLoan" => "Vay vốn",
        "LoanEvent" => "Diễn biến khoản vay",
        "LoanStatusUpdate" => "Tình trạng khoản vay do Ngân hàng báo",
        "JobReferral" => "Giới thiệu việc làm, học nghề",
        "ReturneeViolation" => "Vi phạm pháp luật sau khi chấp hành xong án",
        "RecordClearance" => "Xóa án tích, kết thúc quản lý",
        "ReintegrationModelMember" => "Tham gia mô hình tái hòa nhập",
        "ExemplaryIndividual" => "Cá nhân điển hình",
        "Commendation" => "Khen thưởng",
        "ReleaseNotice" => "Thông báo của trại giam",
        "ReconciliationRow" => "Dòng đối soát với Tòa án, Viện kiểm sát",
        "WorklistItem" => "Việc cần làm",
        "EligibilityForecast" => "Sắp đủ điều kiện",
        "RetentionDecision" => "Quyết định lưu giữ, lưu trữ hồ sơ",
        _ => type,
    };
}
