using System.Globalization;
using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Supervision;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Contacts;

/// <summary>A person whose check-in falls due in the month, and what is already recorded for that due date.</summary>
public sealed record DueCheckIn(Guid CaseId, Guid PersonId, string PersonName, DateOnly DueOn, DateOnly? AttendedOn, DateOnly? AbsentOn)
{
    public bool Recorded => AttendedOn is not null;
}

public sealed class BatchCheckInRow
{
    public Guid CaseId { get; set; }
    /// <summary>true: came; false: did not come; empty: nothing to record for this person now (page only).</summary>
    public bool? Attended { get; set; }
    public string? On { get; set; }
    public string? Note { get; set; }
}

public sealed class BatchCheckInInput
{
    /// <summary>"yyyy-MM"; empty: this month.</summary>
    public string? Month { get; set; }
    public List<BatchCheckInRow> Rows { get; set; } = [];
}

/// <summary>
/// Month-end check-in of a commune: everyone whose check-in falls due in the month on one list, and the attendance of
/// all of them saved in one transaction. A row in error stops the whole batch (nothing is half written) and the error
/// names the person.
/// </summary>
public static class BatchCheckIn
{

    public static bool TryMonth(string? text, DateOnly today, out DateOnly month)
    {
        month = new DateOnly(today.Year, today.Month, 1);
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m)) return false;
        month = m;
        return true;
    }

    public static string MonthKey(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static async Task<IReadOnlyList<DueCheckIn>> DueAsync(HoaNhapDbContext db, RuleParameters rules, CurrentUser me, DateOnly month, CancellationToken ct)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.Kind == CaseKind.CommunitySentence && c.Status == CaseStatus.Active && c.StartOn <= last)
            .Join(db.People.People(me), c => c.PersonId, p => p.Id, (c, p) => new { Case = c, p.FullName })
            .ToListAsync(ct);
        var ids = cases.Select(x => x.Case.Id).ToList();
        var plans = await db.Set<SupervisionPlan>().AsNoTracking().Where(p => ids.Contains(p.CaseId)).ToDictionaryAsync(p => p.CaseId, ct);
        var checkIns = (await db.Set<CheckIn>().AsNoTracking().Where(x => ids.Contains(x.CaseId) && x.Kind == CheckInKind.CheckIn && x.On <= last)
            .Select(x => new { x.CaseId, x.On, x.Attended }).ToListAsync(ct)).ToLookup(x => x.CaseId);
        var list = new List<DueCheckIn>();
        foreach (var x in cases)
        {
            var c = x.Case;
            var plan = SupervisionPlans.Effective(plans.GetValueOrDefault(c.Id), rules, c);
            var due = CheckInSchedule.DueDates(c.StartOn, SupervisionPlans.TermEnd(c), plan.CheckInMonths, last);
            var inMonth = due.Where(d => d >= first).ToList();
            if (inMonth.Count == 0) continue;
            var dueOn = inMonth[^1];
            var index = due.Count - 1;
            var windowAfter = index > 0 ? due[index - 1] : c.StartOn.AddDays(-1);
            var window = checkIns[c.Id].Where(k => k.On > windowAfter && k.On <= last).ToList();
            list.Add(new DueCheckIn(c.Id, c.PersonId, x.FullName, dueOn,
                window.Where(k => k.Attended).Select(k => (DateOnly?)k.On).Max(),
                window.Where(k => !k.Attended).Select(k => (DateOnly?)k.On).Max()));
        }
        return list.OrderBy(d => d.DueOn).ThenBy(d => d.PersonName, StringComparer.Create(Display.Vi, false)).ToList();
    }

    /// <param name="skipUnanswered">The page sends every row; a row without an answer is left for later. The API must answer each row it sends.</param>
    public static async Task<Outcome<IReadOnlyList<CheckIn>>> RecordAsync(HoaNhapDbContext db, RuleParameters rules, CurrentUser me,
        BatchCheckInInput input, bool skipUnanswered, CancellationToken ct)
    {
        if (!me.May(Act.RecordBatchCheckIn)) return Outcome<IReadOnlyList<CheckIn>>.Denied();
        if (input?.Rows is null || input.Rows.Any(r => r is null))
            return Outcome<IReadOnlyList<CheckIn>>.Invalid(nameof(BatchCheckInInput.Rows), "Danh sách điểm danh (rows) phải có ít nhất một dòng, mỗi dòng là một hồ sơ.");
        if (!TryMonth(input.Month, db.Today, out var month))
            return Outcome<IReadOnlyList<CheckIn>>.Invalid(nameof(BatchCheckInInput.Month), "Tháng điểm danh phải có dạng năm-tháng, ví dụ 2026-11.");
        var today = db.Today;
        var first = new DateOnly(month.Year, month.Month, 1);
        if (first > today)
            return Outcome<IReadOnlyList<CheckIn>>.Invalid(nameof(BatchCheckInInput.Month), "Chưa đến tháng này: không ghi điểm danh trước được.");
        var last = first.AddMonths(1).AddDays(-1);
        var due = (await DueAsync(db, rules, me, month, ct)).ToDictionary(d => d.CaseId);
        var errors = new Dictionary<string, string[]>();
        var records = new List<CheckIn>();
        var seen = new HashSet<Guid>();
        var monthText = month.ToString("MM/yyyy", CultureInfo.InvariantCulture);
        for (var i = 0; i < input.Rows.Count; i++)
        {
            var row = input.Rows[i];
            var key = $"{nameof(BatchCheckInInput.Rows)}[{i}].";
            if (!due.TryGetValue(row.CaseId, out var d))
            {
                errors[key + nameof(BatchCheckInRow.CaseId)] = [$"Dòng {i + 1}: hồ sơ không có kỳ điểm danh trong tháng {monthText} của xã (hoặc không thuộc phạm vi của bạn)."];
                continue;
            }
            if (row.Attended is null)
            {
                if (skipUnanswered) continue;
                errors[key + nameof(BatchCheckInRow.Attended)] = [$"{d.PersonName}: hãy cho biết có mặt hay vắng mặt."];
                continue;
            }
            if (!seen.Add(row.CaseId)) { errors[key + nameof(BatchCheckInRow.CaseId)] = [$"{d.PersonName}: có hai dòng cho cùng một người."]; continue; }
            if (d.Recorded) { errors[key + nameof(BatchCheckInRow.Attended)] = [$"{d.PersonName}: đã ghi có mặt ngày {Display.Date(d.AttendedOn)} cho kỳ này."]; continue; }
            DateOnly on = default;
            if (FormChecks.Date(errors, key + nameof(BatchCheckInRow.On), $"{d.PersonName}: ngày điểm danh", row.On, out on) && (on < first || on > last || on > today))
                errors[key + nameof(BatchCheckInRow.On)] = [$"{d.PersonName}: ngày điểm danh phải trong tháng {monthText} và không sau ngày hôm nay."];
            var note = FormChecks.Optional(row.Note, key + nameof(BatchCheckInRow.Note), $"{d.PersonName}: ghi chú", 1000, errors);
            if (errors.Keys.Any(k => k.StartsWith(key, StringComparison.Ordinal))) continue;
            var c = await db.Cases.AsNoTracking().FirstAsync(x => x.Id == row.CaseId, ct);
            records.Add(new CheckIn
            {
                CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
                Kind = CheckInKind.CheckIn, On = on, Attended = row.Attended.Value, Note = note,
            });
        }
        if (errors.Count == 0 && records.Count == 0)
            errors[nameof(BatchCheckInInput.Rows)] = ["Chưa ghi người nào: hãy chọn có mặt hoặc vắng mặt cho ít nhất một người."];
        if (errors.Count > 0) return Outcome<IReadOnlyList<CheckIn>>.Invalid(errors);
        db.AddRange(records);
        await db.SaveChangesAsync(ct);
        return Outcome<IReadOnlyList<CheckIn>>.Ok(records);
    }
}
