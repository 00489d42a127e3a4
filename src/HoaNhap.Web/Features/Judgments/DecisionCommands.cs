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

/// <summary>The checks of an enforcement decision's form.</summary>
public static class DecisionChecks
{
    /// <summary>Every problem of <paramref name="x"/> by field; the decision cannot predate the judgment it enforces.</summary>
    public static Dictionary<string, string[]> Check(DecisionInput x, DateOnly judgmentDate, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        FormChecks.Required(x.Number, nameof(x.Number), "Số quyết định", 100, errors);
        FormChecks.Required(x.IssuedBy, nameof(x.IssuedBy), "Cơ quan ra quyết định", 200, errors);
        var issued = FormChecks.Past(today, errors, nameof(x.IssuedOn), "Ngày ra quyết định", x.IssuedOn);
        if (issued < judgmentDate) FormChecks.Add(errors, nameof(x.IssuedOn), FormMessages.NotBefore("Ngày ra quyết định", "ngày tuyên án"));
        if (!string.IsNullOrWhiteSpace(x.ReceivedOn)
            && FormChecks.Past(today, errors, nameof(x.ReceivedOn), "Ngày nhận quyết định", x.ReceivedOn) is { } received && received < issued)
            FormChecks.Add(errors, nameof(x.ReceivedOn), FormMessages.NotBefore("Ngày nhận quyết định", "ngày ra quyết định"));
        return errors;
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
        if (DecisionChecks.Check(input, judgment.JudgmentDate, db.Today) is { Count: > 0 } errors) return Outcome<EnforcementDecision>.Invalid(errors);
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
