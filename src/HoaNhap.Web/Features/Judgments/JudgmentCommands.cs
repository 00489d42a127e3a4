using System.Text.RegularExpressions;
using FluentValidation;
using HoaNhap.Data;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Judgments;

public sealed class AdditionalPenaltyInput
{
    public string? Kind { get; set; }
    public int? TermMonths { get; set; }
    public long? Amount { get; set; }
}

public sealed class CivilObligationInput
{
    public string? Kind { get; set; }
    public long? Amount { get; set; }
}

/// <summary>A judgment as the page or an agency's system sends it.</summary>
public sealed class JudgmentInput
{
    public string? Number { get; set; }
    public string? Court { get; set; }
    /// <summary>dd/MM/yyyy or yyyy-MM-dd.</summary>
    public string? JudgmentDate { get; set; }
    public string? EffectiveOn { get; set; }
    /// <summary>Articles of the Penal Code 2015, e.g. "Điều 173" or "Điều 173 khoản 1".</summary>
    public List<string>? Offences { get; set; }
    /// <summary>Fault as the judgment states it: true intentional (cố ý), false unintentional (vô ý), null not recorded.</summary>
    public bool? Intentional { get; set; }
    /// <summary>LessSerious, Serious, VerySerious or ParticularlySerious (BLHS 2015 Điều 9); empty when not recorded.</summary>
    public string? CrimeCategory { get; set; }
    public string? MainPenalty { get; set; }
    public int? TermMonths { get; set; }
    public int? ProbationMonths { get; set; }
    public long? FineAmount { get; set; }
    public List<AdditionalPenaltyInput>? AdditionalPenalties { get; set; }
    public List<CivilObligationInput>? CivilObligations { get; set; }
}

public sealed partial class JudgmentValidator : AbstractValidator<JudgmentInput>
{
    [GeneratedRegex(@"^Điều\s+(\d{1,3})(\s+khoản\s+\d{1,2})?(\s+điểm\s+[a-zđ])?$", RegexOptions.IgnoreCase)]
    private static partial Regex Article();

    /// <summary>The Penal Code 2015 (as amended) has 426 articles.</summary>
    public static bool IsArticle(string? s) =>
        s is not null && Article().Match(VietnameseText.Nfc(s)) is { Success: true } m && int.Parse(m.Groups[1].Value) is >= 1 and <= 426;

    /// <param name="today">The day by the application's clock: dates are checked against it.</param>
    public JudgmentValidator(DateOnly today)
    {
        RuleFor(x => x.Number).NotEmpty().WithMessage(FormMessages.Required("Số bản án")).Text("Số bản án", 100);
        RuleFor(x => x.Court).NotEmpty().WithMessage(FormMessages.Required("Tòa án xét xử")).Text("Tòa án xét xử", 200);
        RuleFor(x => x.JudgmentDate).Custom((text, ctx) => PastDate(text, "Ngày tuyên án", today, ctx));
        RuleFor(x => x.EffectiveOn).Custom((text, ctx) =>
        {
            if (!PastDate(text, "Ngày bản án có hiệu lực", today, ctx)) return;
            if (VietnameseDate.TryParse(ctx.InstanceToValidate.JudgmentDate, out var judged)
                && VietnameseDate.TryParse(text, out var effective) && effective < judged)
                ctx.AddFailure("Ngày bản án có hiệu lực không được trước ngày tuyên án.");
        });
        RuleFor(x => x.Offences).Must(o => o is { Count: > 0 }).WithMessage("Phải ghi ít nhất một tội danh (điều luật của Bộ luật Hình sự).")
            .Must(o => o is null || o.All(IsArticle))
            .WithMessage("Tội danh phải ghi theo điều của Bộ luật Hình sự 2015, ví dụ “Điều 173” hoặc “Điều 173 khoản 1” (điều từ 1 đến 426).");
        RuleFor(x => x.CrimeCategory).Must(c => string.IsNullOrEmpty(c) || FormChecks.Choice<CrimeCategory>(c) is not null)
            .WithMessage("Loại tội phạm phải là: ít nghiêm trọng, nghiêm trọng, rất nghiêm trọng hoặc đặc biệt nghiêm trọng.");
        RuleFor(x => x.MainPenalty).Must(p => Enum.TryParse<MainPenalty>(p, out _) && !int.TryParse(p, out _))
            .WithMessage("Hình phạt chính không hợp lệ.");
        RuleFor(x => x).Custom((x, ctx) =>
        {
            if (!Enum.TryParse<MainPenalty>(x.MainPenalty, out var penalty)) return;
            foreach (var (field, message) in PenaltyLimits.Check(penalty, x.TermMonths, x.ProbationMonths, x.FineAmount))
                ctx.AddFailure(field, message);
        });
        RuleForEach(x => x.AdditionalPenalties).ChildRules(a =>
        {
            a.RuleFor(p => p.Kind).Must(k => Enum.TryParse<AdditionalPenaltyKind>(k, out _)).WithMessage("Loại hình phạt bổ sung không hợp lệ.");
            a.RuleFor(p => p.TermMonths).InclusiveBetween(1, 60).When(p => p.TermMonths is not null)
                .WithMessage("Thời hạn hình phạt bổ sung phải từ 1 đến 60 tháng.");
            a.RuleFor(p => p.Amount).GreaterThan(0).When(p => p.Amount is not null).WithMessage("Số tiền phải lớn hơn 0.");
        });
        RuleForEach(x => x.CivilObligations).ChildRules(o =>
        {
            o.RuleFor(p => p.Kind).Must(k => Enum.TryParse<CivilObligationKind>(k, out _)).WithMessage("Loại nghĩa vụ dân sự không hợp lệ.");
            o.RuleFor(p => p.Amount).NotNull().GreaterThan(0).WithMessage("Số tiền nghĩa vụ dân sự phải lớn hơn 0.");
        });
    }

    static bool PastDate(string? text, string label, DateOnly today, ValidationContext<JudgmentInput> ctx)
    {
        if (string.IsNullOrWhiteSpace(text)) { ctx.AddFailure(FormMessages.Required(label)); return false; }
        if (!VietnameseDate.TryParse(text, out var d)) { ctx.AddFailure(FormMessages.DateFormat(label)); return false; }
        if (d > today) { ctx.AddFailure(FormMessages.NotAfterToday(label)); return false; }
        if (d.Year < 1950) { ctx.AddFailure($"{label} không hợp lệ."); return false; }
        return true;
    }
}

public static class JudgmentCommands
{
    public static async Task<Outcome<Judgment>> CreateAsync(HoaNhapDbContext db, CurrentUser user, Guid personId,
        JudgmentInput input, CancellationToken ct)
    {
        var person = await PersonLookup.FindAsync(db, user, personId, ct);
        if (person is null) return Outcome<Judgment>.Missing();
        if (!user.EditsRegistry) return Outcome<Judgment>.Denied();
        var result = await new JudgmentValidator(db.Today).ValidateAsync(input, ct);
        if (!result.IsValid) return Outcome<Judgment>.Invalid(result.ToErrors());
        VietnameseDate.TryParse(input.JudgmentDate, out var judged);
        VietnameseDate.TryParse(input.EffectiveOn, out var effective);
        var number = VietnameseText.Nfc(input.Number);
        var judgment = new Judgment
        {
            PersonId = person.Id, ProvinceCode = person.ProvinceCode, CommuneCode = person.CommuneCode,
            Number = number, NumberKey = VietnameseText.Fold(number), Court = VietnameseText.Nfc(input.Court),
            JudgmentDate = judged, EffectiveOn = effective,
            Offences = input.Offences!.Select(VietnameseText.Nfc).ToList(),
            Intentional = input.Intentional, Category = FormChecks.Choice<CrimeCategory>(input.CrimeCategory),
            MainPenalty = Enum.Parse<MainPenalty>(input.MainPenalty!),
            TermMonths = input.TermMonths, ProbationMonths = input.ProbationMonths, FineAmount = input.FineAmount,
        };
        judgment.AdditionalPenalties = (input.AdditionalPenalties ?? []).Select(a => new AdditionalPenalty
        {
            JudgmentId = judgment.Id, Kind = Enum.Parse<AdditionalPenaltyKind>(a.Kind!), TermMonths = a.TermMonths, Amount = a.Amount,
        }).ToList();
        judgment.CivilObligations = (input.CivilObligations ?? []).Select(o => new CivilObligation
        {
            JudgmentId = judgment.Id, Kind = Enum.Parse<CivilObligationKind>(o.Kind!), Amount = o.Amount!.Value,
        }).ToList();
        if (await db.Judgments.AnyAsync(j => j.PersonId == person.Id && j.NumberKey == judgment.NumberKey && j.Court == judgment.Court, ct))
            return Outcome<Judgment>.Invalid(nameof(JudgmentInput.Number), "Bản án số này của tòa án này đã được ghi nhận cho người này.");
        db.Judgments.Add(judgment);
        await db.SaveChangesAsync(ct);
        return Outcome<Judgment>.Ok(judgment);
    }
}
