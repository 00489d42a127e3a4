using HoaNhap.Domain.Notifications;
using HoaNhap.Data;
using HoaNhap.Domain.Absences;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Contacts;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Portal;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.SelfCheckIns;
using HoaNhap.Domain.Supervision;
using HoaNhap.Domain.Transfers;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Portal;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Portal;

public sealed record MeCaseDto(Guid Id, string Kind, string KindTitle, string? SentenceType, string? SentenceTitle, string Status, string StatusTitle,
    DateOnly StartOn, DateOnly? ExpectedEndOn, DateOnly? EndedOn, string Commune);
public sealed record MeDto(Guid PersonId, string FullName, string? Phone, string Address, MeCaseDto? Case);
public sealed record ObligationDto(string Text, string LegalBasis, bool LegalBasisVerified);
/// <summary>A date ahead (or overdue) in the person's file. <c>kind</c>: CheckIn, SelfCheckIn (the next window of the portal's self check-in), Appointment, SelfReportDue, AbsenceReturn, EndOfTerm, RecordExpungement.</summary>
public sealed record DateDto(string Kind, DateOnly DueOn, string Title);
/// <summary>A decision about the person. <c>kind</c>: Absence, Shortening (probation shortening, reduction, remission), Transfer.</summary>
public sealed record DecisionDto(string Kind, Guid Id, string Title, string Status, string StatusTitle, DateOnly RequestedOn, DateOnly? DecidedOn, string? Note);
public sealed record LoanDto(Guid Id, string Purpose, long RequestedAmount, string Status, string StatusTitle, DateOnly ListedOn,
    long? ApprovedAmount, long? DisbursedAmount, long Outstanding);
public sealed record DocumentDto(Guid Id, string Title, string Kind, DateOnly On, string? Number, string? Note, string DownloadUrl);
public sealed record ConsentDto(string Channel, string Title, bool Granted, string? Address, DateTimeOffset? At, string? By);

/// <summary>A self check-in the commune police queried: when it was sent and what they ask to make clear.</summary>
public sealed record CheckInQueryDto(DateTimeOffset At, string Note);

/// <summary>Everything the portal's start page shows, read once.</summary>
public sealed record PortalView(MeDto Me, IReadOnlyList<ObligationDto> Obligations, IReadOnlyList<DateDto> Dates,
    IReadOnlyList<DecisionDto> Decisions, IReadOnlyList<LoanDto> Loans, IReadOnlyList<DocumentDto> Documents, IReadOnlyList<CheckInQueryDto> CheckInQueries,
    IReadOnlyList<PortalMessageDto> Messages);

/// <summary>A reminder or notice delivered to the person's portal (the in-portal channel of the notifications).</summary>
public sealed record PortalMessageDto(string Template, string Text, DateTimeOffset At);

/// <summary>
/// The person's own file as the portal shows it. Every date comes from the rules the officers' pages use — the supervision
/// plan and schedules (<see cref="SupervisionPlans"/>, <see cref="CheckInSchedule"/>, <see cref="SelfReportStatuses"/>), the
/// case's reading into the law (<see cref="CaseFacts"/>, <see cref="RecordExpungement.ForCase"/>) — never a second computation.
/// Nothing is read by an id the caller chose, except a document, looked up among the person's own.
/// </summary>
public static class PortalQueries
{
    /// <summary>The kinds of document issued to the person (their document vault); internal papers of the file are not shown.</summary>
    static readonly CaseFileItemKind[] IssuedToPerson =
    [
        CaseFileItemKind.JudgmentCopy, CaseFileItemKind.EnforcementDecision, CaseFileItemKind.Summons, CaseFileItemKind.SupervisorAssignmentDecision,
        CaseFileItemKind.AbsenceDecision, CaseFileItemKind.ResidenceChangeNotice, CaseFileItemKind.CourtDecision, CaseFileItemKind.CompletionCertificate,
    ];

    public static async Task<MeDto?> MeAsync(HoaNhapDbContext db, CurrentUser me, UnitNames units, CancellationToken ct)
    {
        if (await PortalFile.PersonAsync(db, me, ct) is not { } person) return null;
        var c = await PortalFile.CaseAsync(db, me, ct);
        return new MeDto(person.Id, person.FullName, person.Phone, person.Address, c is null ? null : new MeCaseDto(c.Id, c.Kind.ToString(), CaseText.Kind(c.Kind),
            c.SentenceType?.ToString(), c.SentenceType is { } t ? CaseText.Sentence(t) : null, c.Status.ToString(), CaseText.Status(c.Status),
            c.StartOn, c.ExpectedEndOn, c.EndedOn, units.Of(c.CommuneCode, c.ProvinceCode)));
    }

    public static async Task<IReadOnlyList<ObligationDto>?> ObligationsAsync(HoaNhapDbContext db, CurrentUser me, RuleBook rules, CancellationToken ct)
    {
        if (await PortalFile.PersonAsync(db, me, ct) is null) return null;
        if (await PortalFile.CaseAsync(db, me, ct) is not { } c) return [];
        var p = await rules.ParametersAsync(ct);
        var plan = SupervisionPlans.Effective(await SupervisionPlans.FindAsync(db, c.Id, ct), p, c);
        return SupervisionPlans.Obligations(c, plan, p).Select(o => new ObligationDto(o.Text, o.Source, o.Status == SourceStatus.Confirmed)).ToList();
    }

    public static async Task<IReadOnlyList<DateDto>?> DatesAsync(HoaNhapDbContext db, CurrentUser me, RuleBook rules, CancellationToken ct)
    {
        if (await PortalFile.PersonAsync(db, me, ct) is null) return null;
        if (await PortalFile.CaseAsync(db, me, ct) is not { } c) return [];
        var today = db.Today;
        var p = await rules.ParametersAsync(ct);
        var dates = new List<DateDto>();
        var open = c.Status is CaseStatus.Active or CaseStatus.Intake;
        var facts = await CaseFactsReader.ReadAsync(db, c, ct);
        if (open && c.Kind == CaseKind.CommunitySentence)
        {
            var plan = SupervisionPlans.Effective(await SupervisionPlans.FindAsync(db, c.Id, ct), p, c);
            var attended = await db.Set<CheckIn>().AsNoTracking()
                .Where(x => x.CaseId == c.Id && x.Attended && (x.Kind == CheckInKind.CheckIn || x.Kind == CheckInKind.Summons)).Select(x => x.On).ToListAsync(ct);
            var end = SupervisionPlans.TermEnd(c);
            if (CheckInSchedule.Pending(c.StartOn, end, plan.CheckInMonths, attended, today) is { } pending)
                dates.Add(new("CheckIn", pending, pending < today ? "Điểm danh, trình diện tại Công an xã (đã quá hạn, hãy đến ngay)" : "Điểm danh, trình diện tại Công an xã"));
            else if (CheckInSchedule.NextDue(c.StartOn, end, plan.CheckInMonths, today) is { } next)
                dates.Add(new("CheckIn", next, "Điểm danh, trình diện tại Công an xã"));
            var reports = await SelfReportStatuses.ForCaseAsync(db, p, c, Periods.EndAfterMonths(today, plan.SelfReportMonths), ct);
            if (reports.FirstOrDefault(r => r.ReceivedOn is null) is { } report)
                dates.Add(new("SelfReportDue", report.Period.DueOn, report.Period.DueOn < today
                    ? $"Nộp bản tự nhận xét kỳ {Display.Date(report.Period.From)}–{Display.Date(report.Period.EndsOn)} (đã quá hạn, hãy nộp ngay)"
                    : $"Nộp bản tự nhận xét kỳ {Display.Date(report.Period.From)}–{Display.Date(report.Period.EndsOn)}"));
        }
        if (open && await db.Set<SelfCheckInSchedule>().AsNoTracking().FirstOrDefaultAsync(x => x.CaseId == c.Id, ct) is { } schedule)
        {
            var now = db.Clock.GetUtcNow();
            if (schedule.Pattern.Next(now) is { } w)
                dates.Add(new("SelfCheckIn", w.On, $"Tự điểm danh trên cổng thông tin, từ {w.Opens.ToOffset(SelfCheckInPattern.Vietnam):HH\\:mm} đến {w.Closes.ToOffset(SelfCheckInPattern.Vietnam):HH\\:mm}"
                    + (now >= w.Opens ? " (khung giờ đang mở)" : "")));
        }
        foreach (var a in await db.Set<Appointment>().AsNoTracking().Where(a => a.CaseId == c.Id && a.On >= today).OrderBy(a => a.On).Take(5).ToListAsync(ct))
            dates.Add(new("Appointment", a.On, $"Lịch hẹn lúc {a.StartsAt:HH\\:mm} tại {a.Place}: {a.Purpose}"));
        foreach (var a in await db.Set<AbsencePermission>().AsNoTracking()
                     .Where(a => a.CaseId == c.Id && a.Status == AbsenceStatus.Approved && a.ReturnedOn == null && a.ReturnDueOn != null).ToListAsync(ct))
            dates.Add(new("AbsenceReturn", a.ReturnDueOn!.Value, $"Trình diện với Công an xã khi đi vắng về (đi {Display.Date(a.From)}–{Display.Date(a.To)})"));
        if (open && c.Kind == CaseKind.CommunitySentence && facts.ExpectedEndOn is { } ends)
            dates.Add(new("EndOfTerm", ends, "Ngày hết thời hạn chấp hành án (dự kiến)"));
        if (c.Kind == CaseKind.Reintegration && RecordExpungement.ForCase(facts, today, p) is { ClearFrom: { } clears })
            dates.Add(new("RecordExpungement", clears, "Ngày được xóa án tích và kết thúc việc quản lý (dự kiến)"));
        return dates.OrderBy(d => d.DueOn).ToList();
    }

    public static async Task<IReadOnlyList<DecisionDto>?> DecisionsAsync(HoaNhapDbContext db, CurrentUser me, CancellationToken ct)
    {
        if (await PortalFile.PersonAsync(db, me, ct) is not { } person) return null;
        var list = new List<DecisionDto>();
        foreach (var a in await db.Set<AbsencePermission>().AsNoTracking().Where(a => a.PersonId == person.Id).ToListAsync(ct))
            list.Add(new("Absence", a.Id, $"Xin vắng mặt từ {Display.Date(a.From)} đến {Display.Date(a.To)}, nơi đến: {a.Destination}", a.Status.ToString(),
                AbsenceText.Status(a.Status), a.RequestedOn, a.DecidedOn,
                a.Status == AbsenceStatus.Requested ? $"UBND xã quyết định chậm nhất ngày {Display.Date(a.DecisionDueOn)}."
                : a.ReturnDueOn is { } back && a.ReturnedOn is null ? $"Khi về, trình diện với Công an xã chậm nhất ngày {Display.Date(back)}. {a.DecisionReason}".Trim()
                : a.DecisionReason));
        foreach (var x in await db.Set<EarlyTerminationProposal>().AsNoTracking().Where(x => x.PersonId == person.Id).ToListAsync(ct))
            list.Add(new("Shortening", x.Id, EarlyTerminationText.Kind(x.Kind), x.Status.ToString(), EarlyTerminationText.Status(x.Status), x.ProposedOn, x.DecidedOn, null));
        foreach (var t in await db.Set<CaseTransfer>().AsNoTracking().Where(t => t.PersonId == person.Id).ToListAsync(ct))
            list.Add(new("Transfer", t.Id, $"Thay đổi nơi cư trú đến: {t.NewAddress}", t.Status.ToString(), TransferText.Status(t.Status), t.RequestedOn,
                t.AcknowledgedOn ?? t.RefusedOn ?? t.ConsentedOn, null));
        return list.OrderByDescending(d => d.RequestedOn).ToList();
    }

    public static async Task<IReadOnlyList<LoanDto>?> LoansAsync(HoaNhapDbContext db, CurrentUser me, CancellationToken ct)
    {
        if (await PortalFile.PersonAsync(db, me, ct) is not { } person) return null;
        return (await db.Set<ReintegrationLoan>().AsNoTracking().Where(l => l.PersonId == person.Id).ToListAsync(ct))
            .OrderByDescending(l => l.ListedOn)
            .Select(l => new LoanDto(l.Id, l.Purpose, l.RequestedAmount, l.Status.ToString(), LoanText.State(l.Status), l.ListedOn,
                l.ApprovedAmount, l.DisbursedAmount, l.Outstanding)).ToList();
    }

    public static async Task<IReadOnlyList<DocumentDto>?> DocumentsAsync(HoaNhapDbContext db, CurrentUser me, CancellationToken ct)
    {
        if (await PortalFile.PersonAsync(db, me, ct) is not { } person) return null;
        return (await db.Set<CaseFileItem>().AsNoTracking()
                .Where(i => i.PersonId == person.Id && i.Generated && i.Content != null && IssuedToPerson.Contains(i.Kind))
                .Select(i => new { i.Id, i.Title, i.Kind, i.On, i.Number, i.Note, i.CreatedAt }).ToListAsync(ct))
            .OrderByDescending(i => i.On).ThenByDescending(i => i.CreatedAt)
            .Select(i => new DocumentDto(i.Id, i.Title, i.Kind.ToString(), i.On, i.Number, i.Note, $"{PortalSignIn.Root}/Tai-lieu/{i.Id}")).ToList();
    }

    /// <summary>One of the person's own documents, with its content; null for anything else (404).</summary>
    public static async Task<CaseFileItem?> DocumentAsync(HoaNhapDbContext db, CurrentUser me, Guid id, CancellationToken ct)
    {
        if (await PortalFile.PersonAsync(db, me, ct) is not { } person) return null;
        return await db.Set<CaseFileItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.PersonId == person.Id && i.Generated
            && i.Content != null && IssuedToPerson.Contains(i.Kind), ct);
    }

    public static async Task<PortalView?> ViewAsync(HoaNhapDbContext db, CurrentUser me, RuleBook rules, UnitNames units, CancellationToken ct) =>
        await MeAsync(db, me, units, ct) is not { } who ? null
        : new PortalView(who, (await ObligationsAsync(db, me, rules, ct))!, (await DatesAsync(db, me, rules, ct))!, (await DecisionsAsync(db, me, ct))!,
            (await LoansAsync(db, me, ct))!, (await DocumentsAsync(db, me, ct))!, await CheckInQueriesAsync(db, me, ct), await MessagesAsync(db, me, 10, ct));

    /// <summary>
    /// The messages the notifications delivered to the person's portal, newest first. Only the in-portal channel: an SMS or a
    /// Zalo message is on the person's phone already, and a one-time code never shows here.
    /// </summary>
    public static async Task<IReadOnlyList<PortalMessageDto>> MessagesAsync(HoaNhapDbContext db, CurrentUser me, int take, CancellationToken ct)
    {
        if (me.PersonId is not { } person) return [];
        var delivered = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.PersonId == person && m.Channel == MessageChannel.Portal && m.Status == MessageStatus.Delivered && !m.Transactional)
            .Select(m => new { m.Template, m.Body, m.QueuedAt, m.DeliveredAt }).ToListAsync(ct);
        return delivered.Select(m => new PortalMessageDto(m.Template, m.Body, m.DeliveredAt ?? m.QueuedAt))
            .OrderByDescending(m => m.At).Take(take).ToList();
    }

    /// <summary>The person's self check-ins the commune police queried, newest first, with the note to answer.</summary>
    static async Task<IReadOnlyList<CheckInQueryDto>> CheckInQueriesAsync(HoaNhapDbContext db, CurrentUser me, CancellationToken ct)
    {
        if (me.PersonId is not { } person) return [];
        return (await db.Set<SelfCheckIn>().AsNoTracking().Where(x => x.PersonId == person && x.Review == SelfCheckInReview.Queried).ToListAsync(ct))
            .OrderByDescending(x => x.At).Select(x => new CheckInQueryDto(x.At, x.ReviewNote ?? "")).ToList();
    }
}
