using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static HoaNhap.Web.Tests.Reintegration.ReintegrationSetup;

namespace HoaNhap.Web.Tests.Employment;

/// <summary>
/// Issue 19, part 8: job and training referrals open to people serving community sentences too (refused before), and the job
/// retention follow-up at 1, 3, 6 and 12 months after a hire — on the worklist, through the form and the API, in the job counts.
/// </summary>
public abstract class RetentionTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;
    static string CommuneA => HoaNhapApp.Units[Unit.A].Commune;

    static async Task<JsonElement> JsonAsync(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    static async Task<List<string>> ErrorFieldsAsync(HttpResponseMessage r) =>
        (await JsonAsync(r)).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();

    static async Task<Guid> CreateAsync(HttpClient client, string url, object body)
    {
        var r = await client.PostAsJsonAsync(url, body);
        Assert.True(r.StatusCode == HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return (await JsonAsync(r)).GetProperty("id").GetGuid();
    }

    Task<Guid> EmployerAsync(HttpClient officer, string name) => CreateAsync(officer, "/api/v1/jobs/employers", new
    {
        name = TestData.Unique(name), address = "Cụm công nghiệp Đồng Lạng", sector = "May mặc", contactPerson = "Trần Thị Hoa",
        contactPhone = "0912345678", jobsOffered = "Công nhân may", places = 5, willingSince = Iso(Today.AddYears(-1)),
    });

    async Task<JsonElement> CountsAsync(HttpClient officer) =>
        (await officer.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/counts?from={Display.Date(Today.AddYears(-1))}&to={Display.Date(Today)}"))
            .GetProperty("communes").EnumerateArray().Single(r => r.GetProperty("communeCode").GetString() == CommuneA);

    static (int Checked, int Retained) Retention(JsonElement row, int checkpoint)
    {
        var x = row.GetProperty("retention").EnumerateArray().Single(r => r.GetProperty("checkpoint").GetInt32() == checkpoint);
        return (x.GetProperty("checked").GetInt32(), x.GetProperty("retained").GetInt32());
    }

    async Task<List<JsonElement>> RetentionItemsAsync(HttpClient officer, Guid caseId) =>
        (await officer.GetFromJsonAsync<JsonElement>("/api/v1/worklist")).EnumerateArray()
            .Where(i => i.GetProperty("kind").GetString() == "JobRetentionDue" && i.GetProperty("caseId").GetString() == caseId.ToString()).ToList();

    [SkippableFact]
    public async Task A_person_serving_a_community_sentence_is_referred_to_a_job_and_a_course_too()
    {
        app.EnsureAvailable();
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var employerId = await EmployerAsync(officer, "Công ty Chè Đà Bắc");
        var courseId = await CreateAsync(officer, "/api/v1/jobs/courses", new
        {
            trade = TestData.Unique("Sửa xe máy"), provider = "Trung tâm giáo dục nghề nghiệp", place = "Nhà văn hóa xã", startsOn = Iso(Today.AddDays(-3)),
            endsOn = Iso(Today.AddDays(60)), seats = 10, feeWaived = true,
        });
        var (_, caseId) = await Breaches.CaseSetup.ActiveCaseAsync(app, Unit.A, "Bùi Văn Việc", SentenceType.NonCustodialReform, Today.AddMonths(-1));
        var before = await CountsAsync(officer);
        var url = $"/api/v1/cases/{caseId}/reintegration/referrals";

        // Refused with 422 before issue 19 ("chỉ ghi nhận trong hồ sơ … tái hòa nhập cộng đồng").
        var job = await officer.PostAsJsonAsync(url, new { kind = "Job", employerId, referredOn = Iso(Today.AddDays(-2)) });
        Assert.True(job.StatusCode == HttpStatusCode.Created, await job.Content.ReadAsStringAsync());
        await CreateAsync(officer, url, new { kind = "Training", courseId, referredOn = Iso(Today) });
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<JobReferral>().CountAsync(r => r.CaseId == caseId)));
        var after = await CountsAsync(officer);
        Assert.Equal(before.GetProperty("referralsToJobs").GetInt32() + 1, after.GetProperty("referralsToJobs").GetInt32());
        Assert.Equal(before.GetProperty("referralsToCourses").GetInt32() + 1, after.GetProperty("referralsToCourses").GetInt32());

        // The case page offers the referrals (a link: no query spent), and their own page lists them.
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var casePage = await pages.GetStringAsync($"/Cases/Details/{caseId}");
        Assert.Contains("data-testid=\"jobs-section\"", casePage);
        Assert.Contains($"/Employment/Referrals/{caseId}", casePage);
        Assert.Contains($"/Employment/Refer/{caseId}", casePage);
        Assert.DoesNotContain("job-referral-not-reintegration", await pages.GetStringAsync($"/Employment/Refer/{caseId}"));
        var list = await pages.GetStringAsync($"/Employment/Referrals/{caseId}");
        Assert.Equal(2, list.Split("data-testid=\"job-referral\"").Length - 1);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.PagesAsync(Roles.CommuneOfficer, Unit.B)).GetAsync($"/Employment/Referrals/{caseId}")).StatusCode);
    }

    [SkippableFact]
    public async Task A_hire_is_followed_up_at_each_checkpoint_from_the_worklist_and_counted()
    {
        app.EnsureAvailable();
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var employerId = await EmployerAsync(officer, "Công ty May Tân Hòa");
        var caseId = await ReceivedCaseAsync(app, Today.AddMonths(-6), Today.AddMonths(-6).AddDays(-5));
        var url = $"/api/v1/cases/{caseId}/reintegration/referrals";
        var referral = await CreateAsync(officer, url, new { kind = "Job", employerId, referredOn = Iso(Today.AddMonths(-4).AddDays(-7)) });
        var retention = $"{url}/{referral}/retention";
        // Not hired yet: no follow-up.
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(retention)).StatusCode);
        var hiredOn = Today.AddMonths(-4);
        var hired = await officer.PostAsJsonAsync($"{url}/{referral}/outcome", new { outcome = "Hired", outcomeOn = Iso(hiredOn) });
        Assert.True(hired.IsSuccessStatusCode, await hired.Content.ReadAsStringAsync());
        var before = await CountsAsync(officer);

        // Four months on: the 1- and 3-month checkpoints are due, the 6- and 12-month ones not yet.
        var schedule = await officer.GetFromJsonAsync<JsonElement>(retention);
        var steps = schedule.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal([1, 3, 6, 12], steps.Select(s => s.GetProperty("months").GetInt32()));
        Assert.Equal([true, true, false, false], steps.Select(s => s.GetProperty("due").GetBoolean()));
        Assert.Equal(DateOnly.Parse(steps[0].GetProperty("dueOn").GetString()!), hiredOn.AddMonths(1));
        var item = Assert.Single(await RetentionItemsAsync(officer, caseId));
        Assert.Contains("mốc 1 tháng", item.GetProperty("title").GetString());

        // Refusals name their field; nothing is stored.
        Assert.Contains("checkpoint", await ErrorFieldsAsync(await officer.PostAsJsonAsync(retention, new { })));
        var noEmployer = await officer.PostAsJsonAsync(retention, new { checkpoint = 1, checkedOn = Iso(Today.AddDays(-80)), stillEmployed = true });
        Assert.Equal(HttpStatusCode.BadRequest, noEmployer.StatusCode);
        Assert.Contains("employer", await ErrorFieldsAsync(noEmployer));
        var early = await officer.PostAsJsonAsync(retention, new { checkpoint = 2, checkedOn = Iso(hiredOn.AddMonths(3).AddDays(-1)), stillEmployed = true, employer = "Công ty May" });
        Assert.Equal((HttpStatusCode)422, early.StatusCode);
        Assert.Contains("checkedOn", await ErrorFieldsAsync(early));
        Assert.False(await app.WithDbAsync(db => db.Set<JobRetentionCheck>().AnyAsync(x => x.ReferralId == referral)));

        // One month: still employed, with the same employer.
        var first = await officer.PostAsJsonAsync(retention, new { checkpoint = 1, checkedOn = Iso(hiredOn.AddMonths(1).AddDays(2)), stillEmployed = true, employer = "Công ty May Tân Hòa" });
        Assert.True(first.StatusCode == HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode)422, (await officer.PostAsJsonAsync(retention, new { checkpoint = 1, checkedOn = Iso(Today), stillEmployed = true, employer = "X" })).StatusCode);
        item = Assert.Single(await RetentionItemsAsync(officer, caseId));
        Assert.Contains("mốc 3 tháng", item.GetProperty("title").GetString());

        // Three months, through the form opened from the worklist: no longer employed, and why.
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var form = $"/Employment/Retention/{caseId}/{referral}?checkpoint=2";
        Assert.Contains("data-testid=\"retention-form\"", await pages.GetStringAsync(form));
        var saved = await HoaNhapApp.PostFormAsync(pages, form, $"/Employment/Retention/{caseId}/{referral}", new()
        {
            ["Input.Checkpoint"] = "2", ["Input.CheckedOn"] = Display.Date(Today), ["Input.StillEmployed"] = "false",
            ["Input.ReasonNotEmployed"] = "Xưởng tạm dừng sản xuất, người này về làm nông nghiệp với gia đình.",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/Employment/Referrals/{caseId}#referral-{referral}", saved.Headers.Location!.OriginalString);
        var page = await pages.GetStringAsync($"/Employment/Referrals/{caseId}");
        Assert.Contains("data-checkpoint=\"1\" data-state=\"recorded\"", page);
        Assert.Contains("data-checkpoint=\"2\" data-state=\"recorded\"", page);
        Assert.Contains("data-checkpoint=\"3\" data-state=\"later\"", page);
        Assert.Contains("Xưởng tạm dừng sản xuất", page);
        Assert.Empty(await RetentionItemsAsync(officer, caseId));

        // Counted: retained at 1 month, checked and not retained at 3 months.
        var after = await CountsAsync(officer);
        Assert.Equal((Retention(before, 1).Checked + 1, Retention(before, 1).Retained + 1), Retention(after, 1));
        Assert.Equal((Retention(before, 2).Checked + 1, Retention(before, 2).Retained), Retention(after, 2));
        Assert.Contains("data-count=\"retained-1\"", await pages.GetStringAsync("/Employment/Counts"));

        // Another province's officer: not found.
        var officerB = await app.ApiAsync(Roles.CommuneOfficer, Unit.B);
        Assert.Equal(HttpStatusCode.NotFound, (await officerB.GetAsync(retention)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officerB.PostAsJsonAsync(retention, new { checkpoint = 3 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.PagesAsync(Roles.CommuneOfficer, Unit.B)).GetAsync(form)).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RetentionTests_Sqlite(SqliteApp app) : RetentionTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RetentionTests_Postgres(PostgresApp app) : RetentionTests(app);
