using System.Globalization;
using System.Text;

namespace HoaNhap.Web.Features.Contacts;

/// <summary>One event of an iCalendar file: times in UTC.</summary>
public sealed record CalendarEvent(string Uid, DateTimeOffset Start, DateTimeOffset End, string Summary, string? Location, string? Description);

/// <summary>
/// A small iCalendar writer (RFC 5545): a VCALENDAR of VEVENTs with UTC times, text escaped (§3.3.11), lines ended by
/// CRLF and folded at 75 octets without splitting a UTF-8 character (§3.1).
/// </summary>
public static class ICalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Write(string name, IEnumerable<CalendarEvent> events, DateTimeOffset stamp)
    {
        var sb = new StringBuilder();
        void Line(string s) => sb.Append(Fold(s)).Append("\r\n");
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//HoaNhap//Lich hen//VI");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line("X-WR-CALNAME:" + Escape(name));
        foreach (var e in events)
        {
            Line("BEGIN:VEVENT");
            Line("UID:" + e.Uid);
            Line("DTSTAMP:" + Utc(stamp));
            Line("DTSTART:" + Utc(e.Start));
            Line("DTEND:" + Utc(e.End));
            Line("SUMMARY:" + Escape(e.Summary));
            if (!string.IsNullOrEmpty(e.Location)) Line("LOCATION:" + Escape(e.Location));
            if (!string.IsNullOrEmpty(e.Description)) Line("DESCRIPTION:" + Escape(e.Description));
            Line("END:VEVENT");
        }
        Line("END:VCALENDAR");
        return sb.ToString();
    }

    static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>TEXT value escaping: backslash, semicolon, comma and line breaks.</summary>
    public static string Escape(string s) => s.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,")
        .Replace("\r\n", "\\n").Replace("\n", "\\n").Replace("\r", "\\n");

    /// <summary>Splits a content line into lines of at most 75 octets, each continuation starting with one space.</summary>
    public static string Fold(string line)
    {
        if (Encoding.UTF8.GetByteCount(line) <= 75) return line;
        var sb = new StringBuilder();
        var octets = 0;
        var limit = 75;
        var e = StringInfo.GetTextElementEnumerator(line);
        while (e.MoveNext())
        {
            var element = (string)e.Current;
            var n = Encoding.UTF8.GetByteCount(element);
            if (octets + n > limit)
            {
                sb.Append("\r\n ");
                octets = 0;
                limit = 74;   // the leading space counts
            }
            sb.Append(element);
            octets += n;
        }
        return sb.ToString();
    }
}
