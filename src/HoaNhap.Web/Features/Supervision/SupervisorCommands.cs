using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Features.People;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Supervision;

public sealed class AssignmentInput
{
    public string? SupervisorUserId { get; set; }
    public string? DecisionNumber { get; set; }
    public string? AssignedOn { get; set; }
}

/// <summary>
/// Phân công người giám sát, giáo dục. The commune People's Committee decides
/// (LTHAHS 2019 Điều 84 khoản 1, Điều 86); a new assignment ends the previous one.
/// </summary>
public static class SupervisorCommands
{
    public static Task<List<(string Id, string Name)>> CandidatesAsync(HoaNhapDbContext db, string communeCode, CancellationToken ct) =>
        db.Users.AsNoTracking().Where(u => u.Role == Roles.Supervisor && u.CommuneCode == communeCode && u.IsActive)
            .OrderBy(u => u.FullName).Select(u => new ValueTuple<string, string>(u.Id, u.FullName)).ToListAsync(ct);

    public static async Task<Outcome<SupervisorAssignment>> AssignAsync(HoaNhapDbContext db, CurrentUser user, Guid personId,
        AssignmentInput input, CancellationToken ct)
    {
        var person = await PeopleQueries.FindAsync(db, user, personId, ct);
        if (person is null) return Outcome<SupervisorAssignment>.Missing();
        if (!user.AssignsSupervisors) return Outcome<SupervisorAssignment>.Denied();
        var errors = new Dictionary<string, string[]>();
        var supervisor = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == input.SupervisorUserId
            && u.Role == Roles.Supervisor && u.CommuneCode == person.CommuneCode && u.IsActive, ct);
        if (supervisor is null)
            errors[nameof(AssignmentInput.SupervisorUserId)] = ["Hãy chọn một người giám sát, giáo dục đang hoạt động của xã, phường nơi người này cư trú."];
        if (!VietnameseDate.TryParse(input.AssignedOn, out var on))
            errors[nameof(AssignmentInput.AssignedOn)] = ["Ngày phân công phải có dạng ngày/tháng/năm."];
        else if (on > Display.Today)
            errors[nameof(AssignmentInput.AssignedOn)] = ["Ngày phân công không được sau ngày hôm nay."];
        if (input.DecisionNumber is { Length: > 100 })
            errors[nameof(AssignmentInput.DecisionNumber)] = ["Số quyết định không được dài quá 100 ký tự."];
        if (errors.Count > 0) return Outcome<SupervisorAssignment>.Invalid(errors);

        var current = await db.SupervisorAssignments.Where(a => a.PersonId == personId && a.EndedOn == null).ToListAsync(ct);
        if (current.Any(a => a.SupervisorUserId == supervisor!.Id))
            return Outcome<SupervisorAssignment>.Invalid(nameof(AssignmentInput.SupervisorUserId), "Người này đang được chính người giám sát đó giám sát.");
        foreach (var a in current) a.EndedOn = on;
        var assignment = new SupervisorAssignment
        {
            PersonId = personId, ProvinceCode = person.ProvinceCode, CommuneCode = person.CommuneCode,
            SupervisorUserId = supervisor!.Id, SupervisorName = supervisor.FullName,
            DecisionNumber = string.IsNullOrWhiteSpace(input.DecisionNumber) ? null : VietnameseText.Nfc(input.DecisionNumber),
            AssignedOn = on,
        };
        db.SupervisorAssignments.Add(assignment);
        await db.SaveChangesAsync(ct);
        return Outcome<SupervisorAssignment>.Ok(assignment);
    }
}
