using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Features.People;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static HoaNhap.Web.Tests.Reintegration.ReintegrationSetup;

namespace HoaNhap.Web.Tests.ReintegrationModels;

/// <summary>
/// Reintegration models (members, activity log), exemplary individuals with evidence, and each commune's verdict on
/// "≥ 10 returnees ⇒ ≥ 1 model and 1 exemplary individual"; scope (another commune: 404), the bank and supervisors refused.
/// </summary>
public abstract class ModelTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;
    const string Province = "25";

    /// <summary>A commune of province 25 (not unit A's) with no returnee and no model yet: the database is shared by the tests of the collection.</summary>
    Task<string> FreshCommuneAsync() => app.WithDbAsync(db => db.Communes.Where(c => c.ProvinceCode == Province && c.Code != HoaNhapApp.Units[Unit.A].Commune
            && !db.Cases.Any(k => k.CommuneCode == c.Code) && !db.Set<ReintegrationModel>().Any(m => m.CommuneCode == c.Code))
        .OrderBy(c => c.Code).Select(c => c.Code).FirstAsync());

    /// <summary>A returnee under management in the commune: the person through the registry's handler, the case inserted as intake leaves it.</summary>
    async Task<Guid> ReturneeAsync(string commune, string name)
    {
        var officer = await app.CurrentUserAsync(Roles.ProvinceOfficer, Unit.A);
        using var scope = app.Services.CreateScope();
        var db = app.NewDbContext(scope);
        var person = await PersonCommands.CreateAsync(db, officer, TestData.Person(TestData.Unique(name), commune), null, CancellationToken.None);
        if (!person.Succeeded) throw new InvalidOperationException(string.Join(" ", person.Errors.SelectMany(e => e.Value)));
        var c = new Case
        {
            PersonId = person.Value!.Id, ProvinceCode = Province, CommuneCode = commune, Kind = CaseKind.Reintegration, ReleaseKind = ReleaseKind.SentenceCompleted,
            StartOn = Today.AddMonths(-6), LegalBasisVersion = LegalBasis.For(Today.AddMonths(-6)),
        }.InState(CaseStatus.Active);
        db.Cases.Add(c);
        await db.SaveChangesAsync();
        return c.Id;
    }

    static async Task<JsonElement> JsonAsync(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    static async Task<List<string>> ErrorFieldsAsync(HttpResponseMessage r) =>
        (await JsonAsync(r)).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();

    [SkippableFact]
    public async Task Commune_with_ten_returnees_turns_from_not_met_to_met_with_a_model_and_an_exemplary_individual()
    {
        app.EnsureAvailable();
        var commune = await FreshCommuneAsync();
        var cases = new List<Guid>();
        for (var i = 0; i < 9; i++) cases.Add(await ReturneeAsync(commune, "Hoàn Lương"));
        var province = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var url = $"/api/v1/communes/{commune}/model-coverage";

        var nine = (await province.GetFromJsonAsync<JsonElement>(url)).GetProperty("coverage");
        Assert.Equal(9, nine.GetProperty("returnees").GetInt32());
        Assert.Equal("NotApplicable", nine.GetProperty("verdict").GetString());
        Assert.Equal("Không thuộc diện (dưới 10 người)", nine.GetProperty("verdictText").GetString());

        cases.Add(await ReturneeAsync(commune, "Hoàn Lương"));
        var ten = (await province.GetFromJsonAsync<JsonElement>(url)).GetProperty("coverage");
        Assert.Equal("NotMet", ten.GetProperty("verdict").GetString());
        Assert.Equal(2, ten.GetProperty("missing").GetArrayLength());
        var pages = await app.PagesAsync(Roles.ProvinceOfficer, Unit.A);
        var html = await pages.GetStringAsync($"/Communes/{commune}");
        Assert.Contains("data-verdict=\"NotMet\"", html);
        Assert.Contains("Chưa đạt", html);
        Assert.Contains("data-testid=\"coverage-no-model\"", html);

        // A model alone is not enough.
        var model = await province.PostAsJsonAsync("/api/v1/models", new
        {
            communeCode = commune, name = "Tiếp sức hòa nhập cộng đồng", establishedOn = Iso(Today.AddMonths(-2)), lead = "WomenUnion",
            goal = "Thăm hỏi, giúp người chấp hành xong án phạt tù tìm việc làm.",
        });
        Assert.Equal(HttpStatusCode.Created, model.StatusCode);
        var partly = (await province.GetFromJsonAsync<JsonElement>(url)).GetProperty("coverage");
        Assert.Equal("NotMet", partly.GetProperty("verdict").GetString());
        Assert.Equal(0, partly.GetProperty("missingModels").GetInt32());
        Assert.Equal(1, partly.GetProperty("missingExemplary").GetInt32());

        var exemplary = await province.PostAsJsonAsync($"/api/v1/cases/{cases[0]}/reintegration/exemplary", new
        {
            recognisedOn = Iso(Today.AddDays(-3)), recognisedBy = "CommuneCommittee", decisionNumber = "12/QĐ-UBND",
            achievements = "Mở xưởng mộc, nhận hai người cùng hoàn cảnh vào làm.", evidence = "Nhận xét của Công an xã; giấy khen của UBND xã.",
        });
        Assert.Equal(HttpStatusCode.Created, exemplary.StatusCode);
        var met = await province.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal("Met", met.GetProperty("coverage").GetProperty("verdict").GetString());
        Assert.Equal("Đạt", met.GetProperty("coverage").GetProperty("verdictText").GetString());
        Assert.Equal(cases[0], met.GetProperty("exemplary")[0].GetProperty("caseId").GetGuid());
        html = await pages.GetStringAsync($"/Communes/{commune}");
        Assert.Contains("data-verdict=\"Met\"", html);
        Assert.Contains("data-testid=\"coverage-verdict-text\">Đạt<", html);

        // The province list: communes under the target first, with their verdict.
        var list = (await province.GetFromJsonAsync<JsonElement>("/api/v1/communes/model-coverage")).EnumerateArray().ToList();
        var row = list.Single(r => r.GetProperty("communeCode").GetString() == commune);
        Assert.Equal("Met", row.GetProperty("verdict").GetString());
        var firstOutside = list.FindIndex(r => r.GetProperty("verdict").GetString() == "NotApplicable");
        Assert.True(list.IndexOf(row) < firstOutside);
        var index = await pages.GetStringAsync("/Communes");
        Assert.Contains($"data-commune=\"{commune}\" data-verdict=\"Met\"", index);

        // Another commune's officer, another province, the bank: not theirs.
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.CommuneOfficer, Unit.A)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.PagesAsync(Roles.CommuneOfficer, Unit.B)).GetAsync($"/Communes/{commune}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.ProvinceOfficer, Unit.B)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.BankOfficer, Unit.A)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.Supervisor, Unit.A)).GetAsync("/api/v1/communes/model-coverage")).StatusCode);
        // A commune user's list is their own commune; the page takes them there.
        var own = await (await app.PagesAsync(Roles.CommuneLeader, Unit.A)).GetAsync("/Communes");
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.Equal($"/Communes/{HoaNhapApp.Units[Unit.A].Commune}", own.Headers.Location?.ToString());
    }

    [SkippableFact]
    public async Task Commune_officer_registers_a_model_with_members_and_an_activity_log()
    {
        app.EnsureAvailable();
        var returnee = await ReceivedCaseAsync(app, Today.AddDays(-60), Today.AddDays(-62));
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);

        // The form: errors named beside each field, then the model registered.
        var form = await pages.GetStringAsync("/ReintegrationModels/Edit");
        Assert.Contains("Tiếp sức hòa nhập cộng đồng", form);
        var bad = await HoaNhapApp.PostFormAsync(pages, "/ReintegrationModels/Edit", "/ReintegrationModels/Edit", new() { ["Input.Name"] = "", ["Input.EstablishedOn"] = Display.Date(Today.AddDays(2)) });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"error-summary\"", badHtml);
        Assert.Contains("Ngày thành lập không được sau ngày hôm nay.", badHtml);
        var name = TestData.Unique("Tiếp sức hòa nhập cộng đồng thôn");
        var created = await HoaNhapApp.PostFormAsync(pages, "/ReintegrationModels/Edit", "/ReintegrationModels/Edit", new()
        {
            ["Input.Name"] = name, ["Input.EstablishedOn"] = Display.Date(Today.AddMonths(-1)), ["Input.DecisionNumber"] = "15/QĐ-UBND",
            ["Input.DecisionDate"] = Display.Date(Today.AddMonths(-1)), ["Input.Lead"] = "CommunePolice", ["Input.Goal"] = "Giúp đỡ người chấp hành xong án phạt tù.",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var modelId = Guid.Parse(created.Headers.Location!.ToString().Split('/').Last());
        Assert.Equal(HoaNhapApp.Units[Unit.A].Commune, (await app.WithDbAsync(db => db.Set<ReintegrationModel>().SingleAsync(m => m.Id == modelId))).CommuneCode);

        // Members: the returnee through the page, a relative through the API; the returnee twice is refused.
        var memberForm = $"/ReintegrationModels/Member/{modelId}";
        Assert.Contains(returnee.ToString(), await pages.GetStringAsync(memberForm));
        var joined = await HoaNhapApp.PostFormAsync(pages, memberForm, memberForm, new()
            { ["Input.Role"] = "Returnee", ["Input.CaseId"] = returnee.ToString(), ["Input.JoinedOn"] = Display.Date(Today) });
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        var again = await officer.PostAsJsonAsync($"/api/v1/models/{modelId}/members", new { role = "Returnee", caseId = returnee, joinedOn = Iso(Today) });
        Assert.Equal((HttpStatusCode)422, again.StatusCode);
        Assert.Contains("caseId", await ErrorFieldsAsync(again));
        var noName = await officer.PostAsJsonAsync($"/api/v1/models/{modelId}/members", new { role = "Family", joinedOn = Iso(Today) });
        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        Assert.Contains("name", await ErrorFieldsAsync(noName));
        var mother = await officer.PostAsJsonAsync($"/api/v1/models/{modelId}/members", new { role = "Family", name = "Lê Thị Mẹ", note = "Mẹ", joinedOn = Iso(Today) });
        Assert.Equal(HttpStatusCode.Created, mother.StatusCode);
        var motherId = (await JsonAsync(mother)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/v1/models/{modelId}/members/{motherId}/end", new { leftOn = Iso(Today) })).StatusCode);
        Assert.Equal((HttpStatusCode)422, (await officer.PostAsJsonAsync($"/api/v1/models/{modelId}/members/{motherId}/end", new { leftOn = Iso(Today) })).StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<ReintegrationModelMember>().CountAsync(m => m.ModelId == modelId)));

        // The activity log: a date in the future is a 400 naming the field; one before the model existed is refused; then recorded on the page.
        var future = await officer.PostAsJsonAsync($"/api/v1/models/{modelId}/activities", new { heldOn = Iso(Today.AddDays(1)), content = "Họp", participants = 5, returneesHelped = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("heldOn", await ErrorFieldsAsync(future));
        var early = await officer.PostAsJsonAsync($"/api/v1/models/{modelId}/activities", new { heldOn = Iso(Today.AddYears(-1)), content = "Họp", participants = 5, returneesHelped = 1 });
        Assert.Equal((HttpStatusCode)422, early.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<ReintegrationModelActivity>().AnyAsync(a => a.ModelId == modelId)));
        var activityForm = $"/ReintegrationModels/Activity/{modelId}";
        var logged = await HoaNhapApp.PostFormAsync(pages, activityForm, activityForm, new()
        {
            ["Input.HeldOn"] = Display.Date(Today.AddDays(-1)), ["Input.Content"] = "Thăm hỏi gia đình, giới thiệu việc làm tại xưởng may.",
            ["Input.Participants"] = "6", ["Input.ReturneesHelped"] = "1", ["Input.Result"] = "Được nhận vào làm thử.",
        });
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);

        // The model page, the API, the register and its .xlsx.
        var details = await pages.GetStringAsync($"/ReintegrationModels/Details/{modelId}");
        Assert.Contains($"data-case=\"{returnee}\"", details);
        Assert.Contains("Lê Thị Mẹ", details);
        Assert.Contains("Thăm hỏi gia đình, giới thiệu việc làm tại xưởng may.", details);
        var one = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/models/{modelId}");
        Assert.Equal(2, one.GetProperty("members").GetArrayLength());
        Assert.Equal(1, one.GetProperty("activities").GetArrayLength());
        Assert.Contains(modelId.ToString(), await pages.GetStringAsync("/ReintegrationModels"));
        var xlsx = await pages.GetAsync("/ReintegrationModels?handler=Xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using (var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()))
        {
            var rows = MiniExcel.Query(stream, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
            Assert.Contains(rows, r => (string?)r["Tên mô hình"] == name);
        }
        // The returnee's page shows the model.
        var casePage = await pages.GetStringAsync($"/Cases/Details/{returnee}");
        Assert.Contains("data-testid=\"models-section\"", casePage);
        Assert.Contains($"data-model=\"{modelId}\"", casePage);

        // Stopped: no activity after it, no coming back.
        var stop = await officer.PutAsJsonAsync($"/api/v1/models/{modelId}", new
        {
            name, establishedOn = Iso(Today.AddMonths(-1)), decisionNumber = "15/QĐ-UBND", decisionDate = Iso(Today.AddMonths(-1)), lead = "CommunePolice",
            goal = "Giúp đỡ người chấp hành xong án phạt tù.", stoppedOn = Iso(Today), stopReason = "Sáp nhập vào mô hình của xã.",
        });
        Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        Assert.False((await JsonAsync(stop)).GetProperty("active").GetBoolean());
        var restart = await officer.PutAsJsonAsync($"/api/v1/models/{modelId}", new
            { name, establishedOn = Iso(Today.AddMonths(-1)), decisionNumber = "15/QĐ-UBND", decisionDate = Iso(Today.AddMonths(-1)), lead = "CommunePolice", goal = "Giúp đỡ." });
        Assert.Equal((HttpStatusCode)422, restart.StatusCode);
        Assert.NotNull((await app.WithDbAsync(db => db.Set<ReintegrationModel>().SingleAsync(m => m.Id == modelId))).StoppedOn);

        // Who may not: the leader writes nothing, the supervisor and the bank nothing at all, another commune sees nothing.
        var leader = await app.ApiAsync(Roles.CommuneLeader, Unit.A);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/api/v1/models/{modelId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync($"/api/v1/models/{modelId}/activities", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.Supervisor, Unit.A)).GetAsync("/api/v1/models")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.BankOfficer, Unit.A)).GetAsync($"/api/v1/models/{modelId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.PagesAsync(Roles.BankOfficer, Unit.A)).GetAsync("/ReintegrationModels")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.CommuneOfficer, Unit.B)).GetAsync($"/api/v1/models/{modelId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.PagesAsync(Roles.CommuneOfficer, Unit.B)).GetAsync($"/ReintegrationModels/Details/{modelId}")).StatusCode);
    }

    [SkippableFact]
    public async Task Exemplary_individual_is_recorded_with_an_evidence_file_kept_in_the_case_file()
    {
        app.EnsureAvailable();
        var caseId = await ReceivedCaseAsync(app, Today.AddDays(-90), Today.AddDays(-92));
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var casePage = await pages.GetStringAsync($"/Cases/Details/{caseId}");
        Assert.Contains("data-testid=\"exemplary-none\"", casePage);
        Assert.Contains($"href=\"/ReintegrationModels/Exemplary/{caseId}\"", casePage);

        // The page with a PDF: the evidence lands in the case file, the case page shows it.
        var formUrl = $"/ReintegrationModels/Exemplary/{caseId}";
        var token = System.Text.RegularExpressions.Regex.Match(await pages.GetStringAsync(formUrl), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var multipart = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new StringContent(Display.Date(Today)), "Input.RecognisedOn" },
            { new StringContent("CommunePolice"), "Input.RecognisedBy" },
            { new StringContent("Chấp hành tốt, giúp đỡ hàng xóm, tham gia dân quân."), "Input.Achievements" },
            { new StringContent("Nhận xét của trưởng thôn."), "Input.Evidence" },
            { new ByteArrayContent("%PDF-1.4 giấy khen"u8.ToArray()), "EvidenceFile", "giay-khen.pdf" },
        };
        var posted = await pages.PostAsync(formUrl, multipart);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var x = await app.WithDbAsync(db => db.Set<ExemplaryIndividual>().AsNoTracking().SingleAsync(e => e.CaseId == caseId));
        Assert.NotNull(x.EvidenceFileId);
        var file = await app.WithDbAsync(db => db.Set<HoaNhap.Domain.Cases.CaseFileItem>().AsNoTracking().SingleAsync(f => f.Id == x.EvidenceFileId));
        Assert.Equal("application/pdf", file.ContentType);
        casePage = await pages.GetStringAsync($"/Cases/Details/{caseId}");
        Assert.Contains("data-testid=\"exemplary-evidence-file\"", casePage);
        Assert.Contains("Nhận xét của trưởng thôn.", casePage);
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync($"/Cases/Details/{caseId}?handler=File&file={x.EvidenceFileId}")).StatusCode);

        // The API: list; 400 naming the fields; a wrong file type; the same day twice refused.
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var url = $"/api/v1/cases/{caseId}/reintegration/exemplary";
        Assert.Equal(1, (await officer.GetFromJsonAsync<JsonElement>(url)).GetArrayLength());
        var empty = await officer.PostAsJsonAsync(url, new { });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var fields = await ErrorFieldsAsync(empty);
        Assert.Contains("recognisedBy", fields);
        Assert.Contains("achievements", fields);
        Assert.Contains("evidence", fields);
        var wrongFile = await officer.PostAsJsonAsync(url, new { recognisedOn = Iso(Today), recognisedBy = "Other", achievements = "a", evidence = "b",
            evidenceFileName = "x.exe", evidenceFileBase64 = Convert.ToBase64String("MZ không phải ảnh"u8.ToArray()) });
        Assert.Equal(HttpStatusCode.BadRequest, wrongFile.StatusCode);
        Assert.Contains("evidenceFile", await ErrorFieldsAsync(wrongFile));
        var twice = await officer.PostAsJsonAsync(url, new { recognisedOn = Iso(Today), recognisedBy = "Other", achievements = "a", evidence = "b" });
        Assert.Equal((HttpStatusCode)422, twice.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<ExemplaryIndividual>().CountAsync(e => e.CaseId == caseId)));

        // Only a returnee: a community-sentence case is refused and nothing is stored; another commune and the bank get nothing.
        var (_, sentenceCase) = await Breaches.CaseSetup.ActiveCaseAsync(app, Unit.A, "Bùi Văn Án", SentenceType.NonCustodialReform, Today.AddMonths(-1));
        var refused = await officer.PostAsJsonAsync($"/api/v1/cases/{sentenceCase}/reintegration/exemplary",
            new { recognisedOn = Iso(Today), recognisedBy = "CommunePolice", achievements = "a", evidence = "b" });
        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<ExemplaryIndividual>().AnyAsync(e => e.CaseId == sentenceCase)));
        Assert.DoesNotContain("data-testid=\"models-section\"", await pages.GetStringAsync($"/Cases/Details/{sentenceCase}"));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.CommuneOfficer, Unit.B)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.BankOfficer, Unit.A)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.CommuneLeader, Unit.A)).PostAsJsonAsync(url, new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.PagesAsync(Roles.CommuneLeader, Unit.A)).GetAsync(formUrl)).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ModelTests_Sqlite(SqliteApp app) : ModelTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ModelTests_Postgres(PostgresApp app) : ModelTests(app);
