using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Features.Worklist;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Plans;

/// <summary>
/// Issue 19, part 6: a plan of the province or of a commune gives each body its tasks with a due day; a user of role PartnerBody
/// sees and reports on its own body's tasks only (with the counts they need, never a person's file); an overdue task is on the
/// worklist of the plan's owner; the bodies' results are in the periodic report of their period.
/// </summary>
public abstract class PlansTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;
    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    static string Vn(DateOnly d) => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
    static string Number() => $"{Random.Shared.Next(100, 99_999)}/KH-UBND-{Guid.NewGuid().ToString("N")[..4]}";

    static async Task<JsonElement> JsonAsync(HttpResponseMessage r, HttpStatusCode expected)
    {
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(expected == r.StatusCode, $"expected {(int)expected}, got {(int)r.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement;
    }

    async Task<(Guid Plan, string Number)> PlanAsync(string role, DateOnly issuedOn)
    {
        var number = Number();
        var plan = await JsonAsync(await (await app.ApiAsync(role, Unit.A)).PostAsJsonAsync("/api/v1/plans",
            new { number, title = "Kế hoạch thực hiện công tác tái hòa nhập cộng đồng năm 2026", issuedOn = Vn(issuedOn) }), HttpStatusCode.Created);
        return (plan.GetProperty("id").GetGuid(), number);
    }

    async Task<Guid> TaskAsync(string role, Guid plan, string body, DateOnly dueOn, string? indicator = null) =>
        (await JsonAsync(await (await app.ApiAsync(role, Unit.A)).PostAsJsonAsync($"/api/v1/plans/{plan}/tasks",
            new { body, description = $"Tổ chức tư vấn, giúp đỡ người chấp hành xong án phạt tù ({body})", dueOn = Vn(dueOn), indicator }),
            HttpStatusCode.Created)).GetProperty("id").GetGuid();

    [SkippableFact]
    public async Task A_body_sees_and_reports_only_its_own_tasks_of_its_own_unit_with_the_counts_they_need()
    {
        app.EnsureAvailable();
        var (plan, number) = await PlanAsync(Roles.CommuneOfficer, Today.AddDays(-10));
        var women = await TaskAsync(Roles.CommuneOfficer, plan, "WomensUnion", Today.AddDays(20), indicator: "tu-van-chinh-sach");
        var youth = await TaskAsync(Roles.CommuneOfficer, plan, "YouthUnion", Today.AddDays(20));

        // The Women's Union of the commune: the plan, counted over its own task, and only that task, with the figure (counts, no names).
        var body = await app.ApiAsync(Roles.PartnerBody, Unit.A);
        var listed = Assert.Single((await JsonAsync(await body.GetAsync("/api/v1/plans"), HttpStatusCode.OK)).EnumerateArray(),
            p => p.GetProperty("id").GetGuid() == plan);
        Assert.Equal(number, listed.GetProperty("number").GetString());
        Assert.Equal(1, listed.GetProperty("tasks").GetInt32());
        var tasks = (await JsonAsync(await body.GetAsync($"/api/v1/plans/{plan}/tasks"), HttpStatusCode.OK)).EnumerateArray().ToList();
        var mine = Assert.Single(tasks);
        Assert.Equal(women, mine.GetProperty("id").GetGuid());
        Assert.Equal("Hội Liên hiệp Phụ nữ", mine.GetProperty("bodyTitle").GetString());
        Assert.Equal("tu-van-chinh-sach", mine.GetProperty("figure").GetProperty("key").GetString());
        Assert.DoesNotContain("Nguyễn Văn Thử", await (await body.GetAsync($"/api/v1/plans/{plan}/tasks")).Content.ReadAsStringAsync());
        // The officer sees both tasks.
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Equal(2, (await JsonAsync(await officer.GetAsync($"/api/v1/plans/{plan}/tasks"), HttpStatusCode.OK)).GetArrayLength());

        // Another body's task, another commune's body: not found. A body gives no task; a leader does not report for a body.
        Assert.Equal(HttpStatusCode.NotFound, (await body.PostAsJsonAsync($"/api/v1/plans/{plan}/tasks/{youth}/report",
            new { on = Vn(Today), result = "Đã làm", done = true })).StatusCode);
        var otherBody = await app.ApiAsync(Roles.PartnerBody, Unit.B);
        Assert.Equal(HttpStatusCode.NotFound, (await otherBody.GetAsync($"/api/v1/plans/{plan}/tasks")).StatusCode);
        Assert.DoesNotContain((await JsonAsync(await otherBody.GetAsync("/api/v1/plans"), HttpStatusCode.OK)).EnumerateArray(),
            p => p.GetProperty("id").GetGuid() == plan);
        Assert.Equal(HttpStatusCode.Forbidden, (await body.PostAsJsonAsync($"/api/v1/plans/{plan}/tasks",
            new { body = "WomensUnion", description = "Tự giao", dueOn = Vn(Today) })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.CommuneLeader, Unit.A)).PostAsJsonAsync(
            $"/api/v1/plans/{plan}/tasks/{women}/report", new { on = Vn(Today), result = "Đã làm", done = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.Supervisor, Unit.A)).GetAsync("/api/v1/plans")).StatusCode);

        // Bad input names the field; progress, then completion; a completed task takes no more reports (422).
        var bad = await JsonAsync(await body.PostAsJsonAsync($"/api/v1/plans/{plan}/tasks/{women}/report", new { on = "31/02/2026", result = "" }),
            HttpStatusCode.BadRequest);
        Assert.Contains("Ngày báo cáo", bad.GetProperty("errors").GetProperty("on")[0].GetString());
        Assert.Contains("Kết quả thực hiện", bad.GetProperty("errors").GetProperty("result")[0].GetString());
        Assert.True(bad.GetProperty("errors").TryGetProperty("done", out _));
        var progress = await JsonAsync(await body.PostAsJsonAsync($"/api/v1/plans/{plan}/tasks/{women}/report",
            new { on = Vn(Today), result = "Đã tư vấn 5 lượt người", done = false }), HttpStatusCode.OK);
        Assert.Equal("InProgress", progress.GetProperty("status").GetString());
        var done = await JsonAsync(await body.PostAsJsonAsync($"/api/v1/plans/{plan}/tasks/{women}/report",
            new { on = Vn(Today), result = "Đã tư vấn 12 lượt người, 3 người được giới thiệu vay vốn", done = true }), HttpStatusCode.OK);
        Assert.Equal("Done", done.GetProperty("status").GetString());
        Assert.Contains("Hội Liên hiệp Phụ nữ", done.GetProperty("reportedBy").GetString());
        var again = await JsonAsync(await body.PostAsJsonAsync($"/api/v1/plans/{plan}/tasks/{women}/report",
            new { on = Vn(Today), result = "Thêm", done = true }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("đã được báo cáo hoàn thành", again.GetProperty("detail").GetString());
        // The owner reads the result on the plan's page.
        var page = await (await app.PagesAsync(Roles.CommuneLeader, Unit.A)).GetStringAsync($"/Plans/{plan}");
        Assert.Contains("3 người được giới thiệu vay vốn", page);
    }

    [SkippableFact]
    public async Task A_task_due_before_the_plan_was_issued_is_refused_and_bad_input_names_the_field()
    {
        app.EnsureAvailable();
        var (plan, _) = await PlanAsync(Roles.CommuneOfficer, Today.AddDays(-5));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var early = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/plans/{plan}/tasks",
            new { body = "YouthUnion", description = "Tuyên truyền", dueOn = Vn(Today.AddDays(-6)) }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Hạn thực hiện", early.GetProperty("errors").GetProperty("dueOn")[0].GetString());
        var bad = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/plans/{plan}/tasks",
            new { body = "Police", description = "", dueOn = "mai", indicator = "khong-co" }), HttpStatusCode.BadRequest);
        foreach (var field in new[] { "body", "description", "dueOn", "indicator" }) Assert.True(bad.GetProperty("errors").TryGetProperty(field, out _), field);
        var noPlan = await JsonAsync(await officer.PostAsJsonAsync("/api/v1/plans", new { number = "", title = "", issuedOn = Vn(Today.AddDays(3)) }),
            HttpStatusCode.BadRequest);
        Assert.Contains("Ngày ban hành", noPlan.GetProperty("errors").GetProperty("issuedOn")[0].GetString());
        Assert.True(noPlan.GetProperty("errors").TryGetProperty("number", out _));
        // Another commune's officer: the plan does not exist for them.
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.CommuneOfficer, Unit.B)).GetAsync($"/api/v1/plans/{plan}/tasks")).StatusCode);
    }

    [SkippableFact]
    public async Task An_overdue_task_is_on_the_worklist_of_the_plans_owner_until_the_body_reports_it_done()
    {
        app.EnsureAvailable();
        var (plan, number) = await PlanAsync(Roles.CommuneOfficer, Today.AddDays(-30));
        var task = await TaskAsync(Roles.CommuneOfficer, plan, "WomensUnion", Today.AddDays(-1));
        var (provincePlan, provinceNumber) = await PlanAsync(Roles.ProvinceOfficer, Today.AddDays(-30));
        await TaskAsync(Roles.ProvinceOfficer, provincePlan, "HealthDepartment", Today.AddDays(-2));
        await app.Services.GetRequiredService<WorklistJob>().RunAsync(Today, CancellationToken.None);

        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        async Task<List<JsonElement>> OverdueAsync(HttpClient c, string n) =>
            (await JsonAsync(await c.GetAsync("/api/v1/worklist"), HttpStatusCode.OK)).EnumerateArray()
                .Where(i => i.GetProperty("kind").GetString() == nameof(WorklistKind.PlanTaskOverdue) && i.GetProperty("title").GetString()!.Contains(n)).ToList();
        Assert.Single(await OverdueAsync(officer, number));
        Assert.Empty(await OverdueAsync(officer, provinceNumber));   // the province's plan is the province's work
        var province = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        Assert.Single(await OverdueAsync(province, provinceNumber));
        Assert.Contains("Việc của cấp tỉnh", await (await app.PagesAsync(Roles.ProvinceOfficer, Unit.A)).GetStringAsync("/Worklist"));
        Assert.Empty(await OverdueAsync(await app.ApiAsync(Roles.CommuneOfficer, Unit.B), number));
        var listed = Assert.Single((await JsonAsync(await officer.GetAsync("/api/v1/plans"), HttpStatusCode.OK)).EnumerateArray(), p => p.GetProperty("id").GetGuid() == plan);
        Assert.Equal(1, listed.GetProperty("overdue").GetInt32());

        // Progress does not clear it; completion does, at once.
        var body = await app.ApiAsync(Roles.PartnerBody, Unit.A);
        await JsonAsync(await body.PostAsJsonAsync($"/api/v1/plans/{plan}/tasks/{task}/report", new { on = Vn(Today), result = "Đang làm", done = false }), HttpStatusCode.OK);
        Assert.Single(await OverdueAsync(officer, number));
        await JsonAsync(await body.PostAsJsonAsync($"/api/v1/plans/{plan}/tasks/{task}/report", new { on = Vn(Today), result = "Xong", done = true }), HttpStatusCode.OK);
        Assert.Empty(await OverdueAsync(officer, number));
        await app.Services.GetRequiredService<WorklistJob>().RunAsync(Today, CancellationToken.None);
        Assert.Empty(await OverdueAsync(officer, number));
    }

    [SkippableFact]
    public async Task The_periodic_report_lists_the_results_the_bodies_reported_in_its_period()
    {
        app.EnsureAvailable();
        var (plan, number) = await PlanAsync(Roles.CommuneOfficer, Today.AddDays(-10));
        var task = await TaskAsync(Roles.CommuneOfficer, plan, "WomensUnion", Today.AddDays(5));
        var result = $"Đã vận động {Random.Shared.Next(10, 99)} hội viên nhận giúp đỡ người chấp hành xong án phạt tù";
        await JsonAsync(await (await app.ApiAsync(Roles.PartnerBody, Unit.A)).PostAsJsonAsync($"/api/v1/plans/{plan}/tasks/{task}/report",
            new { on = Vn(Today), result, done = true }), HttpStatusCode.OK);
        var report = await app.WithDbAsync(async db =>
        {
            var r = new HoaNhap.Domain.Reports.PeriodicReport
            {
                ProvinceCode = HoaNhapApp.Units[Unit.A].Province, CommuneCode = HoaNhapApp.Units[Unit.A].Commune,
                PeriodKind = HoaNhap.Domain.Rules.PeriodKind.Custom, From = Today.AddDays(-Random.Shared.Next(20, 3000)), To = Today,
                PeriodName = "Kỳ thử", DueOn = Today.AddDays(5),
            };
            db.Add(r);
            await db.SaveChangesAsync();
            return r.Id;
        });
        var read = await JsonAsync(await (await app.ApiAsync(Roles.CommuneOfficer, Unit.A)).GetAsync($"/api/v1/reports/{report}"), HttpStatusCode.OK);
        Assert.Contains(read.GetProperty("taskResults").EnumerateArray(), l => l.GetString()!.Contains(result) && l.GetString()!.Contains(number));
        var page = await (await app.PagesAsync(Roles.CommuneOfficer, Unit.A)).GetStringAsync($"/Reports/Details/{report}");
        Assert.Contains(result, page);
        var docx = await (await app.PagesAsync(Roles.CommuneOfficer, Unit.A)).GetByteArrayAsync($"/Reports/Details/{report}?handler=Docx");
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        using var xml = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        Assert.Contains("Kết quả thực hiện nhiệm vụ của các cơ quan, tổ chức", await xml.ReadToEndAsync());
    }

    [SkippableFact]
    public async Task An_administrator_creates_a_body_user_choosing_the_body_and_it_sees_no_persons_file()
    {
        app.EnsureAvailable();
        var admin = await app.ApiAsync(Roles.SystemAdmin, Unit.A);
        var userName = $"doan.{Guid.NewGuid().ToString("N")[..8]}";
        var missing = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName, password = HoaNhapApp.Password, fullName = "Hà Văn Đoàn", role = Roles.PartnerBody, unitCode = "04792",
        }), HttpStatusCode.BadRequest);
        Assert.Contains("cơ quan, tổ chức", missing.GetProperty("errors").GetProperty("body")[0].GetString());
        var created = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName, password = HoaNhapApp.Password, fullName = "Hà Văn Đoàn", role = Roles.PartnerBody, unitCode = "04792", body = "YouthUnion",
        }), HttpStatusCode.Created);
        Assert.Equal("YouthUnion", created.GetProperty("body").GetString());
        // A department of the province: a province code is accepted too; an officer cannot be given a body.
        await JsonAsync(await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = userName + "t", password = HoaNhapApp.Password, fullName = "Hà Thị Sở", role = Roles.PartnerBody, unitCode = "25", body = "JusticeDepartment",
        }), HttpStatusCode.Created);
        var officerWithBody = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = userName + "x", password = HoaNhapApp.Password, fullName = "Hà Văn Xã", role = Roles.CommuneOfficer, unitCode = "04792", body = "YouthUnion",
        }), HttpStatusCode.BadRequest);
        Assert.True(officerWithBody.GetProperty("errors").TryGetProperty("body", out _));

        // The form of the administration pages offers the body.
        var pages = await app.PagesAsync(Roles.SystemAdmin, Unit.A);
        Assert.Contains("data-testid=\"user-body\"", await pages.GetStringAsync("/Users/Create"));
        var formUser = userName + "f";
        var posted = await HoaNhapApp.PostFormAsync(pages, "/Users/Create", "/Users/Create", new()
        {
            ["Input.UserName"] = formUser, ["Input.Password"] = HoaNhapApp.Password, ["Input.FullName"] = "Lò Văn Cựu",
            ["Input.Role"] = Roles.PartnerBody, ["Input.UnitCode"] = "04792", ["Input.Body"] = "VeteransAssociation",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains(await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Users.Where(u => u.UserName == formUser))),
            u => u.Body == HoaNhap.Domain.Plans.Body.VeteransAssociation && u.CommuneCode == "04792");

        // Signed in, the body works with its plans and never reaches a person's file, by the API or the pages.
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await HoaNhapApp.TokenAsync(client, userName, HoaNhapApp.Password));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/plans")).StatusCode);
        foreach (var url in new[] { "/api/v1/people?q=thu", $"/api/v1/people/{app.PersonA}", $"/api/v1/people/{app.PersonA}/cases", "/api/v1/alerts", "/api/v1/worklist" })
            Assert.True((await client.GetAsync(url)).StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, url);
        var browser = await app.SignInAsync(userName, HoaNhapApp.Password);
        foreach (var url in new[] { "/People", $"/People/Details/{app.PersonA}", "/Worklist", "/Dashboard", "/Alerts" })
            Assert.True((await browser.GetAsync(url)).StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, url);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Plans")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PlansTests_Sqlite(SqliteApp app) : PlansTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PlansTests_Postgres(PostgresApp app) : PlansTests(app);
