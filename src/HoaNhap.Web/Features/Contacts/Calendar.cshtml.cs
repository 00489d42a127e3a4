using HoaNhap.Domain.Access;
using System.Text;
using HoaNhap.Data;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Contacts;

/// <summary>
/// The appointments of one week (Monday to Sunday), day by day: the commune's for its officers, the province's for a
/// province officer, and a supervisor's own people for a supervisor. Links to the previous and next week; an .ics download.
/// </summary>
[Shared.Audit.PersonalData(typeof(HoaNhap.Domain.Contacts.Appointment), null)]
public sealed class CalendarModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "week")] public string? Week { get; set; }
    public DateOnly Monday { get; private set; }
    public IReadOnlyList<CalendarEntry> Entries { get; private set; } = [];
    public bool BadWeek { get; private set; }
    public bool MayRecord { get; private set; }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string DayName(DateOnly d) => d.DayOfWeek switch
    {
        DayOfWeek.Monday => "Thứ Hai", DayOfWeek.Tuesday => "Thứ Ba", DayOfWeek.Wednesday => "Thứ Tư", DayOfWeek.Thursday => "Thứ Năm",
        DayOfWeek.Friday => "Thứ Sáu", DayOfWeek.Saturday => "Thứ Bảy", _ => "Chủ Nhật",
    };

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!me.ReadsRegistry) return Forbid();
        var day = db.Today;
        if (!string.IsNullOrWhiteSpace(Week) && !VietnameseDate.TryParse(Week, out day)) { BadWeek = true; day = db.Today; }
        Monday = ContactQueries.WeekOf(day);
        MayRecord = me.May(Act.RecordContact);
        Entries = await ContactQueries.CalendarAsync(db, me, Monday, Monday.AddDays(6), ct);
        return null;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnGetIcsAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        return File(Encoding.UTF8.GetBytes(ContactsApi.Ics(Entries, HttpContext)), ICalendar.ContentType, $"lich-hen-{Monday:yyyyMMdd}.ics");
    }
}
