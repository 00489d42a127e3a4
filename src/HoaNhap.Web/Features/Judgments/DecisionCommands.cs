using FluentValidation;
using HoaNhap.Data;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Judgments;

/// <summary>Quyết định thi hành án received for a judgment (LTHAHS 2019 Điều 84).</summary>
public sealed class DecisionInput
{
    public string? Number { get; set; }
    public string? IssuedOn { get; set; }
    public string? IssuedBy { get; set; }
    public string? ReceivedOn { get; set; }
}

public sealed class DecisionValidator : AbstractValidator<DecisionInput>
{
    public DecisionValidator(DateOnly judgmentDate, DateOnly today)
    {
        RuleFor(x => x.Number).NotEmpty().WithMessage(FormMessages.Required("Số quyết định")).Text("Số quyết định", 100);
        RuleFor(x => x.IssuedBy).NotEmpty().WithMessage(FormMessages.Required("Cơ quan ra quyết định")).Text("Cơ quan ra quyết định", 200);
        RuleFor(x => x.IssuedOn).Custom((text, ctx) =>
        {
            if (!VietnameseDate.TryParse(text, out var d)) ctx.AddFailure(FormMessages.DateFormat("Ngày ra quyết định"));
            else if (d > today) ctx.AddFailure(FormMessages.NotAfterToday("Ngày ra quyết định"));
            else if (d < judgmentDate) ctx.AddFailure("Ngày ra quyết định không được trước ngày tuyên án.");
        });
        RuleFor(x => x.ReceivedOn).Custom((text, ctx) =>
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            if (!VietnameseDate.TryParse(text, out var d)) ctx.AddFailure(FormMessages.DateFormat("Ngày nhận quyết định"));
            else if (d > today) ctx.AddFailure(FormMessages.NotAfterToday("Ngày nhận quyết định"));
            else if (VietnameseDate.TryParse(ctx.InstanceToValidate.IssuedOn, out var issued) && d < issued)
                ctx.AddFailure("Ngày nhận quyết định không được trước ngày ra quyết định.");
        });
    }
}

public static class DecisionCommands
{
    /// <summary>The judgment, if its person is within the user's scope.</summary>
    public static async Task<Judgment?> FindJudgmentAsync(HoaNhapDbContext db, CurrentUser user, Guid judgmentId, CancellationToken ct)
    {
        var visible = db.People.People(user).Select(p => p.Id);
        return await db.Judgments.FirstOrDefaultAsync(j => j.Id == judgmentId && visible.Contains(j.PersonId), ct);
    }

    public static async Task<Outcome<EnforcementDecision>> CreateAsync(HoaNhapDbContext db, CurrentUser user, Guid judgmentId,
        DecisionInput input, CancellationToken ct)
    {
        var judgment = await FindJudgmentAsync(db, user, judgmentId, ct);
        if (judgment is null) return Outcome<EnforcementDecision>.Missing();
        if (!user.EditsRegistry) return Outcome<EnforcementDecision>.Denied();
        var result = await new DecisionValidator(judgment.JudgmentDate, db.Today).ValidateAsync(input, ct);
        if (!result.IsValid) return Outcome<EnforcementDecision>.Invalid(result.ToErrors());
        VietnameseDate.TryParse(input.IssuedOn, out var issued);
        DateOnly? received = VietnameseDate.TryParse(input.ReceivedOn, out var r) ? r : null;
        var decision = new EnforcementDecision
        {
            JudgmentId = judgment.Id, PersonId = judgment.PersonId,
            ProvinceCode = judgment.ProvinceCode, CommuneCode = judgment.CommuneCode,
            Number = VietnameseText.Nfc(input.Number), IssuedOn = issued, IssuedBy = VietnameseText.Nfc(input.IssuedBy), ReceivedOn = received,
        };
        db.EnforcementDecisions.Add(decision);
        await db.SaveChangesAsync(ct);
        return Outcome<EnforcementDecision>.Ok(decision);
    }
}
