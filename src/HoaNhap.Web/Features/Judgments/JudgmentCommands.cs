using System.Text.RegularExpressions;
using HoaNhap.Data;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.People;
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

/// <summary>The checks of a judgment as the page or an agency's system sends it.</summary>
public static partial class JudgmentChecks
{
    [GeneratedRegex(@"^Điều\s+(\d{1,3})(\s+khoản\s+\d{1,2})?(\s+điểm\s+[a-zđ])?$", RegexOptions.IgnoreCase)]
    private static partial Regex Article();

    /// <summary>The Penal Code 2015 (as amended) has 426 articles.</summary>
    public static bool IsArticle(string? s) =>
        s is not null && Article().Match(VietnameseText.Nfc(s)) is { Success: true } m && int.Parse(m.Groups[1].Value) is >= 1 and <= 426;

    /// <summary>Every problem of <paramref name="x"/> by field (a listed penalty's as <c>AdditionalPenalties[i].Kind</c>).</summary>
    /// <param name="today">The day by the application's clock: dates are checked against it.</param>
    public static Dictionary<string, string[]> Check(JudgmentInput x, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        FormChecks.Required(x.Number, nameof(x.Number), "Số bản án", 100, errors);
        FormChecks.Required(x.Court, nameof(x.Court), "Tòa án xét xử", 200, errors);
        var judged = PastDate(errors, nameof(x.JudgmentDate), "Ngày tuyên án", x.JudgmentDate, today);
        if (PastDate(errors, nameof(x.EffectiveOn), "Ngày bản án có hiệu lực", x.EffectiveOn, today) < judged)
            FormChecks.Add(errors, nameof(x.EffectiveOn), FormMessages.NotBefore("Ngày bản án có hiệu lực", "ngày tuyên án"));
        if (x.Offences is not { Count: > 0 })
            FormChecks.Add(errors, nameof(x.Offences), "Phải ghi ít nhất một tội danh (điều luật của Bộ luật Hình sự).");
        else if (!x.Offences.All(IsArticle))
            FormChecks.Add(errors, nameof(x.Offences), "Tội danh phải ghi theo điều của Bộ luật Hình sự 2015, ví dụ “Điều 173” hoặc “Điều 173 khoản 1” (điều từ 1 đến 426).");
        if (!string.IsNullOrEmpty(x.CrimeCategory) && FormChecks.Choice<CrimeCategory>(x.CrimeCategory) is null)
            FormChecks.Add(errors, nameof(x.CrimeCategory), "Loại tội phạm phải là: ít nghiêm trọng, nghiêm trọng, rất nghiêm trọng hoặc đặc biệt nghiêm trọng.");
        if (FormChecks.Choice<MainPenalty>(x.MainPenalty) is not { } penalty) FormChecks.Add(errors, nameof(x.MainPenalty), "Hình phạt chính không hợp lệ.");
        else
            foreach (var (field, message) in PenaltyLimits.Check(penalty, x.TermMonths, x.ProbationMonths, x.FineAmount))
                FormChecks.Add(errors, field, message);
        foreach (var (a, i) in (x.AdditionalPenalties ?? []).Select((a, i) => (a, i)))
        {
            var field = $"{nameof(x.AdditionalPenalties)}[{i}].";
            if (a?.Kind is null || FormChecks.Choice<AdditionalPenaltyKind>(a.Kind) is null) FormChecks.Add(errors, field + nameof(AdditionalPenaltyInput.Kind), "Loại hình phạt bổ sung không hợp lệ.");
            if (a is null) continue;
            if (a.TermMonths is < 1 or > 60) FormChecks.Add(errors, field + nameof(a.TermMonths), "Thời hạn hình phạt bổ sung phải từ 1 đến 60 tháng.");
            if (a.Amount <= 0) FormChecks.Add(errors, field + nameof(a.Amount), "Số tiền phải lớn hơn 0.");
        }
        foreach (var (o, i) in (x.CivilObligations ?? []).Select((o, i) => (o, i)))
        {
            var field = $"{nameof(x.CivilObligations)}[{i}].";
            if (o?.Kind is null || FormChecks.Choice<CivilObligationKind>(o.Kind) is null)
                FormChecks.Add(errors, field + nameof(CivilObligationInput.Kind), "Loại nghĩa vụ dân sự không hợp lệ.");
            if (o?.Amount is not > 0) FormChecks.Add(errors, field + nameof(CivilObligationInput.Amount), "Số tiền nghĩa vụ dân sự phải lớn hơn 0.");
        }
        return errors;
    }

    // A date of the judgment: required, not after today, and not absurdly old.
    static DateOnly? PastDate(Dictionary<string, string[]> errors, string field, string label, string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text)) { FormChecks.Add(errors, field, FormMessages.Required(label)); return null; }
        if (FormChecks.Past(today, errors, field, label, text) is not { } d) return null;
        if (d.Year < 1950) { FormChecks.Add(errors, field, $"{label} không hợp lệ."); return null; }
        return d;
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
        if (JudgmentChecks.Check(input, db.Today) is { Count: > 0 } errors) return Outcome<Judgment>.Invalid(errors);
        var judgment = New(person, input);
        if (await db.Judgments.AnyAsync(j => j.PersonId == person.Id && j.NumberKey == judgment.NumberKey && j.Court == judgment.Court, ct))
            return Outcome<Judgment>.Invalid(nameof(JudgmentInput.Number), "Bản án số này của tòa án này đã được ghi nhận cho người này.");
        db.Judgments.Add(judgment);
        await db.SaveChangesAsync(ct);
        return Outcome<Judgment>.Ok(judgment);
    }

    /// <summary>The judgment of <paramref name="person"/> from a checked input (<see cref="JudgmentChecks.Check"/>), with its penalties and obligations.</summary>
    public static Judgment New(Person person, JudgmentInput input)
    {
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
        return judgment;
    }
}
