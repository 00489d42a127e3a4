using HoaNhap.Web.Shared.Audit;
using System.Globalization;
using System.Text;
using HoaNhap.Data;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Contacts;
using HoaNhap.Domain.Supervision;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;

namespace HoaNhap.Web.Features.Contacts;

public sealed record TimelineEntryDto(Guid Id, string Source, DateOnly On, string? At, string Kind, string? Channel, string Who, string? Note,
    bool? Attended, bool? Kept)
{
    public static TimelineEntryDto From(TimelineEntry e) => new(e.Id, e.Source.ToString(), e.On, e.At?.ToString("HH:mm", CultureInfo.InvariantCulture),
        e.Kind, e.Channel, e.Who, e.Note, e.Attended, e.Kept);
}

public sealed record ContactDto(Guid Id, Guid CaseId, string Channel, DateOnly On, string? At, string ByName, string? Note, Guid? AppointmentId)
{
    public static ContactDto From(Contact c) => new(c.Id, c.CaseId, c.Channel.ToString(), c.On, c.At?.ToString("HH:mm", CultureInfo.InvariantCulture),
        c.ByName, c.Note, c.AppointmentId);
}

public sealed record AppointmentDto(Guid Id, Guid CaseId, Guid PersonId, string? PersonName, string Channel, DateOnly On, string StartsAt,
    int DurationMinutes, string Place, string Purpose, string OwnerUserId, string OwnerName, bool Kept)
{
    public static AppointmentDto From(Appointment a, string? personName, bool kept) => new(a.Id, a.CaseId, a.PersonId, personName, a.Channel.ToString(),
        a.On, a.StartsAt.ToString("HH:mm", CultureInfo.InvariantCulture), a.DurationMinutes, a.Place, a.Purpose, a.OwnerUserId, a.OwnerName, kept);
}

public sealed record DueCheckInDto(Guid CaseId, Guid PersonId, string PersonName, DateOnly DueOn, DateOnly? AttendedOn, DateOnly? AbsentOn, bool Recorded)
{
    public static DueCheckInDto From(DueCheckIn d) => new(d.CaseId, d.PersonId, d.PersonName, d.DueOn, d.AttendedOn, d.AbsentOn, d.Recorded);
}

public sealed record BatchCheckInDto(string Month, int Recorded, IReadOnlyList<Guid> CheckInIds);

/// <summary>
/// Contacts, appointments and the month-end check-in under /api/v1. Reads: registry readers within their scope (a supervisor:
/// their people). Contacts and appointments: officers and the person's supervisor. The batch check-in: the commune officer.
/// </summary>
public static class ContactsApi
{
    public static void MapContactsApi(this RouteGroupBuilder api)
    {
        var c = api.MapGroup("/cases/{id:guid}").WithTags("Tiếp xúc, lịch hẹn");
        c.MapGet("/contacts", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                var found = await CaseLookup.FindAsync(db, http.Me(), id, ct);
                if (found is null) return ApiResults.NotFound();
                var timeline = await ContactTimeline.ReadAsync(db, found, ct);
                return Results.Ok(timeline.Select(TimelineEntryDto.From).ToList());
            })
            .WithSummary("Dòng thời gian tiếp xúc của hồ sơ (mới nhất trước): tiếp xúc đã ghi (Contact), điểm danh (CheckIn), triệu tập (Summons), giấy triệu tập đã lập (SummonsIssued), lịch hẹn (Appointment).")
            .Produces<List<TimelineEntryDto>>().ProducesProblem(404)
            .ReadsPersonalData<HoaNhap.Domain.Cases.Case>();
        c.MapPost("/contacts", async (Guid id, ContactInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ContactCommands.RecordContactAsync(db, http.Me(), id, input, ct),
                    x => Results.Created($"/api/v1/cases/{id}/contacts", ContactDto.From(x))))
            .WithSummary("Ghi một lần tiếp xúc: {channel: Visit|InPerson|Call|Message|Summons, on, at (giờ:phút, nếu có), note, appointmentId (nếu có)}.")
            .Produces<ContactDto>(201).ProducesValidationProblem().ProducesProblem(404);
        c.MapPost("/appointments", async (Guid id, AppointmentInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ContactCommands.ScheduleAsync(db, http.Me(), id, input, ct),
                    x => Results.Created($"/api/v1/appointments?from={x.On:yyyy-MM-dd}&to={x.On:yyyy-MM-dd}", AppointmentDto.From(x, null, false))))
            .WithSummary("Đặt lịch hẹn: {channel, on, startsAt (giờ:phút, giờ Việt Nam), durationMinutes (5–480), place, purpose}.")
            .Produces<AppointmentDto>(201).ProducesValidationProblem().ProducesProblem(404);

        var a = api.MapGroup("/appointments").WithTags("Tiếp xúc, lịch hẹn");
        a.MapGet("/", async (string? from, string? to, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                var me = http.Me();
                if (!me.ReadsRegistry) return ApiResults.Forbidden();
                if (Range(from, to, db.Today) is not { } range) return RangeError();
                var (f, t) = range;
                var entries = await ContactQueries.CalendarAsync(db, me, f, t, ct);
                return Results.Ok(entries.Select(e => AppointmentDto.From(e.Appointment, e.PersonName, e.Kept)).ToList());
            })
            .WithSummary("Lịch hẹn trong phạm vi của bạn (người giám sát: người mình giám sát) từ from đến to (năm-tháng-ngày; mặc định: tuần này; tối đa 92 ngày).")
            .Produces<List<AppointmentDto>>().ProducesValidationProblem()
            .ReadsPersonalDataList<HoaNhap.Domain.Contacts.Appointment>();
        a.MapGet("/calendar.ics", async (string? from, string? to, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                var me = http.Me();
                if (!me.ReadsRegistry) return ApiResults.Forbidden();
                if (Range(from, to, db.Today) is not { } range) return RangeError();
                var (f, t) = range;
                var entries = await ContactQueries.CalendarAsync(db, me, f, t, ct);
                return Results.File(Encoding.UTF8.GetBytes(Ics(entries, http)), ICalendar.ContentType, $"lich-hen-{f:yyyyMMdd}.ics");
            })
            .WithSummary("Lịch hẹn dạng iCalendar (RFC 5545) để đưa vào ứng dụng lịch; cùng phạm vi và khoảng ngày như /appointments.")
            .Produces(200, contentType: "text/calendar").ProducesValidationProblem()
            .ReadsPersonalDataList<HoaNhap.Domain.Contacts.Appointment>();

        var k = api.MapGroup("/check-ins").WithTags("Tiếp xúc, lịch hẹn");
        k.MapGet("/due", async (string? month, HttpContext http, HoaNhapDbContext db, RuleBook book, CancellationToken ct) =>
            {
                var me = http.Me();
                if (!me.ReadsRegistry) return ApiResults.Forbidden();
                if (!BatchCheckIn.TryMonth(month, db.Today, out var m)) return ApiResults.Invalid(new Dictionary<string, string[]> { ["Month"] = ["Tháng phải có dạng năm-tháng, ví dụ 2026-11."] });
                var due = await BatchCheckIn.DueAsync(db, await book.ParametersAsync(ct), me, m, ct);
                return Results.Ok(due.Select(DueCheckInDto.From).ToList());
            })
            .WithSummary("Người có kỳ điểm danh, kiểm diện đến hạn trong tháng (month = năm-tháng, mặc định tháng này), kèm việc đã ghi hay chưa.")
            .Produces<List<DueCheckInDto>>().ProducesValidationProblem()
            .ReadsPersonalDataList<HoaNhap.Domain.Cases.Case>();
        k.MapPost("/batch", async (BatchCheckInInput input, HttpContext http, HoaNhapDbContext db, RuleBook book, CancellationToken ct) =>
                ApiResults.From(await BatchCheckIn.RecordAsync(db, await book.ParametersAsync(ct), http.Me(), input, skipUnanswered: false, ct),
                    x => Results.Created("/api/v1/check-ins/due?month=" + (input.Month ?? ""), new BatchCheckInDto(
                        BatchCheckIn.TryMonth(input.Month, db.Today, out var m) ? BatchCheckIn.MonthKey(m) : "", x.Count, x.Select(r => r.Id).ToList()))))
            .WithSummary("Điểm danh cuối tháng của cả xã trong một lần: {month, rows: [{caseId, attended, on, note}]}. Một dòng sai thì không ghi dòng nào; lỗi nêu tên người (rows[i].on…).")
            .Produces<BatchCheckInDto>(201).ProducesValidationProblem().ProducesProblem(403);
    }

    /// <summary>The days asked for; none given: this week (Monday to Sunday). At most 92 days.</summary>
    static (DateOnly From, DateOnly To)? Range(string? from, string? to, DateOnly today)
    {
        var monday = ContactQueries.WeekOf(today);
        DateOnly f = monday, t = monday.AddDays(6);
        if (!string.IsNullOrWhiteSpace(from) && !VietnameseDate.TryParse(from, out f)) return null;
        if (!string.IsNullOrWhiteSpace(to) && !VietnameseDate.TryParse(to, out t)) return null;
        if (string.IsNullOrWhiteSpace(to) && !string.IsNullOrWhiteSpace(from)) t = f.AddDays(6);
        if (t < f || t.DayNumber - f.DayNumber > 92) return null;
        return (f, t);
    }

    static IResult RangeError() => ApiResults.Invalid(new Dictionary<string, string[]>
    {
        ["From"] = ["Khoảng ngày không hợp lệ: from và to có dạng năm-tháng-ngày, to không trước from và không quá 92 ngày."],
    });

    /// <summary>The calendar as an .ics file; the event names the person, so the file is personal data like the page.</summary>
    public static string Ics(IEnumerable<CalendarEntry> entries, HttpContext http)
    {
        var vietnam = TimeSpan.FromHours(7);
        var host = http.Request.Host.Host is { Length: > 0 } h ? h : "hoanhap";
        var events = entries.Select(e =>
        {
            var a = e.Appointment;
            var start = new DateTimeOffset(a.On.ToDateTime(a.StartsAt), vietnam);
            return new CalendarEvent($"{a.Id}@{host}", start, start.AddMinutes(a.DurationMinutes),
                $"{ContactText.Channel(a.Channel)}: {e.PersonName}", a.Place,
                $"{a.Purpose}\nNgười thực hiện: {a.OwnerName}\n{http.Request.Scheme}://{http.Request.Host}/Cases/Details/{a.CaseId}");
        });
        return ICalendar.Write("Lịch hẹn HoaNhap", events, DateTimeOffset.UtcNow);
    }
}
