using System.Globalization;
using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.SelfCheckIns;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using HoaNhap.Web.Shared.Portal;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.SelfCheckIns;

/// <summary>Configuration <c>SelfCheckIn__…</c>.</summary>
public sealed class SelfCheckInOptions
{
    /// <summary>The largest photo accepted, in kilobytes (default 5120: 5 MB).</summary>
    public int PhotoMaxKilobytes { get; set; } = 5120;
    /// <summary>How often the job looks for windows that have just closed, in seconds (default 60).</summary>
    public int SweepSeconds { get; set; } = 60;
}

/// <summary>The officer's schedule form (page and API). Times "HH:mm", Vietnam time; days dd/MM/yyyy or yyyy-MM-dd.</summary>
public sealed class ScheduleInput
{
    /// <summary>"Weekdays" or "EveryDays".</summary>
    public string? Repeat { get; set; }
    /// <summary>With Weekdays: 1 (Monday) … 7 (Sunday).</summary>
    public List<int>? Weekdays { get; set; }
    /// <summary>With EveryDays: the step in days (1–31).</summary>
    public int? EveryDays { get; set; }
    public string? WindowStart { get; set; }
    public string? WindowEnd { get; set; }
    public string? StartOn { get; set; }
    public string? EndOn { get; set; }
    public string? Reason { get; set; }
    /// <summary>The schedule's version as read (0 for a new one).</summary>
    public long? Version { get; set; }
}

/// <summary>The officer's review of one check-in.</summary>
public sealed class ReviewInput
{
    /// <summary>"Accepted" or "Queried".</summary>
    public string? Decision { get; set; }
    public string? Note { get; set; }
}

/// <summary>What the person sends: the photo taken now and, only with consent, the point where they are.</summary>
public sealed class PortalCheckInInput
{
    public bool LocationConsent { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
}

/// <summary>A photo read from the upload: JPEG, PNG or WebP recognised from its bytes, within the configured size.</summary>
public sealed record CheckInPhoto(string ContentType, byte[] Content)
{
    public const string Field = "Photo";

    public static async Task<(CheckInPhoto? Photo, string? Error)> ReadAsync(IFormFile? file, int maxKilobytes, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return (null, "Hãy chụp một ảnh chân dung của bạn lúc này để điểm danh.");
        var max = maxKilobytes * 1024L;
        var tooLarge = $"Ảnh điểm danh không được lớn hơn {maxKilobytes / 1024.0:0.#} MB.".Replace('.', ',');
        if (file.Length > max) return (null, tooLarge);
        using var ms = new MemoryStream();
        await file.CopyToAsync(ms, ct);
        var bytes = ms.ToArray();
        if (bytes.Length > max) return (null, tooLarge);
        // Trust the bytes, not the declared type.
        var type = bytes is [0xFF, 0xD8, 0xFF, ..] ? "image/jpeg"
            : bytes is [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] ? "image/png"
            : bytes is [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] ? "image/webp" : null;
        return type is null ? (null, "Ảnh điểm danh phải là ảnh JPEG, PNG hoặc WebP.") : (new CheckInPhoto(type, bytes), null);
    }
}

public static class SelfCheckInText
{
    /// <summary>What the officer reads before deciding, and the person on their page.</summary>
    public const string NotInstead =
        "Tự điểm danh qua cổng thông tin không thay thế việc có mặt, trình diện trực tiếp mà pháp luật quy định: người chấp hành án vẫn phải "
        + "có mặt theo giấy triệu tập và chịu sự giám sát, giáo dục của UBND cấp xã (Luật Thi hành án hình sự 2019, Điều 87 và Điều 99); "
        + "lịch điểm danh, kiểm diện trực tiếp theo kế hoạch giám sát vẫn giữ nguyên.";

    public const string OutsideWindow = "Hiện không trong khung giờ tự điểm danh của bạn. Hãy điểm danh trong khung giờ Công an xã đã hẹn.";

    public static string Review(SelfCheckInReview r) => r switch
    {
        SelfCheckInReview.Pending => "Chờ cán bộ xem",
        SelfCheckInReview.Accepted => "Đã chấp nhận",
        SelfCheckInReview.Queried => "Cần làm rõ",
        _ => r.ToString(),
    };

    static readonly string[] DayNames = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"];

    public static string Day(int isoDay) => DayNames[isoDay - 1];

    public static string Window(SelfCheckInWindow w) =>
        $"{DayOfWeekName(w.On)}, ngày {Display.Date(w.On)}, từ {w.Opens.ToOffset(SelfCheckInPattern.Vietnam):HH\\:mm} đến {w.Closes.ToOffset(SelfCheckInPattern.Vietnam):HH\\:mm}";

    public static string DayOfWeekName(DateOnly d) => DayNames[((int)d.DayOfWeek + 6) % 7];

    public static string Describe(SelfCheckInSchedule s)
    {
        var days = s.Repeat == SelfCheckInRepeat.Weekdays
            ? string.Join(", ", Enumerable.Range(1, 7).Where(d => (s.Weekdays & (1 << (d - 1))) != 0).Select(Day)) + " hằng tuần"
            : s.EveryDays == 1 ? "hằng ngày" : $"{s.EveryDays} ngày một lần";
        return $"{days}, từ {s.WindowStart:HH\\:mm} đến {s.WindowEnd:HH\\:mm} (giờ Việt Nam), từ ngày {Display.Date(s.StartOn)}"
            + (s.EndOn is { } e ? $" đến ngày {Display.Date(e)}" : "");
    }
}

/// <summary>The schedule, the person's check-in from the portal, and the officer's review; each one transaction.</summary>
public static class SelfCheckInCommands
{
    public static async Task<Outcome<SelfCheckInSchedule>> ScheduleAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId, ScheduleInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<SelfCheckInSchedule>.Missing();
        if (!user.May(Act.ManageSelfCheckIn)) return Outcome<SelfCheckInSchedule>.Denied();
        var errors = new Dictionary<string, string[]>();
        SelfCheckInRepeat? repeat = input.Repeat switch { "Weekdays" => SelfCheckInRepeat.Weekdays, "EveryDays" => SelfCheckInRepeat.EveryDays, _ => null };
        if (repeat is null) FormChecks.Add(errors, nameof(input.Repeat), "Hãy chọn theo ngày trong tuần (Weekdays) hoặc cách đều một số ngày (EveryDays).");
        var mask = 0;
        if (repeat == SelfCheckInRepeat.Weekdays)
        {
            if (input.Weekdays is not { Count: > 0 } || input.Weekdays.Any(d => d is < 1 or > 7))
                FormChecks.Add(errors, nameof(input.Weekdays), "Hãy chọn ít nhất một ngày trong tuần (1 là Thứ Hai, 7 là Chủ nhật).");
            else mask = input.Weekdays.Aggregate(0, (m, d) => m | (1 << (d - 1)));
        }
        if (repeat == SelfCheckInRepeat.EveryDays && input.EveryDays is not (>= 1 and <= 31))
            FormChecks.Add(errors, nameof(input.EveryDays), "Số ngày giữa hai lần tự điểm danh phải từ 1 đến 31.");
        var start = Time(input.WindowStart, nameof(input.WindowStart), "Giờ mở", errors);
        var end = Time(input.WindowEnd, nameof(input.WindowEnd), "Giờ đóng", errors);
        if (start is { } s && end is { } e && e <= s)
            FormChecks.Add(errors, nameof(input.WindowEnd), "Giờ đóng phải sau giờ mở, trong cùng một ngày.");
        DateOnly? from = null;
        if (string.IsNullOrWhiteSpace(input.StartOn)) FormChecks.Add(errors, nameof(input.StartOn), FormMessages.Required("Ngày bắt đầu"));
        else from = FormChecks.Date(errors, nameof(input.StartOn), "Ngày bắt đầu", input.StartOn);
        var to = FormChecks.OptionalDate(errors, nameof(input.EndOn), "Ngày kết thúc", input.EndOn);
        if (from is { } f && to is { } t && t < f) FormChecks.Add(errors, nameof(input.EndOn), "Ngày kết thúc không được trước ngày bắt đầu.");
        FormChecks.Required(input.Reason, nameof(input.Reason), "Lý do", 1000, errors);
        if (errors.Count > 0) return Outcome<SelfCheckInSchedule>.Invalid(errors);
        if (c.Kind != CaseKind.CommunitySentence || c.Status is not (CaseStatus.Active or CaseStatus.Intake))
            return Outcome<SelfCheckInSchedule>.Refused("", "Chỉ đặt lịch tự điểm danh cho hồ sơ chấp hành án tại cộng đồng đang thi hành.");

        var schedule = await db.Set<SelfCheckInSchedule>().FirstOrDefaultAsync(x => x.CaseId == c.Id, ct);
        if (schedule is null)
        {
            schedule = new SelfCheckInSchedule { CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode };
            db.Add(schedule);
        }
        else if (input.Version is { } v && v != schedule.Version)
            return Outcome<SelfCheckInSchedule>.Conflicted(new Conflict(schedule.UpdatedBy, schedule.UpdatedAt, schedule.Version, []));
        schedule.Repeat = repeat!.Value;
        schedule.Weekdays = mask;
        schedule.EveryDays = repeat == SelfCheckInRepeat.EveryDays ? input.EveryDays : null;
        schedule.WindowStart = start!.Value;
        schedule.WindowEnd = end!.Value;
        schedule.StartOn = from!.Value;
        schedule.EndOn = to;
        schedule.Reason = input.Reason!.Trim();
        await db.SaveChangesAsync(ct);
        return Outcome<SelfCheckInSchedule>.Ok(schedule);
    }

    static TimeOnly? Time(string? text, string field, string label, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) { FormChecks.Add(errors, field, $"Hãy nhập {label.ToLowerInvariant()} (giờ:phút, ví dụ 07:30)."); return null; }
        if (TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) return t;
        FormChecks.Add(errors, field, $"{label} phải theo dạng giờ:phút, ví dụ 07:30.");
        return null;
    }

    /// <summary>What became of the person's check-in: stored now, or the one already sent in this window (sent again: nothing new).</summary>
    public sealed record CheckInResult(SelfCheckIn CheckIn, bool Repeated);

    /// <summary>
    /// The person checks in from the portal: only inside a window of their own case's schedule (else refused, 422), one per
    /// window (a repeat answers the first), the location kept only with consent.
    /// </summary>
    public static async Task<Outcome<CheckInResult>> CheckInAsync(HoaNhapDbContext db, CurrentUser me, PortalCheckInInput input, CheckInPhoto? photo,
        string? photoError, CancellationToken ct)
    {
        if (await PortalFile.CaseAsync(db, me, ct) is not { } c) return Outcome<CheckInResult>.Missing();
        var schedule = await db.Set<SelfCheckInSchedule>().AsNoTracking().FirstOrDefaultAsync(x => x.CaseId == c.Id, ct);
        if (schedule is null || c.Status is not (CaseStatus.Active or CaseStatus.Intake))
            return Outcome<CheckInResult>.Refused("", "Công an xã chưa đặt lịch tự điểm danh cho bạn.");
        var now = db.Clock.GetUtcNow();
        var window = schedule.Pattern.OpenAt(now);
        if (window is not null && await db.Set<SelfCheckIn>().FirstOrDefaultAsync(x => x.CaseId == c.Id && x.WindowOn == window.On, ct) is { } first)
            return Outcome<CheckInResult>.Ok(new(first, true));
        var errors = new Dictionary<string, string[]>();
        if (photoError is not null) FormChecks.Add(errors, CheckInPhoto.Field, photoError);
        double? lat = null, lon = null;
        if (input.LocationConsent)
        {
            lat = Coordinate(input.Latitude, nameof(input.Latitude), "Vĩ độ", 90, errors);
            lon = Coordinate(input.Longitude, nameof(input.Longitude), "Kinh độ", 180, errors);
            if (lat is null != lon is null) { lat = null; lon = null; }
        }
        if (errors.Count > 0) return Outcome<CheckInResult>.Invalid(errors);
        if (window is null) return Outcome<CheckInResult>.Refused("", SelfCheckInText.OutsideWindow);
        var record = new SelfCheckIn
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, WindowOn = window.On, At = now,
            LocationConsent = input.LocationConsent, Latitude = lat, Longitude = lon,
            PhotoContentType = photo!.ContentType, PhotoBytes = photo.Content.Length,
        };
        db.Add(record);
        db.Add(new SelfCheckInPhoto
        {
            SelfCheckInId = record.Id, CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
            ContentType = photo.ContentType, Content = photo.Content,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Sent twice at once: the unique index kept the first.
            db.ChangeTracker.Clear();
            if (await db.Set<SelfCheckIn>().AsNoTracking().FirstOrDefaultAsync(x => x.CaseId == c.Id && x.WindowOn == window.On, ct) is { } stored)
                return Outcome<CheckInResult>.Ok(new(stored, true));
            throw;
        }
        return Outcome<CheckInResult>.Ok(new(record, false));
    }

    static double? Coordinate(string? text, string field, string label, double limit, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && Math.Abs(v) <= limit && double.IsFinite(v))
            return Math.Round(v, 6);
        FormChecks.Add(errors, field, $"{label} không hợp lệ (số thập phân từ -{limit} đến {limit}).");
        return null;
    }

    public static async Task<Outcome<SelfCheckIn>> ReviewAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId, Guid checkInId, ReviewInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<SelfCheckIn>.Missing();
        if (!user.May(Act.ManageSelfCheckIn)) return Outcome<SelfCheckIn>.Denied();
        var record = await db.Set<SelfCheckIn>().FirstOrDefaultAsync(x => x.Id == checkInId && x.CaseId == c.Id, ct);
        if (record is null) return Outcome<SelfCheckIn>.Missing();
        var errors = new Dictionary<string, string[]>();
        SelfCheckInReview? decision = input.Decision switch { "Accepted" => SelfCheckInReview.Accepted, "Queried" => SelfCheckInReview.Queried, _ => null };
        if (decision is null) FormChecks.Add(errors, nameof(input.Decision), "Hãy chọn chấp nhận (Accepted) hoặc cần làm rõ (Queried).");
        FormChecks.Optional(input.Note, nameof(input.Note), "Ghi chú", 1000, errors);
        if (errors.Count > 0) return Outcome<SelfCheckIn>.Invalid(errors);
        if (record.ReviewAs(decision!.Value, input.Note, user.UserName, db.Clock.GetUtcNow()) is { } refusal)
            return Outcome<SelfCheckIn>.Invalid(nameof(input.Note), refusal);
        await db.SaveChangesAsync(ct);
        return Outcome<SelfCheckIn>.Ok(record);
    }
}
