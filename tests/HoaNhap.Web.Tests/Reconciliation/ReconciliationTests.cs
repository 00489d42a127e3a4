using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Web.Features.Judgments;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace HoaNhap.Web.Tests.Reconciliation;

/// <summary>
/// The monthly reconciliation over HTTP: a province officer of province A uploads a court's list for
/// last month; the registry has one judgment written the same way, one with another term, one the
/// list lacks; the list has one judgment the registry lacks and one bad row. Then every discrepancy is
/// resolved, the month signed off and agreed by the court and the procuracy.
/// </summary>
public abstract class ReconciliationTests(HoaNhapApp app)
{
    public sealed record Scenario(string Month, Guid Matched, Guid Conflicting, Guid Unlisted, string Csv, string Tag);

    const string Court = "Tòa án nhân dân khu vực 1 - Phú Thọ";

    static async Task<Scenario> ArrangeAsync(HoaNhapApp app)
    {
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var last = app.Today.AddDays(1 - app.Today.Day).AddMonths(-1);
        string Day(int d) => VietnameseDateText(last.AddDays(d - 1));
        var officer = await app.CurrentUserAsync(Roles.CommuneOfficer, Unit.A);
        async Task<(Guid Person, string Name)> Registered(string name, string number, int term)
        {
            var full = TestData.Unique(name);
            var id = await app.CreatePersonAsync(Unit.A, full);
            using var scope = app.Services.CreateScope();
            var j = await JudgmentCommands.CreateAsync(app.NewDbContext(scope), officer, id, new JudgmentInput
            {
                Number = number, Court = Court, JudgmentDate = Day(2), EffectiveOn = Day(10), Offences = ["Điều 173"],
                MainPenalty = "SuspendedSentence", TermMonths = term, ProbationMonths = 24,
            }, CancellationToken.None);
            Assert.True(j.Succeeded, string.Join(" ", j.Errors.SelectMany(e => e.Value)));
            return (id, full);
        }
        var (matched, matchedName) = await Registered("Nguyễn Văn Đối", $"1{tag}/2026/HS-ST", 24);
        var (conflicting, conflictingName) = await Registered("Trần Thị Lệch", $"2{tag}/2026/HS-ST", 12);
        var (unlisted, _) = await Registered("Lê Văn Thiếu", $"3{tag}/2026/HS-ST", 12);
        string address;
        using (var scope = app.Services.CreateScope())
        {
            var commune = await app.NewDbContext(scope).Communes.FirstAsync(c => c.Code == HoaNhapApp.Units[Unit.A].Commune);
            address = $"Tổ 3, {commune.FullName}, Tỉnh Phú Thọ";
        }
        var csv = new StringBuilder("so_ban_an;ngay_ban_an;toa_an;ho_ten;ngay_sinh;so_dinh_danh;gioi_tinh;noi_cu_tru;hinh_phat;thoi_han_thang;ngay_hieu_luc\r\n");
        csv.Append($"1{tag}/2026/hsst;{Day(2)};TAND khu vực 1 Phú Thọ;{Domain.Text.VietnameseText.Fold(matchedName).ToUpperInvariant()};15/06/1990;;Nam;{address};Án treo;24;{Day(10)}\r\n");
        csv.Append($"2{tag}/2026/HS-ST;{Day(2)};{Court};{conflictingName};1990;;Nam;{address};Án treo;18;{Day(10)}\r\n");
        csv.Append($"4{tag}/2026/HS-ST;{Day(3)};{Court};Phạm Văn Mới;02/03/1995;;Nam;{address};Cải tạo không giam giữ;12;{Day(12)}\r\n");
        csv.Append($"5{tag}/2026/HS-ST;{Day(3)};{Court};;1995;12345;Khác;{address};Án treo;abc;{Day(12)}\r\n");
        return new Scenario($"{last.Year:0000}-{last.Month:00}", matched, conflicting, unlisted, csv.ToString(), tag);
    }

    static string VietnameseDateText(DateOnly d) => Domain.Text.VietnameseDate.Format(d);

    static MultipartFormDataContent Upload(byte[] content, string fileName, string province, string month, bool accept = false)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(province), "provinceCode");
        form.Add(new StringContent(month), "month");
        if (accept) form.Add(new StringContent("true"), "acceptProblems");
        return form;
    }

    public static async Task<JsonElement> WaitUntilDoneAsync(HttpClient api, Guid id)
    {
        for (var i = 0; i < 300; i++)
        {
            var body = await api.GetFromJsonAsync<JsonElement>($"/api/v1/reconciliations/{id}");
            var status = body.GetProperty("status").GetString();
            if (status is "Done" or "SignedOff") return body;
            Assert.NotEqual("Failed", status);
            await Task.Delay(100);
        }
        throw new TimeoutException("The reconciliation did not finish in 30 s.");
    }

    [SkippableFact]
    public async Task A_list_is_matched_into_four_parts_resolved_signed_off_and_agreed()
    {
        app.EnsureAvailable();
        var s = await ArrangeAsync(app);
        var api = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var bytes = Encoding.UTF8.GetBytes(s.Csv);

        // All or nothing: the bad row is listed with its number and nothing is saved.
        var refused = await api.PostAsync("/api/v1/reconciliations", Upload(bytes, "toa-an.csv", "25", s.Month));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        var rowErrors = problem.GetProperty("errors").GetProperty("file.rows[4]")[0].GetString();
        Assert.Contains("Thiếu họ tên (ho_ten)", rowErrors);
        Assert.Contains("Nam hoặc Nữ", rowErrors);

        var accepted = await api.PostAsync("/api/v1/reconciliations", Upload(bytes, "toa-an.csv", "25", s.Month, accept: true));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var id = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var result = await WaitUntilDoneAsync(api, id);

        Assert.Equal("Done", result.GetProperty("status").GetString());
        Assert.Equal(4, result.GetProperty("rows").GetInt32());
        var matched = Assert.Single(result.GetProperty("matched").EnumerateArray());
        Assert.Equal(1, matched.GetProperty("row").GetInt32());
        Assert.Equal(s.Matched, matched.GetProperty("personId").GetGuid());
        Assert.InRange(matched.GetProperty("confidence").GetDouble(), 0.9, 1.0);
        var conflict = Assert.Single(result.GetProperty("conflicts").EnumerateArray());
        Assert.Equal(2, conflict.GetProperty("row").GetInt32());
        Assert.Equal(s.Conflicting, conflict.GetProperty("personId").GetGuid());
        Assert.Equal(["thoi_han_thang"], conflict.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(3, Assert.Single(result.GetProperty("missingInRegistry").EnumerateArray()).GetProperty("row").GetInt32());
        Assert.Contains(result.GetProperty("missingInList").EnumerateArray(), m => m.GetProperty("personId").GetGuid() == s.Unlisted);
        Assert.DoesNotContain(result.GetProperty("missingInList").EnumerateArray(), m => m.GetProperty("personId").GetGuid() == s.Matched);
        Assert.Equal(4, Assert.Single(result.GetProperty("problems").EnumerateArray()).GetProperty("row").GetInt32());

        // Not signed off while a discrepancy is open.
        var early = await api.PostAsync($"/api/v1/reconciliations/{id}/sign-off", null);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("chưa xử lý", await early.Content.ReadAsStringAsync());
        var court = await app.ApiAsync(Roles.CourtReader, Unit.A);
        Assert.Equal(HttpStatusCode.BadRequest, (await court.PostAsync($"/api/v1/reconciliations/{id}/agreement", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await court.PostAsync($"/api/v1/reconciliations/{id}/sign-off", null)).StatusCode);

        var noNote = await api.PostAsJsonAsync($"/api/v1/reconciliations/{id}/rows/{result.GetProperty("conflicts")[0].GetProperty("rowId").GetGuid()}/resolution",
            new { resolution = "Explained" });
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.Contains("\"note\"", await noNote.Content.ReadAsStringAsync());
        foreach (var part in new[] { "conflicts", "missingInRegistry", "missingInList" })
            foreach (var row in result.GetProperty(part).EnumerateArray())
            {
                var resolved = await api.PostAsJsonAsync($"/api/v1/reconciliations/{id}/rows/{row.GetProperty("rowId").GetGuid()}/resolution",
                    new { resolution = part == "missingInRegistry" ? "CaseOpened" : "Explained", note = "Đã đối chiếu với Tòa án" });
                Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
            }
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/reconciliations/{id}/sign-off", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await court.PostAsync($"/api/v1/reconciliations/{id}/agreement", null)).StatusCode);
        var procuracy = await app.ApiAsync(Roles.ProcuracyReader, Unit.A);
        Assert.Equal(HttpStatusCode.OK, (await procuracy.PostAsync($"/api/v1/reconciliations/{id}/agreement", null)).StatusCode);

        var list = await court.GetFromJsonAsync<JsonElement>("/api/v1/reconciliations");
        var month = list.EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id);
        Assert.True(month.GetProperty("settled").GetBoolean());
        Assert.Equal("SignedOff", month.GetProperty("status").GetString());

        // The views of the result are in the audit log.
        using var scope = app.Services.CreateScope();
        var db = app.NewDbContext(scope);
        Assert.True(await db.AuditEntries.CountAsync(a => a.EntityType == nameof(MonthlyReconciliation) && a.EntityId == id.ToString() && a.Action == "View") >= 1);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(MonthlyReconciliation) && a.EntityId == id.ToString() && a.Details!.Contains("signedOff")));
    }

    [SkippableFact]
    public async Task Another_province_and_commune_users_do_not_see_a_reconciliation()
    {
        app.EnsureAvailable();
        var s = await ArrangeAsync(app);
        var api = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var accepted = await api.PostAsync("/api/v1/reconciliations", Upload(Encoding.UTF8.GetBytes(s.Csv), "toa-an.csv", "25", s.Month, accept: true));
        var id = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await WaitUntilDoneAsync(api, id);
        foreach (var (role, unit) in new[] { (Roles.ProvinceOfficer, Unit.B), (Roles.CourtReader, Unit.B), (Roles.CommuneOfficer, Unit.A), (Roles.SystemAdmin, Unit.A) })
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(role, unit)).GetAsync($"/api/v1/reconciliations/{id}")).StatusCode);
        var otherProvince = await (await app.ApiAsync(Roles.ProvinceOfficer, Unit.A)).PostAsync("/api/v1/reconciliations",
            Upload(Encoding.UTF8.GetBytes(s.Csv), "x.csv", "01", s.Month, accept: true));
        Assert.Equal(HttpStatusCode.BadRequest, otherProvince.StatusCode);
        Assert.Contains("provinceCode", await otherProvince.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task An_xlsx_list_and_bad_fields_are_handled_with_messages_naming_the_field()
    {
        app.EnsureAvailable();
        var s = await ArrangeAsync(app);
        var api = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var table = Domain.Reconciliation.CsvTable.Read(s.Csv);
        var rows = table.Skip(1).Take(3).Select(r => table[0].Zip(r).ToDictionary(x => x.First, x => (object)x.Second)).ToList();
        using var ms = new MemoryStream();
        ms.SaveAs(rows, excelType: ExcelType.XLSX);
        var accepted = await api.PostAsync("/api/v1/reconciliations", Upload(ms.ToArray(), "toa-an.xlsx", "25", s.Month));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var result = await WaitUntilDoneAsync(api, (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        Assert.Equal(s.Matched, Assert.Single(result.GetProperty("matched").EnumerateArray()).GetProperty("personId").GetGuid());

        var bad = await api.PostAsync("/api/v1/reconciliations", Upload("a,b\r\n1,2\r\n"u8.ToArray(), "x.csv", "25", "2026-13"));
        var body = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"month\"", body);
        Assert.Contains("Tháng đối soát phải có dạng năm-tháng", body);
        var noFile = await api.PostAsJsonAsync("/api/v1/reconciliations", new { });
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.Contains("multipart/form-data", await noFile.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Pages_show_the_four_parts_and_open_the_intake_of_a_missed_judgment_prefilled()
    {
        app.EnsureAvailable();
        var s = await ArrangeAsync(app);
        var pages = await app.PagesAsync(Roles.ProvinceOfficer, Unit.A);
        var page = await pages.GetStringAsync("/Reconciliation/Upload");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new StringContent("25"), "Input.ProvinceCode" },
            { new StringContent(s.Month), "Input.Month" },
            { new StringContent("Court"), "Input.Source" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(s.Csv)), "ListFile", "toa-an.csv" },
        };
        var first = await pages.PostAsync("/Reconciliation/Upload", form);
        var html = await first.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("data-testid=\"problems\"", html);
        Assert.Contains("Thiếu họ tên (ho_ten)", html);
        form.Add(new StringContent("true"), "Input.AcceptProblems");
        var second = await pages.PostAsync("/Reconciliation/Upload", form);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var details = second.Headers.Location!.ToString();
        var id = Guid.Parse(details.Split('/').Last());
        await WaitUntilDoneAsync(await app.ApiAsync(Roles.ProvinceOfficer, Unit.A), id);

        html = WebUtility.HtmlDecode(await pages.GetStringAsync(details));
        foreach (var part in new[] { "part-missing-in-registry", "part-missing-in-list", "part-conflicts", "part-matched" })
            Assert.Contains($"data-testid=\"{part}\"", html);
        var intake = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/People/Create\\?[^\"]+)\" data-testid=\"open-intake\"").Groups[1].Value;
        Assert.Contains("fullName=Ph%E1%BA%A1m%20V%C4%83n%20M%E1%BB%9Bi", intake);
        var create = WebUtility.HtmlDecode(await pages.GetStringAsync(intake));
        Assert.Contains("value=\"Phạm Văn Mới\"", create);
        Assert.Contains("value=\"02/03/1995\"", create);
        Assert.Contains("name=\"Judgment\"", create);
        var index = await pages.GetStringAsync("/Reconciliation");
        Assert.Contains($"href=\"/Reconciliation/Details/{id}\"", index);
        var template = await pages.GetStringAsync("/Reconciliation/Template?format=csv");
        Assert.StartsWith("\uFEFFso_ban_an,ngay_ban_an,toa_an,ho_ten", template);
        var xlsx = await pages.GetByteArrayAsync("/Reconciliation/Template?format=xlsx");
        Assert.Equal((byte)'P', xlsx[0]);

        var judgment = WebUtility.HtmlDecode(await pages.GetStringAsync($"/Judgments/Create/{s.Matched}?number=9%2F2026%2FHS-ST&termMonths=12&mainPenalty=SuspendedSentence"));
        Assert.Contains("value=\"9/2026/HS-ST\"", judgment);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReconciliationTests_Sqlite(SqliteApp app) : ReconciliationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ReconciliationTests_Postgres(PostgresApp app) : ReconciliationTests(app);
