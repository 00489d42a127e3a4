using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Supervision;

/// <summary>One supervisor's or officer's caseload: open cases now, against the advisable maximum.</summary>
public sealed record CaseloadRow(string UserId, string Name, string CommuneCode, string Holder, int Count, int Maximum, string Level, string LevelTitle);

/// <summary>The caseloads of a commune (or of every commune of the province), the maxima in force and how many are beyond them.</summary>
public sealed record CaseloadView(string? CommuneCode, int MaxPerSupervisor, int MaxPerOfficer, IReadOnlyList<CaseloadRow> Supervisors,
    IReadOnlyList<CaseloadRow> Officers)
{
    public int Over => Supervisors.Count(r => r.Level == nameof(CaseloadLevel.Over)) + Officers.Count(r => r.Level == nameof(CaseloadLevel.Over));
}

/// <summary>
/// Caseload (issue 19, part 8): for each active supervisor and each commune police officer, the open cases (in intake or active) of
/// the people assigned to them — supervised (LTHAHS 2019 Điều 84, 86) or, for returnees, helped (TT 10/2024/TT-BCA Điều 9). Judged by <see cref="Caseload"/> against the maxima in force today. A commune's
/// staff see their commune; the province police every commune of the province, or one with <c>commune=</c>.
/// </summary>
public static class CaseloadQueries
{
    static IQueryable<Guid> PeopleWithOpenCase(HoaNhapDbContext db) =>
        db.Cases.Where(c => c.Status == CaseStatus.Intake || c.Status == CaseStatus.Active).Select(c => c.PersonId);

    /// <summary>
    /// Open cases per user in a province: the people they supervise (an assignment not ended, the person's case in intake or active)
    /// and the returnees they were assigned to help (the reintegration case in intake or active).
    /// </summary>
    public static async Task<Dictionary<string, int>> CountsAsync(HoaNhapDbContext db, string provinceCode, CancellationToken ct)
    {
        var open = PeopleWithOpenCase(db);
        var supervised = await db.SupervisorAssignments.AsNoTracking()
            .Where(a => a.EndedOn == null && a.ProvinceCode == provinceCode && open.Contains(a.PersonId))
            .GroupBy(a => a.SupervisorUserId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var reintegration = db.Cases.Where(c => c.Kind == CaseKind.Reintegration && (c.Status == CaseStatus.Intake || c.Status == CaseStatus.Active)).Select(c => c.Id);
        var helped = await db.Set<ReintegrationIntake>().AsNoTracking()
            .Where(r => r.OfficerUserId != null && r.ProvinceCode == provinceCode && reintegration.Contains(r.CaseId))
            .GroupBy(r => r.OfficerUserId!).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return supervised.Concat(helped).GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
    }

    public static async Task<Outcome<CaseloadView>> ForAsync(HoaNhapDbContext db, RuleParameters rules, CurrentUser me, string? commune, CancellationToken ct)
    {
        if (!me.May(Act.SeeCaseload)) return Outcome<CaseloadView>.Denied();
        var code = string.IsNullOrWhiteSpace(commune) ? me.CommuneCode : commune.Trim();
        // Another commune, or a commune of another province: not found, as any record outside the caller's unit.
        if (me.CommuneCode is { } own && code != own) return Outcome<CaseloadView>.Missing();
        if (code is not null && me.CommuneCode is null && !await db.Communes.AnyAsync(c => c.Code == code && c.ProvinceCode == me.ProvinceCode, ct))
            return Outcome<CaseloadView>.Missing();

        var users = db.Users.AsNoTracking().Where(u => u.IsActive && u.ProvinceCode == me.ProvinceCode
            && (u.Role == Roles.Supervisor || u.Role == Roles.CommuneOfficer));
        if (code is not null) users = users.Where(u => u.CommuneCode == code);
        var staff = await users.Select(u => new { u.Id, u.FullName, u.Role, u.CommuneCode }).ToListAsync(ct);
        var counts = await CountsAsync(db, me.ProvinceCode, ct);

        var today = db.Today;
        var maxSupervisor = Caseload.Maximum(CaseloadHolder.Supervisor, rules, today);
        var maxOfficer = Caseload.Maximum(CaseloadHolder.Officer, rules, today);
        List<CaseloadRow> Rows(string role, CaseloadHolder holder, int max) =>
            staff.Where(u => u.Role == role).Select(u =>
            {
                var check = Caseload.Judge(counts.GetValueOrDefault(u.Id), max);
                return new CaseloadRow(u.Id, u.FullName, u.CommuneCode ?? "", holder.ToString(), check.Count, check.Maximum, check.Level.ToString(),
                    Caseload.Text(check.Level));
            }).OrderByDescending(r => r.Count).ThenBy(r => r.Name, StringComparer.Create(Display.Vi, true)).ToList();
        return Outcome<CaseloadView>.Ok(new CaseloadView(code, maxSupervisor, maxOfficer,
            Rows(Roles.Supervisor, CaseloadHolder.Supervisor, maxSupervisor), Rows(Roles.CommuneOfficer, CaseloadHolder.Officer, maxOfficer)));
    }
}

public static class CaseloadApi
{
    public static void MapCaseloadApi(this RouteGroupBuilder api)
    {
        api.MapGet("/caseload", async (string? commune, HttpContext http, HoaNhapDbContext db, RuleBook book, CancellationToken ct) =>
                ApiResults.From(await CaseloadQueries.ForAsync(db, await book.ParametersAsync(ct), http.Me(), commune, ct), v => Results.Ok(v)))
            .WithTags("Giám sát, giáo dục")
            .WithSummary("Số hồ sơ đang mở của mỗi người giám sát, giáo dục (\"supervisors\") và mỗi cán bộ Công an xã được phân công giúp đỡ người chấp hành xong án phạt tù "
                + "(\"officers\"), so với mức khuyến nghị tối đa (tham số Caseload.MaxPerSupervisor, Caseload.MaxPerOfficer): \"level\" Within|AtMaximum|Over. "
                + "Cán bộ, lãnh đạo xã: xã mình; cán bộ Công an tỉnh: cả tỉnh hoặc ?commune=mã xã. Xã khác: 404.")
            .Produces<CaseloadView>().ProducesProblem(403).ProducesProblem(404)
            .NoPersonalData();
    }
}
