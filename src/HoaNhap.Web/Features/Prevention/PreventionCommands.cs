using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Breaches;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Prevention;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Supervision;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Prevention;

public sealed class SignInput
{
    public string? Kind { get; set; }
    public string? ObservedOn { get; set; }
    public string? Note { get; set; }
}

public sealed class GradeInput
{
    public string? Grade { get; set; }
    public string? On { get; set; }
    public string? Reason { get; set; }
}

public sealed class CadenceInput
{
    public int? IntervalDays { get; set; }
    public string? Reason { get; set; }
}

public sealed class CadenceDecisionInput
{
    public bool? Approved { get; set; }
    public string? Note { get; set; }
}

public sealed record CadenceRequestDto(Guid Id, int IntervalDays, string Reason, string Grade, DateOnly RequestedOn, string RequestedByName,
    string Status, DateOnly? DecidedOn, string? DecidedByName, string? DecisionNote)
{
    public static CadenceRequestDto From(CadenceRequest r) => new(r.Id, r.IntervalDays, r.Reason, r.Grade.ToString(), r.RequestedOn, r.RequestedByName,
        r.Status.ToString(), r.DecidedOn, r.DecidedByName, r.DecisionNote);
}

public sealed record SignDto(Guid Id, string Kind, string KindTitle, DateOnly ObservedOn, string Note, string ByName);

public sealed record GradeChangeDto(string From, string To, DateOnly On, bool Automatic, string Because);

/// <summary>The contact cadence in force: <c>ContactIntervalDays</c>, the grade's minimum <c>GradeIntervalDays</c>, whether it is the case's own
/// (<c>OwnCadence</c>: set more frequent by the officer, or less frequent with the leader's approval), and a request awaiting the leader.</summary>
public sealed record CadenceDto(int ContactIntervalDays, int GradeIntervalDays, bool OwnCadence, DateOnly? LastContactOn, DateOnly? NextContactDue, bool Overdue,
    CadenceRequestDto? Pending);

/// <summary>The grade of a case as the API and the pages show it; <c>Status</c> is the status of the values (Proposed: the system's proposal).</summary>
public sealed record GradeView(Guid CaseId, string Grade, string Name, DateOnly Since, IReadOnlyList<string> Reasons, CadenceDto Cadence,
    string Allowed, DateOnly? LoosenFrom, bool AwaitingReview, IReadOnlyList<GradeChangeDto> History, string ParametersStatus,
    IReadOnlyList<SignDto> Signs, IReadOnlyDictionary<string, string> Names);

/// <summary>What recording a sign did: the sign and the grade after it (tightened at once when it met a criterion).</summary>
public sealed record SignRecorded(ViolationSign Sign, GradeView Grade);

/// <summary>
/// Prevention before a violation (issue 19, parts 1 and 2): signs of violation recorded by the commune police or the person's
/// supervisor, and the supervision grade that follows from them, from breaches and from poor assessments
/// (<see cref="SupervisionGrading"/>); the commune officer loosens, keeps or tightens it with a reason. Each command saves once.
/// </summary>
public static class PreventionCommands
{
    public static async Task<Outcome<SignRecorded>> RecordSignAsync(HoaNhapDbContext db, CurrentUser me, RuleParameters rules, Guid caseId,
        SignInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, me, caseId, ct);
        if (c is null) return Outcome<SignRecorded>.Missing();
        if (!me.May(Act.RecordViolationSign)) return Outcome<SignRecorded>.Denied();
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<ViolationSignKind>(input.Kind, out var kind) || int.TryParse(input.Kind, out _))
            errors[nameof(SignInput.Kind)] = ["Hãy chọn loại dấu hiệu vi phạm."];
        var on = FormChecks.Past(db.Today, errors, nameof(SignInput.ObservedOn), "Ngày phát hiện", input.ObservedOn);
        if (on is { } d && d < c.StartOn)
            errors[nameof(SignInput.ObservedOn)] = [$"Ngày phát hiện không được trước ngày bắt đầu chấp hành ({Display.Date(c.StartOn)})."];
        FormChecks.Text(errors, nameof(SignInput.Note), "Nội dung", input.Note, 2000, required: true);
        if (errors.Count > 0) return Outcome<SignRecorded>.Invalid(errors);
        if (Refusal(c) is { } refused) return Outcome<SignRecorded>.Refused("", refused);

        var sign = new ViolationSign
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
            Kind = kind, ObservedOn = on!.Value, Note = VietnameseText.Nfc(input.Note!.Trim()), ByUserId = me.UserId, ByName = me.FullName,
        };
        db.Add(sign);
        // The sign is an alert at once, saved with it (one transaction).
        var name = await db.People.Where(p => p.Id == c.PersonId).Select(p => p.FullName).FirstAsync(ct);
        db.Add(HoaNhap.Web.Shared.Alerts.AlertRaising.ForSign(sign, name, rules));
        await db.SaveChangesAsync(ct);
        return Outcome<SignRecorded>.Ok(new SignRecorded(sign, await PreventionQueries.GradeAsync(db, rules, c, ct)));
    }

    public static async Task<Outcome<GradeView>> DecideGradeAsync(HoaNhapDbContext db, CurrentUser me, RuleParameters rules, Guid caseId,
        GradeInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, me, caseId, ct);
        if (c is null) return Outcome<GradeView>.Missing();
        if (!me.May(Act.DecideGrade)) return Outcome<GradeView>.Denied();
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<SupervisionGrade>(input.Grade, out var grade) || int.TryParse(input.Grade, out _))
            errors[nameof(GradeInput.Grade)] = ["Hãy chọn mức quản lý (Strict, Normal hoặc Relaxed)."];
        var on = FormChecks.Past(db.Today, errors, nameof(GradeInput.On), "Ngày quyết định", input.On);
        if (on is { } d && d < c.StartOn)
            errors[nameof(GradeInput.On)] = [$"Ngày quyết định không được trước ngày bắt đầu chấp hành ({Display.Date(c.StartOn)})."];
        FormChecks.Text(errors, nameof(GradeInput.Reason), "Lý do", input.Reason, 2000, required: true);
        if (errors.Count > 0) return Outcome<GradeView>.Invalid(errors);
        if (Refusal(c) is { } refused) return Outcome<GradeView>.Refused("", refused);

        var facts = await PreventionQueries.FactsAsync(db, c, on!.Value, ct);
        var latest = facts.Decisions.Count == 0 ? (DateOnly?)null : facts.Decisions.Max(x => x.On);
        if (latest > on)
            return Outcome<GradeView>.Invalid(nameof(GradeInput.On), $"Đã có quyết định về mức quản lý ngày {Display.Date(latest.Value)}; ngày quyết định mới không được trước ngày đó.");
        if (SupervisionGrading.Refuse(facts, grade, on.Value, rules) is { } why)
            return Outcome<GradeView>.Refused(nameof(GradeInput.Grade), why);

        db.Add(new GradeDecision
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
            Grade = grade, On = on.Value, Reason = VietnameseText.Nfc(input.Reason!.Trim()), ByUserId = me.UserId, ByName = me.FullName,
        });
        await db.SaveChangesAsync(ct);
        return Outcome<GradeView>.Ok(await PreventionQueries.GradeAsync(db, rules, c, ct));
    }

    /// <summary>
    /// The commune officer sets the case's contact interval: more frequent than the grade's minimum at once; less frequent only as a
    /// request the commune leader approves (<see cref="DecideCadenceAsync"/>).
    /// </summary>
    public static async Task<Outcome<CadenceRequest>> RequestCadenceAsync(HoaNhapDbContext db, CurrentUser me, RuleParameters rules, Guid caseId,
        CadenceInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, me, caseId, ct);
        if (c is null) return Outcome<CadenceRequest>.Missing();
        if (!me.May(Act.DecideGrade)) return Outcome<CadenceRequest>.Denied();
        var errors = new Dictionary<string, string[]>();
        if (input.IntervalDays is not (>= 1 and <= 365))
            errors[nameof(CadenceInput.IntervalDays)] = ["Số ngày giữa hai lần tiếp xúc phải là số nguyên từ 1 đến 365."];
        FormChecks.Text(errors, nameof(CadenceInput.Reason), "Lý do", input.Reason, 2000, required: true);
        if (errors.Count > 0) return Outcome<CadenceRequest>.Invalid(errors);
        if (Refusal(c) is { } refused) return Outcome<CadenceRequest>.Refused("", refused);
        if (await db.Set<CadenceRequest>().AnyAsync(x => x.CaseId == c.Id && x.Status == CadenceRequestStatus.Requested, ct))
            return Outcome<CadenceRequest>.Refused(nameof(CadenceInput.IntervalDays), "Đã có đề nghị về tần suất tiếp xúc đang chờ lãnh đạo UBND xã cho ý kiến.");
        var today = db.Today;
        var a = SupervisionGrading.Assess(await PreventionQueries.FactsAsync(db, c, today, ct), rules);
        var needs = SupervisionGrading.NeedsApproval(input.IntervalDays!.Value, a);
        var request = new CadenceRequest
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
            IntervalDays = input.IntervalDays.Value, Reason = VietnameseText.Nfc(input.Reason!.Trim()), Grade = a.Grade, GradeSince = a.Since,
            RequestedOn = today, RequestedByName = me.FullName,
        };
        if (!needs) request.InForceWithoutApproval(today, me.FullName);
        db.Add(request);
        await db.SaveChangesAsync(ct);
        return Outcome<CadenceRequest>.Ok(request);
    }

    /// <summary>The commune leader approves or refuses a contact interval less frequent than the grade's; a refusal gives its reason.</summary>
    public static async Task<Outcome<CadenceRequest>> DecideCadenceAsync(HoaNhapDbContext db, CurrentUser me, RuleParameters rules, Guid caseId, Guid requestId,
        CadenceDecisionInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, me, caseId, ct);
        if (c is null) return Outcome<CadenceRequest>.Missing();
        var request = await db.Set<CadenceRequest>().FirstOrDefaultAsync(x => x.Id == requestId && x.CaseId == c.Id, ct);
        if (request is null) return Outcome<CadenceRequest>.Missing();
        if (!me.May(Act.ApproveCadence)) return Outcome<CadenceRequest>.Denied();
        var errors = new Dictionary<string, string[]>();
        if (input.Approved is null) errors[nameof(CadenceDecisionInput.Approved)] = ["Hãy chọn đồng ý hoặc không đồng ý."];
        FormChecks.Text(errors, nameof(CadenceDecisionInput.Note), "Ý kiến", input.Note, 2000, required: input.Approved == false);
        if (errors.Count > 0) return Outcome<CadenceRequest>.Invalid(errors);
        if (request.Status != CadenceRequestStatus.Requested)
            return Outcome<CadenceRequest>.Refused("", request.Decide(true, db.Today, me.FullName, null)!);
        var today = db.Today;
        var a = SupervisionGrading.Assess(await PreventionQueries.FactsAsync(db, c, today, ct), rules);
        if (input.Approved == true && (a.Grade != request.Grade || a.Since != request.GradeSince))
            return Outcome<CadenceRequest>.Refused(nameof(CadenceDecisionInput.Approved),
                $"Mức quản lý đã thay đổi sau khi đề nghị (nay là “{a.Name}” từ ngày {Display.Date(a.Since)}); cán bộ cần lập đề nghị mới.");
        if (request.Decide(input.Approved == true, today, me.FullName, string.IsNullOrWhiteSpace(input.Note) ? null : VietnameseText.Nfc(input.Note.Trim())) is { } why)
            return Outcome<CadenceRequest>.Refused("", why);
        await db.SaveChangesAsync(ct);
        return Outcome<CadenceRequest>.Ok(request);
    }

    /// <summary>Grading and signs are about a community sentence being served.</summary>
    public static string? Refusal(Case c) =>
        c.Kind != CaseKind.CommunitySentence ? "Mức quản lý và dấu hiệu vi phạm chỉ áp dụng cho hồ sơ chấp hành án tại cộng đồng."
        : c.Status is not (CaseStatus.Active or CaseStatus.Intake) ? "Hồ sơ không còn đang chấp hành án tại cộng đồng; không ghi thêm được."
        : null;
}

/// <summary>The facts the grading rule reads, and the grade as shown.</summary>
public static class PreventionQueries
{
    public static async Task<GradingFacts> FactsAsync(HoaNhapDbContext db, Case c, DateOnly asOf, CancellationToken ct) =>
        Facts(c, asOf, await BreachesAndPoorAsync(db, c.Id, ct), await SignsAsync(db, c.Id, ct), await DecisionsAsync(db, c.Id, ct));

    static GradingFacts Facts(Case c, DateOnly asOf, IReadOnlyList<(bool Poor, DateOnly On)> breachesAndPoor, IReadOnlyList<ViolationSign> signs,
        IReadOnlyList<GradeDecisionFact> decisions)
    {
        var events = breachesAndPoor.Select(x => x.Poor
                ? new GradeEvent(GradeEventKind.PoorAssessment, x.On, $"Người giám sát nhận xét “Kém” ngày {Display.Date(x.On)}")
                : new GradeEvent(GradeEventKind.Breach, x.On, $"Vi phạm ngày {Display.Date(x.On)}"))
            .Concat(signs.Select(s => new GradeEvent(GradeEventKind.ViolationSign, s.ObservedOn, $"Dấu hiệu vi phạm ({PreventionText.Kind(s.Kind).ToLowerInvariant()}) ngày {Display.Date(s.ObservedOn)}")))
            .ToList();
        return new GradingFacts(c.StartOn, c.ExpectedEndOn, asOf, events, decisions);
    }

    /// <summary>The days of the breaches and of the assessments rated poor, in one query.</summary>
    static async Task<IReadOnlyList<(bool Poor, DateOnly On)>> BreachesAndPoorAsync(HoaNhapDbContext db, Guid caseId, CancellationToken ct) =>
        (await db.Set<Breach>().AsNoTracking().Where(b => b.CaseId == caseId).Select(b => new { Poor = false, On = b.OccurredOn })
            .Concat(db.Set<SupervisorAssessment>().AsNoTracking().Where(a => a.CaseId == caseId && a.Rating == AssessmentRating.Poor).Select(a => new { Poor = true, a.On }))
            .ToListAsync(ct)).Select(x => (x.Poor, x.On)).ToList();

    static async Task<List<ViolationSign>> SignsAsync(HoaNhapDbContext db, Guid caseId, CancellationToken ct) =>
        await db.Set<ViolationSign>().AsNoTracking().Where(s => s.CaseId == caseId).OrderByDescending(s => s.ObservedOn).ThenByDescending(s => s.CreatedAt).ToListAsync(ct);

    static async Task<IReadOnlyList<GradeDecisionFact>> DecisionsAsync(HoaNhapDbContext db, Guid caseId, CancellationToken ct) =>
        (await db.Set<GradeDecision>().AsNoTracking().Where(x => x.CaseId == caseId).Select(x => new { x.Grade, x.On, x.Reason, x.CreatedAt }).ToListAsync(ct))
            .OrderBy(x => x.On).ThenBy(x => x.CreatedAt).Select(x => new GradeDecisionFact(x.Grade, x.On, x.Reason)).ToList();

    /// <param name="withContacts">Whether to read the last contact and the next one due (the case page leaves it to its contacts section).</param>
    public static async Task<GradeView> GradeAsync(HoaNhapDbContext db, RuleParameters rules, Case c, CancellationToken ct, bool withContacts = true)
    {
        var today = db.Today;
        var signs = await SignsAsync(db, c.Id, ct);
        var a = SupervisionGrading.Assess(Facts(c, today, await BreachesAndPoorAsync(db, c.Id, ct), signs, await DecisionsAsync(db, c.Id, ct)), rules);
        var lastContact = withContacts ? await LastContactAsync(db, c.Id, today, ct) : null;
        var requests = await db.Set<CadenceRequest>().AsNoTracking().Where(x => x.CaseId == c.Id).ToListAsync(ct);
        var (interval, own) = SupervisionGrading.Cadence(a, requests.Where(x => x.Status == CadenceRequestStatus.Approved)
            .Select(x => new CadenceFact(x.IntervalDays, x.Grade, x.GradeSince, x.DecidedOn ?? x.RequestedOn)));
        var pending = requests.Where(x => x.Status == CadenceRequestStatus.Requested).OrderBy(x => x.CreatedAt).LastOrDefault();
        DateOnly? next = withContacts ? (lastContact ?? a.Since).AddDays(interval) : null;
        return new GradeView(c.Id, a.Grade.ToString(), a.Name, a.Since, a.Reasons,
            new CadenceDto(interval, a.ContactIntervalDays, own is not null, lastContact, next, next < today,
                pending is null ? null : CadenceRequestDto.From(pending)),
            a.Allowed.ToString(), a.LoosenFrom, a.AwaitingReview is not null,
            a.History.Select(h => new GradeChangeDto(h.From.ToString(), h.To.ToString(), h.On, h.Automatic, h.Because)).Reverse().ToList(),
            rules.Get(GradingDefaults.NameStrict, today).Status.ToString(),
            signs.Select(s => new SignDto(s.Id, s.Kind.ToString(), PreventionText.Kind(s.Kind), s.ObservedOn, s.Note, s.ByName)).ToList(),
            Enum.GetValues<SupervisionGrade>().ToDictionary(g => g.ToString(), g => SupervisionGrading.Name(g, rules, today)));
    }

    /// <summary>The latest day the person was met or reached: a contact, or an attended check-in, summons, visit or call.</summary>
    static async Task<DateOnly?> LastContactAsync(HoaNhapDbContext db, Guid caseId, DateOnly today, CancellationToken ct) =>
        await db.Set<Domain.Contacts.Contact>().AsNoTracking().Where(x => x.CaseId == caseId && x.On <= today).Select(x => x.On)
            .Concat(db.Set<CheckIn>().AsNoTracking().Where(x => x.CaseId == caseId && x.Attended && x.On <= today).Select(x => x.On))
            .OrderByDescending(on => on).Select(on => (DateOnly?)on).FirstOrDefaultAsync(ct);
}
