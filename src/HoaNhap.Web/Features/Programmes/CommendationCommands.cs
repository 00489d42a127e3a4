using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Programmes;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Programmes;

public sealed class CommendationInput
{
    /// <summary>The commune (a province officer may leave it empty for a province-level commendation).</summary>
    public string? CommuneCode { get; set; }
    /// <summary>Optional: a person of the registry (e.g. a returnee) in the same unit.</summary>
    public Guid? PersonId { get; set; }
    /// <summary>The collective or individual commended (e.g. a supervisor, the commune police team); the person's name if empty.</summary>
    public string? CommendedName { get; set; }
    public string? Achievement { get; set; }
    public string? ProposedOn { get; set; }
    public string? ProposedBy { get; set; }
}

public sealed class CommendationDecisionInput
{
    public bool? Granted { get; set; }
    public string? DecidedOn { get; set; }
    public string? GrantedBy { get; set; }
    public string? DecisionNumber { get; set; }
}

/// <summary>
/// The register of commendations: same users and scope as the training register (province officers for the province
/// and its communes, commune officers and leaders for their own commune).
/// </summary>
public static class CommendationCommands
{
    static IQueryable<Commendation> Scoped(HoaNhapDbContext db, CurrentUser u)
    {
        var q = db.Set<Commendation>().Where(t => t.ProvinceCode == u.ProvinceCode);
        if (u.CommuneCode is { } c) q = q.Where(t => t.CommuneCode == c);
        return q;
    }

    public static async Task<Outcome<List<Commendation>>> ListAsync(HoaNhapDbContext db, CurrentUser u, int? year, CommendationStatus? status, CancellationToken ct)
    {
        if (!u.May(Act.UseTraining)) return Outcome<List<Commendation>>.Denied();
        var q = Scoped(db, u).AsNoTracking();
        if (year is { } y) q = q.Where(t => t.ProposedOn >= new DateOnly(y, 1, 1) && t.ProposedOn <= new DateOnly(y, 12, 31));
        if (status is { } s) q = q.Where(t => t.Status == s);
        return Outcome<List<Commendation>>.Ok(await q.OrderByDescending(t => t.ProposedOn).ThenBy(t => t.CommuneCode).ToListAsync(ct));
    }

    public static async Task<Commendation?> FindAsync(HoaNhapDbContext db, CurrentUser u, Guid id, CancellationToken ct) =>
        u.May(Act.UseTraining) ? await Scoped(db, u).FirstOrDefaultAsync(t => t.Id == id, ct) : null;

    public static async Task<Outcome<Commendation>> CreateAsync(HoaNhapDbContext db, CurrentUser u, CommendationInput input, CancellationToken ct)
    {
        if (!u.May(Act.UseTraining)) return Outcome<Commendation>.Denied();
        var errors = new Dictionary<string, string[]>();
        var commune = u.CommuneCode ?? (string.IsNullOrWhiteSpace(input.CommuneCode) ? "" : input.CommuneCode.Trim());
        if (commune != "" && !await db.Communes.AnyAsync(c => c.Code == commune && c.ProvinceCode == u.ProvinceCode, ct))
            errors[nameof(input.CommuneCode)] = ["Xã, phường được chọn không thuộc tỉnh, thành phố của bạn."];
        string? personName = null;
        if (input.PersonId is { } pid)
        {
            var person = await db.People.AsNoTracking().Where(p => p.Id == pid && p.ProvinceCode == u.ProvinceCode && (commune == "" || p.CommuneCode == commune))
                .Select(p => new { p.FullName }).FirstOrDefaultAsync(ct);
            if (person is null) errors[nameof(input.PersonId)] = ["Không tìm thấy người được khen thưởng trong địa bàn của đơn vị."];
            else personName = person.FullName;
        }
        var name = string.IsNullOrWhiteSpace(input.CommendedName) ? personName : input.CommendedName.Trim();
        if (string.IsNullOrEmpty(name) && !errors.ContainsKey(nameof(input.PersonId)))
            errors[nameof(input.CommendedName)] = ["Hãy nhập tên tập thể hoặc cá nhân được đề nghị khen thưởng."];
        if (string.IsNullOrWhiteSpace(input.Achievement)) errors[nameof(input.Achievement)] = ["Hãy nhập thành tích được đề nghị khen thưởng."];
        FormChecks.Date(errors, nameof(input.ProposedOn), "Ngày đề nghị", input.ProposedOn, out var proposedOn);
        if (string.IsNullOrWhiteSpace(input.ProposedBy)) errors[nameof(input.ProposedBy)] = ["Hãy nhập cơ quan, đơn vị đề nghị khen thưởng."];
        if (errors.Count > 0) return Outcome<Commendation>.Invalid(errors);
        if (proposedOn > db.Today)
            return Outcome<Commendation>.Refused(nameof(input.ProposedOn), "Chỉ ghi nhận đề nghị đã gửi: " + FormMessages.NotAfterToday("ngày đề nghị"));
        var c = new Commendation
        {
            ProvinceCode = u.ProvinceCode, CommuneCode = commune, PersonId = input.PersonId, CommendedName = VietnameseText.Nfc(name!),
            Achievement = VietnameseText.Nfc(input.Achievement!.Trim()), ProposedOn = proposedOn, ProposedBy = VietnameseText.Nfc(input.ProposedBy!.Trim()),
        };
        db.Add(c);
        await db.SaveChangesAsync(ct);
        return Outcome<Commendation>.Ok(c);
    }

    /// <summary>Records the decision on a proposal: granted (on, by, decision number) or not granted. Only once.</summary>
    public static async Task<Outcome<Commendation>> DecideAsync(HoaNhapDbContext db, CurrentUser u, Guid id, CommendationDecisionInput input, CancellationToken ct)
    {
        if (!u.May(Act.UseTraining)) return Outcome<Commendation>.Denied();
        var c = await FindAsync(db, u, id, ct);
        if (c is null) return Outcome<Commendation>.Missing();
        var errors = new Dictionary<string, string[]>();
        if (input.Granted is null) errors[nameof(input.Granted)] = ["Hãy chọn kết quả: được khen thưởng hoặc không được khen thưởng."];
        FormChecks.Date(errors, nameof(input.DecidedOn), "Ngày quyết định", input.DecidedOn, out var decidedOn);
        if (input.Granted == true)
        {
            if (string.IsNullOrWhiteSpace(input.GrantedBy)) errors[nameof(input.GrantedBy)] = ["Hãy nhập cấp, cơ quan quyết định khen thưởng."];
            if (string.IsNullOrWhiteSpace(input.DecisionNumber)) errors[nameof(input.DecisionNumber)] = ["Hãy nhập số quyết định khen thưởng."];
        }
        if (errors.Count > 0) return Outcome<Commendation>.Invalid(errors);
        if (c.Status == CommendationStatus.Proposed && (decidedOn < c.ProposedOn || decidedOn > db.Today))
            return Outcome<Commendation>.Refused(nameof(input.DecidedOn), "Ngày quyết định phải từ ngày đề nghị đến hôm nay.");
        if (c.Decide(input.Granted == true, decidedOn, input.Granted == true ? VietnameseText.Nfc(input.GrantedBy!.Trim()) : null,
                input.Granted == true ? input.DecisionNumber!.Trim() : null) is { } refusal)
            return Outcome<Commendation>.Refused(nameof(input.Granted), refusal);
        await db.SaveChangesAsync(ct);
        return Outcome<Commendation>.Ok(c);
    }
}
