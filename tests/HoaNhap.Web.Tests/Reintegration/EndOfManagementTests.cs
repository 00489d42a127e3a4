using HoaNhap.Domain.Rules;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Features.Judgments;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HoaNhap.Web.Tests.Reintegration.ReintegrationSetup;

namespace HoaNhap.Web.Tests.Reintegration;

/// <summary>
/// End of management (TT 10/2024/TT-BCA Điều 13): the record-expiry date from the judgment (BLHS 2015 Điều 70, 71),
/// the 30/60/90-day and past lists, the request to the court with the commune's assessment (not for automatic
/// expungement), and the certificate or court decision closing the case.
/// </summary>
public abstract class EndOfManagementTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;

    Task<Guid> ReturneeAsync(DateOnly releasedOn, string offence, int months = 36) => ReturneeWithJudgmentAsync(app, releasedOn, offence, months);

    [SkippableFact]
    public async Task Automatic_expungement_soon_is_listed_within_30_days_and_guides_the_certificate_request()
    {
        app.EnsureAvailable();
        // Prison ≤ 5 years: 02 years after completing it (BLHS 2015 Điều 70 khoản 2 điểm b).
        var caseId = await ReturneeAsync(Today.AddYears(-2).AddDays(20), "Điều 173");
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var expungement = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/reintegration/record-expiry");
        Assert.Equal("Automatic", expungement.GetProperty("mode").GetString());
        var days = expungement.GetProperty("daysLeft").GetInt32();
        Assert.InRange(days, 1, 30);
        Assert.Contains((await officer.GetFromJsonAsync<JsonElement>("/api/v1/reintegration/record-expiry?within=30")).EnumerateArray(),
            r => r.GetProperty("caseId").GetGuid() == caseId);
        Assert.DoesNotContain((await officer.GetFromJsonAsync<JsonElement>("/api/v1/reintegration/record-expiry?within=past")).EnumerateArray(),
            r => r.GetProperty("caseId").GetGuid() == caseId);
        Assert.DoesNotContain((await (await app.ApiAsync(Roles.CommuneOfficer, Unit.B)).GetFromJsonAsync<JsonElement>("/api/v1/reintegration/record-expiry?within=30")).EnumerateArray(),
            r => r.GetProperty("caseId").GetGuid() == caseId);

        // No court request for an automatic expungement: the page guides the certificate request instead.
        var refused = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/reintegration/expungement-request", new { assessment = "Chấp hành tốt." });
        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Contains("data-testid=\"certificate-guidance\"", await pages.GetStringAsync($"/Reintegration/Expungement/{caseId}"));
        Assert.Contains("data-testid=\"expungement-row\"", await pages.GetStringAsync("/Reintegration/Expungements?within=30"));

        // The certificate, through the page with its confirmation step, ends management and closes the case.
        var form = $"/Reintegration/End/{caseId}";
        var fields = new Dictionary<string, string>
            { ["Input.Kind"] = "Certificate", ["Input.DocumentNumber"] = "1234/LLTP", ["Input.DocumentDate"] = Display.Date(Today), ["Input.Issuer"] = "Sở Tư pháp tỉnh Phú Thọ" };
        var check = await HoaNhapApp.PostFormAsync(pages, form, form, new(fields));
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Assert.Contains("data-testid=\"end-confirm\"", await check.Content.ReadAsStringAsync());
        Assert.Equal(CaseStatus.Active, (await app.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId))).Status);
        var done = await HoaNhapApp.PostFormAsync(pages, form, form, new(fields) { ["Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var closed = await app.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId));
        Assert.Equal(CaseStatus.Completed, closed.Status);
        Assert.Equal(Today, closed.EndedOn);
        Assert.Contains("data-testid=\"end-done\"", await pages.GetStringAsync($"/Cases/Details/{caseId}"));
        // Recording it again is refused by rule; nothing more is stored.
        Assert.Equal((HttpStatusCode)422, (await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/reintegration/end",
            new { kind = "Certificate", documentNumber = "9", documentDate = Iso(Today), issuer = "Sở Tư pháp" })).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<RecordClearance>().CountAsync(x => x.CaseId == caseId)));
    }

    [SkippableFact]
    public async Task The_fault_and_category_recorded_with_the_judgment_decide_whether_there_is_a_record()
    {
        app.EnsureAvailable();
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        // Unintentional serious crime (a traffic accident, Điều 260): no record at all (BLHS 2015 Điều 69 khoản 2).
        var unintentional = await ReturneeWithJudgmentAsync(app, Today.AddYears(-2).AddDays(20), "Điều 260", 30, intentional: false, crimeCategory: "Serious");
        var expungement = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{unintentional}/reintegration/record-expiry");
        Assert.Equal("None", expungement.GetProperty("mode").GetString());
        Assert.Contains("Điều 69", expungement.GetProperty("explanation").GetString());
        Assert.DoesNotContain((await officer.GetFromJsonAsync<JsonElement>("/api/v1/reintegration/record-expiry?within=30")).EnumerateArray(),
            r => r.GetProperty("caseId").GetGuid() == unintentional);
        // The same crime recorded as intentional: the record clears within 30 days, with no assumption stated.
        var intentional = await ReturneeWithJudgmentAsync(app, Today.AddYears(-2).AddDays(20), "Điều 173", 30, intentional: true);
        expungement = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{intentional}/reintegration/record-expiry");
        Assert.Equal("Automatic", expungement.GetProperty("mode").GetString());
        Assert.DoesNotContain("tạm tính", expungement.GetProperty("explanation").GetString());

        // The judgment form records both; the API returns them and names a wrong category.
        var personId = await app.WithDbAsync(db => db.Cases.Where(c => c.Id == intentional).Select(c => c.PersonId).FirstAsync());
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var form = $"/Judgments/Create/{personId}";
        var saved = await HoaNhapApp.PostFormAsync(pages, form, form, new()
        {
            ["Input.Number"] = "77/2018/HS-ST", ["Input.Court"] = "Tòa án nhân dân tỉnh Phú Thọ", ["Input.JudgmentDate"] = "10/03/2018",
            ["Input.EffectiveOn"] = "10/04/2018", ["Input.Offences"] = "Điều 260", ["Input.Fault"] = "Unintentional", ["Input.CrimeCategory"] = "LessSerious",
            ["Input.MainPenalty"] = "Imprisonment", ["Input.TermMonths"] = "12",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await app.WithDbAsync(db => db.Judgments.AsNoTracking().SingleAsync(j => j.PersonId == personId && j.Number == "77/2018/HS-ST"));
        Assert.False(stored.Intentional);
        Assert.Equal(CrimeCategory.LessSerious, stored.Category);
        Assert.Contains("Vô ý; tội phạm ít nghiêm trọng", await pages.GetStringAsync($"/People/Details/{personId}"));
        var list = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}/judgments");
        Assert.Contains(list.EnumerateArray(), j => j.GetProperty("crimeCategory").GetString() == "LessSerious" && !j.GetProperty("intentional").GetBoolean());
        var bad = await officer.PostAsJsonAsync($"/api/v1/people/{personId}/judgments", new { number = "78/2018/HS-ST", court = "Tòa án", judgmentDate = "2018-03-10",
            effectiveOn = "2018-04-10", offences = new[] { "Điều 260" }, crimeCategory = "Nguy hiểm", mainPenalty = "Imprisonment", termMonths = 12 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("crimeCategory", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [SkippableFact]
    public async Task National_security_crime_past_its_period_gets_the_court_request_with_the_communes_assessment()
    {
        app.EnsureAvailable();
        // Chương XIII: by court decision, 03 years for prison ≤ 5 years (BLHS 2015 Điều 71 khoản 2 điểm b).
        var caseId = await ReturneeAsync(Today.AddYears(-4), "Điều 117");
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var expungement = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/reintegration/record-expiry");
        Assert.Equal("CourtDecision", expungement.GetProperty("mode").GetString());
        Assert.Contains((await officer.GetFromJsonAsync<JsonElement>("/api/v1/reintegration/record-expiry?within=past")).EnumerateArray(),
            r => r.GetProperty("caseId").GetGuid() == caseId);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/reintegration/expungement-request", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.CommuneLeader, Unit.A)).PostAsJsonAsync(
            $"/api/v1/cases/{caseId}/reintegration/expungement-request", new { assessment = "x" })).StatusCode);
        var r = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/reintegration/expungement-request",
            new { assessment = "Từ khi ra trại chấp hành tốt pháp luật, tích cực lao động, tham gia sinh hoạt tổ dân phố." });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var fileId = (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fileId").GetGuid();
        var file = await app.WithDbAsync(db => db.Set<CaseFileItem>().AsNoTracking().SingleAsync(f => f.Id == fileId));
        var lines = AdministrativeDocument.Text(file.Content!);
        Assert.Contains(lines, l => l.Contains("tích cực lao động", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("ĐƠN ĐỀ NGHỊ XÓA ÁN TÍCH", StringComparison.Ordinal));

        var end = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/reintegration/end",
            new { kind = "CourtDecision", documentNumber = "05/2026/QĐ-XAT", documentDate = Iso(Today), issuer = "Tòa án nhân dân tỉnh Phú Thọ" });
        Assert.Equal(HttpStatusCode.OK, end.StatusCode);
        Assert.Equal(CaseStatus.Completed, (await app.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId))).Status);
    }

    [SkippableFact]
    public async Task A_community_sentence_case_cannot_end_as_reintegration()
    {
        app.EnsureAvailable();
        var (_, caseId) = await Breaches.CaseSetup.ActiveCaseAsync(app, Unit.A, "Hồ Văn Chưa", SentenceType.SuspendedSentence, Today.AddMonths(-3));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var r = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/reintegration/end",
            new { kind = "Certificate", documentNumber = "1", documentDate = Iso(Today), issuer = "Sở Tư pháp" });
        Assert.Equal((HttpStatusCode)422, r.StatusCode);
        Assert.Equal(CaseStatus.Active, (await app.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId))).Status);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class EndOfManagementTests_Sqlite(SqliteApp app) : EndOfManagementTests(app);

[Collection(PostgresCollection.Name)]
public sealed class EndOfManagementTests_Postgres(PostgresApp app) : EndOfManagementTests(app);
