using HoaNhap.Data;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;

namespace HoaNhap.Web.Features.People;

/// <summary>The organisation a person belongs to; <see cref="PersonCircumstanceCommands.None"/> clears it.</summary>
public sealed class MembershipInput
{
    /// <summary>YouthUnion, WomensUnion, FarmersAssociation, VeteransAssociation, TradeUnion, Other; None: not a member of any.</summary>
    public string? Association { get; set; }
    /// <summary>Its own name, e.g. "Chi đoàn thôn Đông" (required for Other).</summary>
    public string? AssociationName { get; set; }
}

/// <summary>Special hardship: <see cref="Hardship"/> true with a reason and the day it was found; false lifts the flag.</summary>
public sealed class HardshipInput
{
    public bool? Hardship { get; set; }
    public string? Reason { get; set; }
    public string? Since { get; set; }
}

public sealed record CircumstancesDto(Guid PersonId, string? Association, string? AssociationTitle, string? AssociationName, bool SpecialHardship,
    string? HardshipReason, DateOnly? HardshipSince, string? HardshipRecordedBy)
{
    public static CircumstancesDto From(Person p) => new(p.Id, p.Association?.ToString(), p.Association is { } k ? AssociationText.Kind(k) : null,
        p.AssociationName, p.SpecialHardship, p.HardshipReason, p.HardshipSince, p.HardshipRecordedBy);
}

/// <summary>
/// Who helps and who needs help first (issue 19, part 8): the person's membership of the Youth Union or another association, named in the
/// supervision plan so that the organisation takes part; and a special-hardship flag (reason, date, who) that the needs assessment and the
/// credit counselling read. Officers who keep the registry record both, each in one transaction.
/// </summary>
public static class PersonCircumstanceCommands
{
    /// <summary>The choice "not a member of any organisation" (clears the membership).</summary>
    public const string None = "None";

    public static async Task<Outcome<Person>> SetMembershipAsync(HoaNhapDbContext db, CurrentUser user, Guid personId, MembershipInput input, CancellationToken ct)
    {
        var person = await PersonLookup.FindAsync(db, user, personId, ct);
        if (person is null) return Outcome<Person>.Missing();
        if (!user.EditsRegistry) return Outcome<Person>.Denied();
        var errors = new Dictionary<string, string[]>();
        AssociationKind? kind = null;
        if (input.Association != None)
        {
            kind = FormChecks.Choice<AssociationKind>(input.Association);
            if (kind is null) errors[nameof(MembershipInput.Association)] = ["Hãy chọn tổ chức: Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh, Công đoàn, tổ chức, hội khác, hoặc không là thành viên tổ chức nào."];
        }
        var name = FormChecks.Optional(input.AssociationName, nameof(MembershipInput.AssociationName), "Tên tổ chức, hội", 200, errors);
        if (errors.Count > 0) return Outcome<Person>.Invalid(errors);
        if (person.SetMembership(kind, name is null ? null : VietnameseText.Nfc(name)) is { } refusal)
            return Outcome<Person>.Invalid(nameof(MembershipInput.AssociationName), refusal);
        await db.SaveChangesAsync(ct);
        return Outcome<Person>.Ok(person);
    }

    public static async Task<Outcome<Person>> SetHardshipAsync(HoaNhapDbContext db, CurrentUser user, Guid personId, HardshipInput input, CancellationToken ct)
    {
        var person = await PersonLookup.FindAsync(db, user, personId, ct);
        if (person is null) return Outcome<Person>.Missing();
        if (!user.EditsRegistry) return Outcome<Person>.Denied();
        var errors = new Dictionary<string, string[]>();
        if (input.Hardship is null)
            return Outcome<Person>.Invalid(nameof(HardshipInput.Hardship), "Hãy chọn: ghi nhận hoặc thôi ghi nhận hoàn cảnh đặc biệt khó khăn.");
        if (input.Hardship == false)
        {
            if (person.ClearHardship() is { } notFlagged) return Outcome<Person>.Refused(nameof(HardshipInput.Hardship), notFlagged);
            await db.SaveChangesAsync(ct);
            return Outcome<Person>.Ok(person);
        }
        var reason = FormChecks.Required(input.Reason, nameof(HardshipInput.Reason), "Lý do", 1000, errors);
        FormChecks.Past(db.Today, errors, nameof(HardshipInput.Since), "Ngày ghi nhận", input.Since, out var since);
        if (errors.Count > 0) return Outcome<Person>.Invalid(errors);
        if (person.FlagHardship(VietnameseText.Nfc(reason!), since, user.FullName, db.Today) is { } refusal)
            return Outcome<Person>.Invalid(nameof(HardshipInput.Reason), refusal);
        await db.SaveChangesAsync(ct);
        return Outcome<Person>.Ok(person);
    }
}

public static class PersonCircumstancesApi
{
    public static void MapPersonCircumstancesApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/people/{id:guid}").WithTags("Người");
        g.MapGet("/circumstances", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                await PersonLookup.FindAsync(db, http.Me(), id, ct) is { } p ? Results.Ok(CircumstancesDto.From(p)) : ApiResults.NotFound())
            .WithSummary("Tổ chức, hội mà người này là thành viên và hoàn cảnh đặc biệt khó khăn (lý do, ngày ghi nhận, người ghi nhận).")
            .Produces<CircumstancesDto>().ProducesProblem(404)
            .ReadsPersonalData<Person>();
        g.MapPut("/membership", async (Guid id, MembershipInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await PersonCircumstanceCommands.SetMembershipAsync(db, http.Me(), id, input, ct), p => Results.Ok(CircumstancesDto.From(p))))
            .WithSummary("Ghi tổ chức, hội mà người này là thành viên (được nêu trong kế hoạch giám sát): {\"association\":\"YouthUnion|WomensUnion|FarmersAssociation|"
                + "VeteransAssociation|TradeUnion|Other|None\",\"associationName\":\"Chi đoàn thôn Đông\"} (Other: bắt buộc có tên; None: không là thành viên tổ chức nào).")
            .Produces<CircumstancesDto>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        g.MapPut("/hardship", async (Guid id, HardshipInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await PersonCircumstanceCommands.SetHardshipAsync(db, http.Me(), id, input, ct), p => Results.Ok(CircumstancesDto.From(p))))
            .WithSummary("Ghi nhận hoàn cảnh đặc biệt khó khăn {\"hardship\":true,\"reason\",\"since\"} (nhu cầu hỗ trợ và tư vấn vay vốn được ưu tiên) "
                + "hoặc thôi ghi nhận {\"hardship\":false} (chưa ghi nhận: 422).")
            .Produces<CircumstancesDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
    }
}
