using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Employment;

/// <summary>Follow-ups of hires at one checkpoint recorded in the period: how many were checked and how many still worked.</summary>
public sealed record RetentionCount(int Checkpoint, int Months, int Checked, int Retained);

/// <summary>The numbers of one commune (or the total) for a period.</summary>
public sealed record JobCountRow(string CommuneCode, string CommuneName, int EmployersActive, int CoursesOpen, int ReferralsToJobs, int ReferralsToCourses,
    int Hired, int Declined, int NoShow, int Pending, int ReturneesManaged, IReadOnlyList<RetentionCount> Retention);

public sealed record JobCountsView(DateOnly From, DateOnly To, IReadOnlyList<JobCountRow> Communes, JobCountRow Total);

/// <summary>
/// Jobs and training per commune for a period: employers active (willing since on or before the end of the period and not set
/// inactive), courses running at some time in the period, referrals made in the period by kind and by their outcome now, and
/// returnees managed at some time in the period. Referrals and returnees count in the returnee's commune; employers and courses
/// in their own. A commune officer sees the commune; a province officer every commune of the province with data, and the total.
/// </summary>
public static class JobCounts
{
    /// <summary>The period from the query, by default from 1 January of this year to today; errors name the field.</summary>
    public static (DateOnly From, DateOnly To, Dictionary<string, string[]> Errors) Period(string? from, string? to, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        var f = new DateOnly(today.Year, 1, 1);
        var t = today;
        if (!string.IsNullOrWhiteSpace(from)) FormChecks.Date(errors, "From", "Từ ngày", from, out f);
        if (!string.IsNullOrWhiteSpace(to)) FormChecks.Date(errors, "To", "Đến ngày", to, out t);
        if (errors.Count == 0 && t < f) errors["To"] = ["Đến ngày không được trước từ ngày."];
        return (f, t, errors);
    }

    public static async Task<Outcome<JobCountsView>> ForAsync(HoaNhapDbContext db, CurrentUser u, string? from, string? to, CancellationToken ct)
    {
        if (!u.May(Act.UseEmployment)) return Outcome<JobCountsView>.Denied();
        var (f, t, errors) = Period(from, to, db.Today);
        if (errors.Count > 0) return Outcome<JobCountsView>.Invalid(errors);

        var employers = await JobRegisterCommands.Employers(db, u).AsNoTracking().Where(e => e.Active && e.WillingSince <= t)
            .Select(e => e.CommuneCode).ToListAsync(ct);
        var courses = await JobRegisterCommands.Courses(db, u).AsNoTracking().Where(c => c.StartsOn <= t && c.EndsOn >= f)
            .Select(c => c.CommuneCode).ToListAsync(ct);
        var referrals = await Placed(db.Set<JobReferral>().AsNoTracking(), u).Where(r => r.ReferredOn >= f && r.ReferredOn <= t)
            .Select(r => new { r.CommuneCode, r.Kind, r.Outcome }).ToListAsync(ct);
        var checks = await Placed(db.Set<JobRetentionCheck>().AsNoTracking(), u).Where(x => x.CheckedOn >= f && x.CheckedOn <= t)
            .Select(x => new { x.CommuneCode, x.Checkpoint, x.StillEmployed }).ToListAsync(ct);
        var rules = await new RuleBook(db).ParametersAsync(ct);
        var months = JobRetentionDefaults.Keys.Select(k => rules.Int(k, t)).ToList();
        List<RetentionCount> Retention(IEnumerable<(int Checkpoint, bool StillEmployed)> rows)
        {
            var list = rows.ToList();
            return months.Select((m, i) => new RetentionCount(i + 1, m, list.Count(x => x.Checkpoint == i + 1),
                list.Count(x => x.Checkpoint == i + 1 && x.StillEmployed))).ToList();
        }
        var returnees = await Placed(db.Cases.AsNoTracking(), u)
            .Where(c => c.Kind == CaseKind.Reintegration && c.StartOn <= t && (c.EndedOn == null || c.EndedOn >= f))
            .Select(c => new { c.CommuneCode, c.PersonId }).Distinct().ToListAsync(ct);

        var codes = employers.Concat(courses).Concat(referrals.Select(r => r.CommuneCode)).Concat(returnees.Select(r => r.CommuneCode))
            .Concat(checks.Select(x => x.CommuneCode)).ToHashSet();
        if (u.CommuneCode is { } own) codes = [own];
        var names = await JobRegisterCommands.CommuneNamesAsync(db, codes, ct);
        var rows = codes.Select(code =>
        {
            var refs = referrals.Where(r => r.CommuneCode == code).ToList();
            return new JobCountRow(code, names.GetValueOrDefault(code, code), employers.Count(x => x == code), courses.Count(x => x == code),
                refs.Count(r => r.Kind == ReferralKind.Job), refs.Count(r => r.Kind == ReferralKind.Training),
                refs.Count(r => r.Outcome == ReferralOutcome.Hired), refs.Count(r => r.Outcome == ReferralOutcome.Declined),
                refs.Count(r => r.Outcome == ReferralOutcome.NoShow), refs.Count(r => r.Outcome == ReferralOutcome.Pending),
                returnees.Count(r => r.CommuneCode == code), Retention(checks.Where(x => x.CommuneCode == code).Select(x => (x.Checkpoint, x.StillEmployed))));
        }).OrderBy(r => r.CommuneName, StringComparer.Create(Display.Vi, true)).ToList();
        var total = new JobCountRow("", "Tổng cộng", rows.Sum(r => r.EmployersActive), rows.Sum(r => r.CoursesOpen), rows.Sum(r => r.ReferralsToJobs),
            rows.Sum(r => r.ReferralsToCourses), rows.Sum(r => r.Hired), rows.Sum(r => r.Declined), rows.Sum(r => r.NoShow), rows.Sum(r => r.Pending),
            returnees.Select(r => r.PersonId).Distinct().Count(), Retention(checks.Select(x => (x.Checkpoint, x.StillEmployed))));
        return Outcome<JobCountsView>.Ok(new JobCountsView(f, t, rows, total));
    }

    static IQueryable<T> Placed<T>(IQueryable<T> q, CurrentUser u) where T : class, Domain.IPlaced
    {
        q = q.Where(x => x.ProvinceCode == u.ProvinceCode);
        return u.CommuneCode is { } c ? q.Where(x => x.CommuneCode == c) : q;
    }

    /// <summary>The table as .xlsx rows: one per commune, then the total.</summary>
    public static IEnumerable<Dictionary<string, object>> Rows(JobCountsView v) =>
        v.Communes.Append(v.Total).Select(r => new Dictionary<string, object>
        {
            ["Xã, phường"] = r.CommuneName, ["Từ ngày"] = Display.Date(v.From), ["Đến ngày"] = Display.Date(v.To),
            ["Doanh nghiệp đang nhận"] = r.EmployersActive, ["Khóa học nghề đang mở"] = r.CoursesOpen,
            ["Giới thiệu việc làm"] = r.ReferralsToJobs, ["Giới thiệu học nghề"] = r.ReferralsToCourses,
            ["Được tuyển dụng, nhận vào học"] = r.Hired, ["Từ chối"] = r.Declined, ["Không đến"] = r.NoShow, ["Chờ kết quả"] = r.Pending,
            ["Người chấp hành xong án phạt tù được quản lý"] = r.ReturneesManaged,
        }.Concat(r.Retention.Select(x => new KeyValuePair<string, object>($"Còn làm việc sau {JobRetention.Name(x.Months)} (đã theo dõi)", $"{x.Retained}/{x.Checked}")))
            .ToDictionary());
}
