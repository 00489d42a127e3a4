using FluentValidation;
using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Features.People;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Cases;

/// <summary>Opening a case: a community sentence being served, or a reintegration period.</summary>
public sealed class CaseInput
{
    public string? Kind { get; set; }
    public string? SentenceType { get; set; }
    public string? ReleaseKind { get; set; }
    public Guid? JudgmentId { get; set; }
    public string? StartOn { get; set; }
    public string? ExpectedEndOn { get; set; }
    public string? Notes { get; set; }
}

public sealed class StatusInput
{
    public string? Status { get; set; }
    public string? On { get; set; }
    public long? Version { get; set; }
}

public sealed class CaseValidator : AbstractValidator<CaseInput>
{
    public CaseValidator()
    {
        RuleFor(x => x.Kind).Must(k => Enum.TryParse<CaseKind>(k, out _) && !int.TryParse(k, out _))
            .WithMessage("Loại hồ sơ phải là chấp hành án tại cộng đồng (CommunitySentence) hoặc tái hòa nhập cộng đồng (Reintegration).");
        RuleFor(x => x.SentenceType).Must(t => Enum.TryParse<SentenceType>(t, out _) && !int.TryParse(t, out _))
            .When(x => x.Kind == nameof(CaseKind.CommunitySentence))
            .WithMessage("Hãy chọn loại án đang chấp hành tại cộng đồng.");
        RuleFor(x => x.ReleaseKind).Must(t => Enum.TryParse<ReleaseKind>(t, out _) && !int.TryParse(t, out _))
            .When(x => x.Kind == nameof(CaseKind.Reintegration))
            .WithMessage("Hãy chọn trường hợp: chấp hành xong án phạt tù hoặc được đặc xá.");
        RuleFor(x => x.StartOn).Custom((text, ctx) =>
        {
            if (!VietnameseDate.TryParse(text, out var d)) ctx.AddFailure("Ngày bắt đầu phải có dạng ngày/tháng/năm, ví dụ 15/03/2025.");
            else if (d > Display.Today.AddDays(31)) ctx.AddFailure("Ngày bắt đầu không được quá 1 tháng sau ngày hôm nay.");
        });
        RuleFor(x => x.ExpectedEndOn).Custom((text, ctx) =>
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            if (!VietnameseDate.TryParse(text, out var end)) ctx.AddFailure("Ngày kết thúc dự kiến phải có dạng ngày/tháng/năm.");
            else if (VietnameseDate.TryParse(ctx.InstanceToValidate.StartOn, out var start) && end < start)
                ctx.AddFailure("Ngày kết thúc dự kiến không được trước ngày bắt đầu.");
        });
        RuleFor(x => x.Notes).Text("Ghi chú", 2000);
    }
}

public static class CaseCommands
{
    public static async Task<Outcome<Case>> OpenAsync(HoaNhapDbContext db, CurrentUser user, Guid personId, CaseInput input, CancellationToken ct)
    {
        var person = await PeopleQueries.FindAsync(db, user, personId, ct);
        if (person is null) return Outcome<Case>.Missing();
        if (!user.EditsRegistry) return Outcome<Case>.Denied();
        var result = await new CaseValidator().ValidateAsync(input, ct);
        if (!result.IsValid) return Outcome<Case>.Invalid(result.ToErrors());
        if (input.JudgmentId is { } jid && !await db.Judgments.AnyAsync(j => j.Id == jid && j.PersonId == personId, ct))
            return Outcome<Case>.Invalid(nameof(CaseInput.JudgmentId), "Bản án được chọn không phải của người này.");
        var kind = Enum.Parse<CaseKind>(input.Kind!);
        VietnameseDate.TryParse(input.StartOn, out var start);
        var c = new Case
        {
            PersonId = person.Id, ProvinceCode = person.ProvinceCode, CommuneCode = person.CommuneCode, Kind = kind,
            SentenceType = kind == CaseKind.CommunitySentence ? Enum.Parse<SentenceType>(input.SentenceType!) : null,
            ReleaseKind = kind == CaseKind.Reintegration ? Enum.Parse<ReleaseKind>(input.ReleaseKind!) : null,
            JudgmentId = input.JudgmentId, StartOn = start,
            ExpectedEndOn = VietnameseDate.TryParse(input.ExpectedEndOn, out var end) ? end : null,
            Status = CaseStatus.Intake, LegalBasisVersion = LegalBasis.For(start),
            Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : VietnameseText.Nfc(input.Notes),
        };
        // One open case per sentence type (or one reintegration period) at a time: duplicates are refused.
        if (await db.Cases.AnyAsync(x => x.PersonId == personId && x.Kind == c.Kind && x.SentenceType == c.SentenceType
                && (x.Status == CaseStatus.Intake || x.Status == CaseStatus.Active || x.Status == CaseStatus.Absconded), ct))
            return Outcome<Case>.Invalid(nameof(CaseInput.Kind), "Người này đang có một hồ sơ cùng loại chưa kết thúc.");
        db.Cases.Add(c);
        await db.SaveChangesAsync(ct);
        return Outcome<Case>.Ok(c);
    }

    public static async Task<Case?> FindAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId, CancellationToken ct)
    {
        var visible = db.People.People(user).Select(p => p.Id);
        return await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId && visible.Contains(c.PersonId), ct);
    }

    public static async Task<Outcome<Case>> ChangeStatusAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId, StatusInput input, CancellationToken ct)
    {
        var c = await FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<Case>.Missing();
        if (!user.EditsRegistry) return Outcome<Case>.Denied();
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<CaseStatus>(input.Status, out var next) || int.TryParse(input.Status, out _))
            errors[nameof(StatusInput.Status)] = ["Trạng thái mới không hợp lệ."];
        if (!VietnameseDate.TryParse(input.On, out var on))
            errors[nameof(StatusInput.On)] = ["Ngày chuyển trạng thái phải có dạng ngày/tháng/năm."];
        else if (on > Display.Today)
            errors[nameof(StatusInput.On)] = ["Ngày chuyển trạng thái không được sau ngày hôm nay."];
        if (input.Version is null) errors[nameof(StatusInput.Version)] = ["Thiếu phiên bản của hồ sơ (version)."];
        if (errors.Count > 0) return Outcome<Case>.Invalid(errors);
        if (c.Version != input.Version)
            return Outcome<Case>.Conflicted(new Conflict(c.UpdatedBy, c.UpdatedAt, c.Version,
                [new FieldDifference(nameof(Case.Status), "Trạng thái", CaseText.Status(c.Status), CaseText.Status(next))]));
        if (c.MoveTo(next, on) is { } refusal) return Outcome<Case>.Invalid(nameof(StatusInput.Status), refusal);
        db.Entry(c).Property(x => x.Version).OriginalValue = input.Version!.Value;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var now = await db.Cases.AsNoTracking().FirstAsync(x => x.Id == caseId, ct);
            return Outcome<Case>.Conflicted(new Conflict(now.UpdatedBy, now.UpdatedAt, now.Version,
                [new FieldDifference(nameof(Case.Status), "Trạng thái", CaseText.Status(now.Status), CaseText.Status(next))]));
        }
        return Outcome<Case>.Ok(c);
    }
}
