using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static HoaNhap.Web.Tests.Reintegration.ReintegrationSetup;

namespace HoaNhap.Web.Tests.Employment;

/// <summary>
/// Jobs and training: the registers of employers and vocational courses, referrals of a returnee with their outcome, and the
/// counts per commune; scope (another province: not found), the bank and supervisors refused, refusals storing nothing.
/// </summary>
public abstract class EmploymentTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;
    static string CommuneA => HoaNhapApp.Units[Unit.A].Commune;

    static async Task<JsonElement> JsonAsync(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    static async Task<List<string>> ErrorFieldsAsync(HttpResponseMessage r) =>
        (await JsonAsync(r)).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();

    object Employer(string name, bool? active = null) => new
    {
        name, taxCode = "2500123456", address = "Cụm công nghiệp Đồng Lạng", sector = "May mặc", contactPerson = "Trần Thị Hoa",
        contactPhone = "0912345678", jobsOffered = "Công nhân may, 8 giờ/ngày", places = 5, willingSince = Iso(Today.AddMonths(-2)), active,
    };

    object Course(string trade, DateOnly starts, DateOnly ends) => new
    {
        trade, provider = "Trường Cao đẳng nghề tỉnh", place = "Nhà văn hóa xã", startsOn = Iso(starts), endsOn = Iso(ends), seats = 20,
        feeWaived = true, support = "Hỗ trợ tiền ăn 30.000 đồng/ngày",
    };

    async Task<Guid> CreateAsync(HttpClient client, string url, object body)
    {
        var r = await client.PostAsJsonAsync(url, body);
        Assert.True(r.StatusCode == HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return (await JsonAsync(r)).GetProperty("id").GetGuid();
    }

    static async Task<JsonElement> CountsRowAsync(HttpClient client, string commune)
    {
        var v = await client.GetFromJsonAsync<JsonElement>("/api/v1/jobs/counts");
        return v.GetProperty("communes").EnumerateArray().Single(r => r.GetProperty("communeCode").GetString() == commune);
    }

    static byte[] Xlsx(HttpResponseMessage r)
    {
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", r.Content.Headers.ContentType?.MediaType);
        return r.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
    }

    static List<IDictionary<string, object?>> Rows(byte[] xlsx) =>
        MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();

    [SkippableFact]
    public async Task Employers_and_courses_are_registered_edited_listed_and_downloaded_within_scope()
    {
        app.EnsureAvailable();
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var empty = await officer.PostAsJsonAsync("/api/v1/jobs/employers", new { });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var fields = await ErrorFieldsAsync(empty);
        foreach (var f in new[] { "name", "address", "sector", "contactPerson", "contactPhone", "jobsOffered", "places", "willingSince" }) Assert.Contains(f, fields);
        Assert.DoesNotContain("taxCode", fields);

        var name = TestData.Unique("Công ty May Đồng Lạng");
        var id = await CreateAsync(officer, "/api/v1/jobs/employers", Employer(name));
        var list = await officer.GetFromJsonAsync<JsonElement>("/api/v1/jobs/employers");
        var row = list.EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == id);
        Assert.Equal(CommuneA, row.GetProperty("communeCode").GetString());
        Assert.True(row.GetProperty("active").GetBoolean());
        var version = row.GetProperty("version").GetInt64();

        // Edit with the version read; a second edit with the same (now stale) version is a conflict, nothing overwritten.
        var edited = await officer.PutAsJsonAsync($"/api/v1/jobs/employers/{id}", new
        {
            name, address = "Cụm công nghiệp Đồng Lạng", sector = "May mặc", contactPerson = "Trần Thị Hoa", contactPhone = "0912345678",
            jobsOffered = "Công nhân may, công nhân là", places = 8, willingSince = Iso(Today.AddMonths(-2)), active = true, version,
        });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(8, (await JsonAsync(edited)).GetProperty("places").GetInt32());
        var stale = await officer.PutAsJsonAsync($"/api/v1/jobs/employers/{id}", new
        {
            name, address = "x", sector = "x", contactPerson = "x", contactPhone = "0912345678", jobsOffered = "x", places = 1,
            willingSince = Iso(Today), version,
        });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(8, await app.WithDbAsync(db => db.Set<Employer>().Where(e => e.Id == id).Select(e => e.Places).SingleAsync()));

        // A province officer chooses the commune (required) and filters by it.
        var province = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        Assert.Contains("communeCode", await ErrorFieldsAsync(await province.PostAsJsonAsync("/api/v1/jobs/employers", Employer("Không có xã"))));
        var other = await CreateAsync(province, "/api/v1/jobs/employers", new
        {
            communeCode = "04795", name = TestData.Unique("Hợp tác xã Mây tre"), address = "Xã bên", sector = "Thủ công", contactPerson = "Lê Văn Nam",
            contactPhone = "0987654321", jobsOffered = "Đan lát", places = 3, willingSince = Iso(Today),
        });
        var filtered = await province.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/employers?communeCode={CommuneA}");
        Assert.Contains(filtered.EnumerateArray(), e => e.GetProperty("id").GetGuid() == id);
        Assert.DoesNotContain(filtered.EnumerateArray(), e => e.GetProperty("id").GetGuid() == other);
        Assert.DoesNotContain((await officer.GetFromJsonAsync<JsonElement>("/api/v1/jobs/employers")).EnumerateArray(), e => e.GetProperty("id").GetGuid() == other);

        // Another province's officer: not found; the bank and supervisors: forbidden; the commune leader reads only.
        var officerB = await app.ApiAsync(Roles.CommuneOfficer, Unit.B);
        Assert.Equal(HttpStatusCode.NotFound, (await officerB.PutAsJsonAsync($"/api/v1/jobs/employers/{id}", Employer(name))).StatusCode);
        Assert.DoesNotContain((await officerB.GetFromJsonAsync<JsonElement>("/api/v1/jobs/employers")).EnumerateArray(), e => e.GetProperty("id").GetGuid() == id);
        var pagesB = await app.PagesAsync(Roles.CommuneOfficer, Unit.B);
        Assert.Equal(HttpStatusCode.NotFound, (await pagesB.GetAsync($"/Employment/EmployerEdit/{id}")).StatusCode);
        foreach (var role in new[] { Roles.BankOfficer, Roles.Supervisor })
        {
            var client = await app.ApiAsync(role, Unit.A);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/jobs/employers")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/jobs/employers", Employer("x"))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/jobs/courses")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/jobs/counts")).StatusCode);
        }
        var leader = await app.ApiAsync(Roles.CommuneLeader, Unit.A);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync("/api/v1/jobs/employers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PutAsJsonAsync($"/api/v1/jobs/employers/{id}", Employer(name))).StatusCode);

        // Pages: add through the form (errors name the field), list, edit to inactive, download.
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var bad = await HoaNhapApp.PostFormAsync(pages, "/Employment/EmployerEdit", "/Employment/EmployerEdit", new() { ["Input.Name"] = "Cơ sở thiếu thông tin" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Địa chỉ không được để trống.", await bad.Content.ReadAsStringAsync());
        var pageName = TestData.Unique("Xưởng mộc Tân Hòa");
        var added = await HoaNhapApp.PostFormAsync(pages, "/Employment/EmployerEdit", "/Employment/EmployerEdit", new()
        {
            ["Input.Name"] = pageName, ["Input.Address"] = "Tổ 3", ["Input.Sector"] = "Mộc", ["Input.ContactPerson"] = "Phạm Văn Gỗ",
            ["Input.ContactPhone"] = "0911222333", ["Input.JobsOffered"] = "Thợ phụ", ["Input.Places"] = "2", ["Input.WillingSince"] = Display.Date(Today),
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var pageId = await app.WithDbAsync(db => db.Set<Employer>().Where(e => e.Name == pageName).Select(e => e.Id).SingleAsync());
        var edit = $"/Employment/EmployerEdit/{pageId}";
        var current = await app.WithDbAsync(db => db.Set<Employer>().AsNoTracking().SingleAsync(e => e.Id == pageId));
        var inactive = await HoaNhapApp.PostFormAsync(pages, edit, edit, new()
        {
            ["Input.Name"] = pageName, ["Input.Address"] = "Tổ 3", ["Input.Sector"] = "Mộc", ["Input.ContactPerson"] = "Phạm Văn Gỗ",
            ["Input.ContactPhone"] = "0911222333", ["Input.JobsOffered"] = "Thợ phụ", ["Input.Places"] = "2", ["Input.WillingSince"] = Display.Date(Today),
            ["Input.Active"] = "false", ["Input.Version"] = current.Version.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, inactive.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<Employer>().Where(e => e.Id == pageId).Select(e => e.Active).SingleAsync()));
        var conflict = await HoaNhapApp.PostFormAsync(pages, edit, edit, new()
        {
            ["Input.Name"] = pageName, ["Input.Address"] = "Tổ 4", ["Input.Sector"] = "Mộc", ["Input.ContactPerson"] = "Phạm Văn Gỗ",
            ["Input.ContactPhone"] = "0911222333", ["Input.JobsOffered"] = "Thợ phụ", ["Input.Places"] = "2", ["Input.WillingSince"] = Display.Date(Today),
            ["Input.Active"] = "true", ["Input.Version"] = current.Version.ToString(),
        });
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("data-testid=\"conflict\"", await conflict.Content.ReadAsStringAsync());
        Assert.Equal("Tổ 3", await app.WithDbAsync(db => db.Set<Employer>().Where(e => e.Id == pageId).Select(e => e.Address).SingleAsync()));
        var html = await pages.GetStringAsync("/Employment/Employers");
        Assert.Contains(name, html);
        Assert.Contains("Ngừng nhận", html);
        var sheet = Rows(Xlsx(await pages.GetAsync("/Employment/Employers?handler=Xlsx")));
        Assert.Contains(sheet, r => (string?)r["Tên doanh nghiệp, cơ sở"] == name);
        Assert.DoesNotContain(sheet, r => ((string?)r["Tên doanh nghiệp, cơ sở"])?.StartsWith("Hợp tác xã Mây tre") == true);

        // Courses: the end not before the start; listed and downloaded.
        var backwards = await officer.PostAsJsonAsync("/api/v1/jobs/courses", Course("Hàn điện", Today, Today.AddDays(-1)));
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("endsOn", await ErrorFieldsAsync(backwards));
        var trade = TestData.Unique("Sửa chữa xe máy");
        var courseId = await CreateAsync(officer, "/api/v1/jobs/courses", Course(trade, Today.AddDays(-5), Today.AddDays(60)));
        var courses = await officer.GetFromJsonAsync<JsonElement>("/api/v1/jobs/courses");
        var course = courses.EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == courseId);
        Assert.False(course.GetProperty("finished").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await officerB.PutAsJsonAsync($"/api/v1/jobs/courses/{courseId}", Course(trade, Today, Today))).StatusCode);
        var courseSheet = Rows(Xlsx(await pages.GetAsync("/Employment/Courses?handler=Xlsx")));
        Assert.Contains(courseSheet, r => (string?)r["Nghề đào tạo"] == trade);
        Assert.Contains(trade, await pages.GetStringAsync("/Employment/Courses"));
    }

    [SkippableFact]
    public async Task Referrals_with_their_outcome_change_the_counts_per_commune()
    {
        app.EnsureAvailable();
        var caseId = await ReceivedCaseAsync(app, Today.AddDays(-40), Today.AddDays(-45));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var employerId = await CreateAsync(officer, "/api/v1/jobs/employers", Employer(TestData.Unique("Công ty Gạch Tân Hòa")));
        var trade = TestData.Unique("Điện dân dụng");
        var courseId = await CreateAsync(officer, "/api/v1/jobs/courses", Course(trade, Today.AddDays(-3), Today.AddDays(90)));
        var url = $"/api/v1/cases/{caseId}/reintegration/referrals";
        var before = await CountsRowAsync(officer, CommuneA);

        var empty = await officer.PostAsJsonAsync(url, new { });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("kind", await ErrorFieldsAsync(empty));
        var noEmployer = await officer.PostAsJsonAsync(url, new { kind = "Job", referredOn = Iso(Today.AddDays(-10)) });
        Assert.Contains("employerId", await ErrorFieldsAsync(noEmployer));

        var referral = await CreateAsync(officer, url, new { kind = "Job", employerId, referredOn = Iso(Today.AddDays(-10)), note = "Hẹn phỏng vấn" });
        var pending = await CountsRowAsync(officer, CommuneA);
        Assert.Equal(before.GetProperty("referralsToJobs").GetInt32() + 1, pending.GetProperty("referralsToJobs").GetInt32());
        Assert.Equal(before.GetProperty("pending").GetInt32() + 1, pending.GetProperty("pending").GetInt32());
        Assert.Equal(before.GetProperty("hired").GetInt32(), pending.GetProperty("hired").GetInt32());

        // The outcome date: not before the referral, not in the future (validation naming the field).
        var outcomeUrl = $"{url}/{referral}/outcome";
        var early = await officer.PostAsJsonAsync(outcomeUrl, new { outcome = "Hired", outcomeOn = Iso(Today.AddDays(-11)) });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("outcomeOn", await ErrorFieldsAsync(early));
        var future = await officer.PostAsJsonAsync(outcomeUrl, new { outcome = "Hired", outcomeOn = Iso(Today.AddDays(1)) });
        Assert.Contains("outcomeOn", await ErrorFieldsAsync(future));

        // Hired, through the page; the counts follow.
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var form = $"/Employment/Outcome/{caseId}/{referral}";
        var done = await HoaNhapApp.PostFormAsync(pages, form, form, new()
            { ["Input.Outcome"] = "Hired", ["Input.OutcomeOn"] = Display.Date(Today.AddDays(-2)), ["Input.Note"] = "Ký hợp đồng lao động 12 tháng." });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var hired = await CountsRowAsync(officer, CommuneA);
        Assert.Equal(before.GetProperty("hired").GetInt32() + 1, hired.GetProperty("hired").GetInt32());
        Assert.Equal(before.GetProperty("pending").GetInt32(), hired.GetProperty("pending").GetInt32());

        // Recorded once: a second outcome without a reason is refused and changes nothing; with a reason it is a correction.
        var again = await officer.PostAsJsonAsync(outcomeUrl, new { outcome = "NoShow", outcomeOn = Iso(Today) });
        Assert.Equal((HttpStatusCode)422, again.StatusCode);
        Assert.Contains("correctionReason", await ErrorFieldsAsync(again));
        Assert.Equal(ReferralOutcome.Hired, await app.WithDbAsync(db => db.Set<JobReferral>().Where(r => r.Id == referral).Select(r => r.Outcome).SingleAsync()));
        var declinedNoReason = await officer.PostAsJsonAsync(outcomeUrl, new { outcome = "Declined", outcomeOn = Iso(Today), correctionReason = "Ghi nhầm" });
        Assert.Equal(HttpStatusCode.BadRequest, declinedNoReason.StatusCode);
        var declineFields = await ErrorFieldsAsync(declinedNoReason);
        Assert.Contains("declinedBy", declineFields);
        Assert.Contains("declineReason", declineFields);
        var corrected = await officer.PostAsJsonAsync(outcomeUrl, new
            { outcome = "Declined", declinedBy = "Employer", declineReason = "Không đủ sức khỏe làm ca đêm", outcomeOn = Iso(Today.AddDays(-1)), correctionReason = "Doanh nghiệp báo lại đã hủy tuyển" });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal("Doanh nghiệp từ chối", (await JsonAsync(corrected)).GetProperty("outcomeTitle").GetString());
        var declined = await CountsRowAsync(officer, CommuneA);
        Assert.Equal(before.GetProperty("declined").GetInt32() + 1, declined.GetProperty("declined").GetInt32());
        Assert.Equal(before.GetProperty("hired").GetInt32(), declined.GetProperty("hired").GetInt32());
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(JobReferral) && a.EntityId == referral.ToString() && a.Action == "Update")));

        // A course, through the page form; the person did not come.
        var refer = $"/Employment/Refer/{caseId}";
        var referPage = await pages.GetStringAsync(refer);
        Assert.Contains(trade, referPage);
        var viaPage = await HoaNhapApp.PostFormAsync(pages, refer, refer, new()
            { ["Input.Kind"] = "Training", ["Input.CourseId"] = courseId.ToString(), ["Input.ReferredOn"] = Display.Date(Today) });
        Assert.Equal(HttpStatusCode.Redirect, viaPage.StatusCode);
        var list = await officer.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal(2, list.GetArrayLength());
        var training = list.EnumerateArray().Single(r => r.GetProperty("kind").GetString() == "Training");
        Assert.Equal("Chờ kết quả", training.GetProperty("outcomeTitle").GetString());
        var noShow = await officer.PostAsJsonAsync($"{url}/{training.GetProperty("id").GetGuid()}/outcome", new { outcome = "NoShow", outcomeOn = Iso(Today) });
        Assert.Equal("Không đến nhập học", (await JsonAsync(noShow)).GetProperty("outcomeTitle").GetString());
        var after = await CountsRowAsync(officer, CommuneA);
        Assert.Equal(before.GetProperty("referralsToCourses").GetInt32() + 1, after.GetProperty("referralsToCourses").GetInt32());
        Assert.Equal(before.GetProperty("noShow").GetInt32() + 1, after.GetProperty("noShow").GetInt32());
        Assert.True(after.GetProperty("returneesManaged").GetInt32() >= 1);

        // The case page: the section, its rows and links.
        var html = await pages.GetStringAsync($"/Cases/Details/{caseId}");
        Assert.Contains("Việc làm và học nghề", html);
        Assert.Equal(2, html.Split("data-testid=\"job-referral-row\"").Length - 1);
        Assert.Contains("data-testid=\"job-referral-create\"", html);
        Assert.Contains("Doanh nghiệp từ chối", html);
        Assert.Contains("Không đến nhập học", html);

        // The counts page and its download; a wrong period names the field.
        var countsHtml = await pages.GetStringAsync("/Employment/Counts");
        Assert.Contains("data-testid=\"job-counts-row\"", countsHtml);
        var sheet = Rows(Xlsx(await pages.GetAsync("/Employment/Counts?handler=Xlsx")));
        Assert.Contains(sheet, r => (string?)r["Xã, phường"] == "Tổng cộng");
        var wrong = await officer.GetAsync($"/api/v1/jobs/counts?from={Iso(Today)}&to={Iso(Today.AddDays(-1))}");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("to", await ErrorFieldsAsync(wrong));
        var lastYear = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/counts?from={Iso(new DateOnly(Today.Year - 5, 1, 1))}&to={Iso(new DateOnly(Today.Year - 5, 12, 31))}");
        Assert.Equal(0, lastYear.GetProperty("total").GetProperty("referralsToJobs").GetInt32());

        // Readers of the case: the leader reads; another province's officer, an unassigned supervisor and the bank do not see it.
        var leader = await app.ApiAsync(Roles.CommuneLeader, Unit.A);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync(url, new { })).StatusCode);
        foreach (var (role, unit) in new[] { (Roles.CommuneOfficer, Unit.B), (Roles.Supervisor, Unit.A), (Roles.BankOfficer, Unit.A) })
        {
            var client = await app.ApiAsync(role, unit);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync(url, new { kind = "Job", employerId, referredOn = Iso(Today) })).StatusCode);
        }
        var pagesB = await app.PagesAsync(Roles.CommuneOfficer, Unit.B);
        Assert.Equal(HttpStatusCode.NotFound, (await pagesB.GetAsync($"/Cases/Details/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pagesB.GetAsync(refer)).StatusCode);
    }

    [SkippableFact]
    public async Task Referrals_are_refused_for_inactive_employers_finished_courses_and_other_provinces()
    {
        app.EnsureAvailable();
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var closedId = await CreateAsync(officer, "/api/v1/jobs/employers", Employer(TestData.Unique("Xưởng đã đóng"), active: false));
        var finishedId = await CreateAsync(officer, "/api/v1/jobs/courses", Course(TestData.Unique("Nấu ăn"), Today.AddDays(-60), Today.AddDays(-1)));

        var caseId = await ReceivedCaseAsync(app, Today.AddDays(-20), Today.AddDays(-25));
        var url = $"/api/v1/cases/{caseId}/reintegration/referrals";
        var toClosed = await officer.PostAsJsonAsync(url, new { kind = "Job", employerId = closedId, referredOn = Iso(Today) });
        Assert.Equal((HttpStatusCode)422, toClosed.StatusCode);
        Assert.Contains("employerId", await ErrorFieldsAsync(toClosed));
        var toFinished = await officer.PostAsJsonAsync(url, new { kind = "Training", courseId = finishedId, referredOn = Iso(Today) });
        Assert.Equal((HttpStatusCode)422, toFinished.StatusCode);
        Assert.Contains("courseId", await ErrorFieldsAsync(toFinished));

        // An employer of another province is not in the caller's register.
        var officerB = await app.ApiAsync(Roles.CommuneOfficer, Unit.B);
        var employerB = await CreateAsync(officerB, "/api/v1/jobs/employers", Employer(TestData.Unique("Công ty Hà Nội")));
        var toB = await officer.PostAsJsonAsync(url, new { kind = "Job", employerId = employerB, referredOn = Iso(Today) });
        Assert.Equal(HttpStatusCode.BadRequest, toB.StatusCode);
        Assert.Contains("employerId", await ErrorFieldsAsync(toB));
        Assert.False(await app.WithDbAsync(db => db.Set<JobReferral>().AnyAsync(r => r.CaseId == caseId)));

        // Another province's officer cannot reach the case's referrals.
        Assert.Equal(HttpStatusCode.NotFound, (await officerB.PostAsJsonAsync($"{url}/{Guid.NewGuid()}/outcome", new { })).StatusCode);
    }

    [SkippableFact]
    public async Task A_province_officer_sees_every_commune_with_data_and_the_total()
    {
        app.EnsureAvailable();
        var province = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        await CreateAsync(province, "/api/v1/jobs/courses", new
        {
            communeCode = "04795", trade = TestData.Unique("Trồng nấm"), provider = "Trung tâm khuyến nông tỉnh", place = "Trung tâm khuyến nông",
            startsOn = Iso(Today), endsOn = Iso(Today.AddDays(30)), seats = 15, feeWaived = true,
        });
        var v = await province.GetFromJsonAsync<JsonElement>("/api/v1/jobs/counts");
        var communes = v.GetProperty("communes").EnumerateArray().ToList();
        Assert.Contains(communes, r => r.GetProperty("communeCode").GetString() == "04795" && r.GetProperty("coursesOpen").GetInt32() >= 1);
        Assert.Equal(communes.Sum(r => r.GetProperty("coursesOpen").GetInt32()), v.GetProperty("total").GetProperty("coursesOpen").GetInt32());
        var commune = await (await app.ApiAsync(Roles.CommuneOfficer, Unit.A)).GetFromJsonAsync<JsonElement>("/api/v1/jobs/counts");
        Assert.Equal([CommuneA], commune.GetProperty("communes").EnumerateArray().Select(r => r.GetProperty("communeCode").GetString()!).ToArray());
        Assert.Equal(new DateOnly(Today.Year, 1, 1), DateOnly.Parse(commune.GetProperty("from").GetString()!));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class EmploymentTests_Sqlite(SqliteApp app) : EmploymentTests(app);

[Collection(PostgresCollection.Name)]
public sealed class EmploymentTests_Postgres(PostgresApp app) : EmploymentTests(app);
