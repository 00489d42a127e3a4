using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Privacy;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static HoaNhap.Web.Tests.Reintegration.ReintegrationSetup;

namespace HoaNhap.Web.Tests.Privacy;

/// <summary>
/// The personal-data law (Luật 91/2025/QH15): the subject-access export (JSON and .docx, audited, itself a disclosure), the
/// disclosure log per person (the bank reading a loan list, the export), and the archival review after the retention period
/// (nothing archived without a recorded, audited decision; an archived file leaves the search but is not deleted).
/// </summary>
public abstract class PrivacyTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;

    async Task<(Guid Person, Guid Case)> PersonWithCaseAsync(string name)
    {
        var person = await app.CreatePersonAsync(Unit.A, TestData.Unique(name));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var judgment = await officer.PostAsJsonAsync($"/api/v1/people/{person}/judgments", new
        {
            number = $"{Random.Shared.Next(100, 999)}/2024/HS-ST", court = "Tòa án nhân dân khu vực 2", judgmentDate = "10/03/2024", effectiveOn = "10/04/2024",
            offences = new[] { "Điều 173" }, mainPenalty = "SuspendedSentence", termMonths = 12, probationMonths = 24,
        });
        Assert.Equal(HttpStatusCode.Created, judgment.StatusCode);
        var judgmentId = (await judgment.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var opened = await officer.PostAsJsonAsync($"/api/v1/people/{person}/cases", new
        {
            kind = "SuspendedSentence", judgmentId, startsOn = "10/04/2024",
            decisionNumber = "7/2024/QĐ-CA", decisionDate = "01/04/2024", decisionReceivedOn = "03/04/2024",
        });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return (person, (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    async Task EndCaseAsync(Guid caseId, DateOnly endedOn) => await app.WithDbAsync(async db =>
        await db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CaseStatus.Completed).SetProperty(c => c.EndedOn, endedOn)));

    [SkippableFact]
    public async Task Officer_gets_everything_held_about_a_person_as_json_and_docx_and_the_export_is_audited_and_logged()
    {
        app.EnsureAvailable();
        var (person, caseId) = await PersonWithCaseAsync("Phạm Văn Dữ");
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        // A summons issued to its recipients ("Nơi nhận") is a document sent: a disclosure.
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/summons",
            new { appointmentOn = Today.AddDays(3).ToString("dd/MM/yyyy"), place = "Trụ sở Công an xã" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/v1/people/{person}")).StatusCode);

        var json = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/people/{person}/subject-access");
        var sections = json.GetProperty("sections").EnumerateArray().ToList();
        string[] titles = [.. sections.Select(s => s.GetProperty("title").GetString()!)];
        Assert.Contains("Thông tin cá nhân", titles);
        Assert.Contains("Bản án", titles);
        Assert.Contains("Hồ sơ chấp hành án / quản lý", titles);
        var personRow = sections.First(s => s.GetProperty("title").GetString() == "Thông tin cá nhân").GetProperty("rows")[0];
        Assert.Equal(json.GetProperty("fullName").GetString(), personRow.GetProperty("FullName").GetString());
        Assert.False(personRow.TryGetProperty("SearchKey", out _));
        // Who read the file: the view above is in the export's audit part.
        Assert.Contains(json.GetProperty("audit").EnumerateArray(), a => a.GetProperty("action").GetString() == "View" && a.GetProperty("userName").GetString() == "communeofficer.a");
        Assert.Contains("91/2025/QH15", json.GetProperty("legalBasis").GetString());

        var docx = await officer.GetAsync($"/api/v1/people/{person}/subject-access?format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal(AdministrativeDocument.ContentType, docx.Content.Headers.ContentType!.MediaType);
        var text = string.Join("\n", AdministrativeDocument.Text(await docx.Content.ReadAsByteArrayAsync()));
        Assert.Contains("DỮ LIỆU CÁ NHÂN ĐANG ĐƯỢC LƯU GIỮ", text);
        Assert.Contains(json.GetProperty("fullName").GetString()!, text);
        Assert.Contains("Bản án", text);
        Assert.Contains("Nhật ký truy cập và thay đổi", text);

        Assert.Equal(HttpStatusCode.BadRequest, (await officer.GetAsync($"/api/v1/people/{person}/subject-access?format=pdf")).StatusCode);

        // Each export is audited and recorded as a disclosure of the person.
        var audited = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.PersonId == person && a.Action == "SubjectAccess"));
        Assert.Equal(2, audited);
        var log = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/people/{person}/disclosures");
        Assert.Equal(3, log.GetArrayLength());
        Assert.Contains(log.EnumerateArray(), d => d.GetProperty("purpose").GetString()!.StartsWith("Gửi văn bản") && d.GetProperty("recipient").GetString()!.Contains("Ủy ban nhân dân cấp xã"));
        var first = log[0];
        foreach (var field in new[] { "on", "recipient", "purpose", "legalBasis", "what" }) Assert.True(first.TryGetProperty(field, out _), field);
        Assert.Contains("chủ thể dữ liệu", first.GetProperty("purpose").GetString());
        Assert.Contains("docx", log.EnumerateArray().Select(d => d.GetProperty("what").GetString()!).First());

        // The person page has the button and lists the disclosures.
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var html = await pages.GetStringAsync($"/People/Details/{person}");
        Assert.Contains("data-testid=\"subject-access\"", html);
        Assert.Contains("data-testid=\"person-disclosures\"", html);
        var download = await pages.GetAsync($"/Privacy/SubjectAccess/{person}?handler=File&format=docx");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(AdministrativeDocument.ContentType, download.Content.Headers.ContentType!.MediaType);
        Assert.Contains("chủ thể dữ liệu", await pages.GetStringAsync($"/Privacy/Disclosures/{person}"));
    }

    [SkippableFact]
    public async Task Only_the_officers_of_the_persons_unit_export_it()
    {
        app.EnsureAvailable();
        var person = await app.CreatePersonAsync(Unit.A, TestData.Unique("Lý Thị Riêng"), assignSupervisor: true);
        var url = $"/api/v1/people/{person}/subject-access";
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.CommuneOfficer, Unit.B)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.ProvinceOfficer, Unit.B)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.Supervisor, Unit.A)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.CourtReader, Unit.A)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.BankOfficer, Unit.A)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiAsync(Roles.ProvinceOfficer, Unit.A)).GetAsync(url)).StatusCode);
        var exports = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.PersonId == person && a.Action == "SubjectAccess").Select(a => a.UserName).ToListAsync());
        Assert.Equal(["provinceofficer.a"], exports);
    }

    [SkippableFact]
    public async Task The_bank_reading_a_loan_list_and_documents_sent_are_in_the_persons_disclosure_log()
    {
        app.EnsureAvailable();
        var caseId = await ReceivedCaseAsync(app, Today.AddMonths(-6), Today.AddMonths(-6));
        var person = await app.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.PersonId).FirstAsync());
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/counselling",
            new { counselledOn = Iso(Today), topics = "Vay vốn", wantsLoan = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/loans", new
        {
            purpose = "Chăn nuôi", amount = 30_000_000, hasCompletionCertificate = true, certifiedByCommune = true, hasOutstandingSamePurposeDebt = false,
        })).StatusCode);
        var before = await app.WithDbAsync(db => db.Set<Disclosure>().CountAsync(d => d.PersonId == person));

        // The commune officer's own list stays in the unit: no disclosure.
        await officer.GetFromJsonAsync<JsonElement>("/api/v1/loans");
        Assert.Equal(before, await app.WithDbAsync(db => db.Set<Disclosure>().CountAsync(d => d.PersonId == person)));

        var bank = await app.ApiAsync(Roles.BankOfficer, Unit.A);
        await bank.GetFromJsonAsync<JsonElement>("/api/v1/loans");
        await bank.GetFromJsonAsync<JsonElement>("/api/v1/loans");   // the same list again the same day: recorded once
        var log = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/people/{person}/disclosures");
        var toBank = log.EnumerateArray().Where(d => d.GetProperty("recipient").GetString()!.Contains("bankofficer.a")).ToList();
        Assert.Single(toBank);
        Assert.Contains("22/2023/QĐ-TTg", toBank[0].GetProperty("legalBasis").GetString());
        Assert.Contains("Danh sách vay vốn", toBank[0].GetProperty("what").GetString());

        // The exported file is another disclosure.
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/v1/loans/list.xlsx")).StatusCode);
        log = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/people/{person}/disclosures");
        Assert.Contains(log.EnumerateArray(), d => d.GetProperty("what").GetString()!.Contains(".xlsx") && d.GetProperty("recipient").GetString()!.Contains("communeofficer.a"));

    }

    [SkippableFact]
    public async Task A_file_past_its_retention_period_is_listed_and_archived_only_by_a_recorded_decision()
    {
        app.EnsureAvailable();
        var (due, dueCase) = await PersonWithCaseAsync("Hoàng Thị Lưu");
        await EndCaseAsync(dueCase, Today.AddYears(-6));
        var (recent, recentCase) = await PersonWithCaseAsync("Đỗ Văn Mới");
        await EndCaseAsync(recentCase, Today.AddYears(-1));
        var name = await app.WithDbAsync(db => db.People.Where(p => p.Id == due).Select(p => p.FullName).FirstAsync());

        var province = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var list = await province.GetFromJsonAsync<JsonElement>("/api/v1/retention/due");
        var row = list.EnumerateArray().Single(r => r.GetProperty("personId").GetGuid() == due);
        Assert.Equal(Today.AddYears(-1).ToString("yyyy-MM-dd"), row.GetProperty("reviewOn").GetString());
        Assert.Equal(5, row.GetProperty("years").GetInt32());
        Assert.DoesNotContain(list.EnumerateArray(), r => r.GetProperty("personId").GetGuid() == recent);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.CommuneOfficer, Unit.A)).GetAsync("/api/v1/retention/due")).StatusCode);
        var pages = await app.PagesAsync(Roles.ProvinceOfficer, Unit.A);
        Assert.Contains(name, await pages.GetStringAsync("/Privacy/Retention"));

        // Nothing happens without a decision with its reason; not yet due: refused; another unit: not found.
        var commune = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Equal(HttpStatusCode.Forbidden, (await commune.PostAsJsonAsync($"/api/v1/people/{due}/retention-decision", new { decision = "Archive", reason = "Hết hạn" })).StatusCode);
        var noReason = await province.PostAsJsonAsync($"/api/v1/people/{due}/retention-decision", new { decision = "Archive", reason = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Lý do", await noReason.Content.ReadAsStringAsync());
        var early = await province.PostAsJsonAsync($"/api/v1/people/{recent}/retention-decision", new { decision = "Archive", reason = "Thử" });
        Assert.Equal((HttpStatusCode)422, early.StatusCode);
        Assert.Contains("chưa đến hạn", await early.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.ProvinceOfficer, Unit.B))
            .PostAsJsonAsync($"/api/v1/people/{due}/retention-decision", new { decision = "Archive", reason = "Thử" })).StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.People.Where(p => p.Id == recent).Select(p => p.ArchivedOn).FirstAsync()));

        // Through the page: archive with a reason.
        var posted = await HoaNhapApp.PostFormAsync(pages, "/Privacy/Retention", "/Privacy/Retention",
            new() { ["PersonId"] = due.ToString(), ["Input.Decision"] = "Archive", ["Input.Reason"] = "Đã hết thời hạn lưu giữ, không còn nhu cầu sử dụng." });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(Today, await app.WithDbAsync(db => db.People.Where(p => p.Id == due).Select(p => p.ArchivedOn).FirstAsync()));
        var decision = await app.WithDbAsync(db => db.Set<RetentionDecision>().SingleAsync(d => d.PersonId == due));
        Assert.Equal(RetentionOutcome.Archive, decision.Outcome);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.PersonId == due && a.EntityType == nameof(RetentionDecision) && a.UserName == "provinceofficer.a")));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.PersonId == due && a.EntityType == "Person" && a.Action == "Update" && a.Details!.Contains("ArchivedOn"))));

        // Archived: out of the lists and the search, still there (nothing deleted), and not listed again.
        var search = await commune.GetFromJsonAsync<JsonElement>($"/api/v1/people?q={Uri.EscapeDataString(name)}");
        Assert.Equal(0, search.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await commune.GetAsync($"/api/v1/people/{due}")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Judgments.AnyAsync(j => j.PersonId == due)));
        Assert.DoesNotContain((await province.GetFromJsonAsync<JsonElement>("/api/v1/retention/due")).EnumerateArray(), r => r.GetProperty("personId").GetGuid() == due);
        Assert.Equal((HttpStatusCode)422, (await province.PostAsJsonAsync($"/api/v1/people/{due}/retention-decision", new { decision = "Keep", reason = "Thử" })).StatusCode);
    }

    [SkippableFact]
    public async Task Keeping_a_file_starts_a_new_period()
    {
        app.EnsureAvailable();
        var (person, caseId) = await PersonWithCaseAsync("Vũ Văn Giữ");
        await EndCaseAsync(caseId, Today.AddYears(-7));
        var province = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var kept = await province.PostAsJsonAsync($"/api/v1/people/{person}/retention-decision", new { decision = "Keep", reason = "Còn vụ việc liên quan đang xác minh." });
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal("Keep", (await kept.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("decision").GetString());
        Assert.Null(await app.WithDbAsync(db => db.People.Where(p => p.Id == person).Select(p => p.ArchivedOn).FirstAsync()));
        Assert.DoesNotContain((await province.GetFromJsonAsync<JsonElement>("/api/v1/retention/due")).EnumerateArray(), r => r.GetProperty("personId").GetGuid() == person);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PrivacyTests_Sqlite(SqliteApp app) : PrivacyTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PrivacyTests_Postgres(PostgresApp app) : PrivacyTests(app);
