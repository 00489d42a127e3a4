using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Features.Worklist;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Inspections;

/// <summary>
/// Issue 19, part 7: the register of inspections by the province police, recommendations of the procuracy and supervision by the
/// Fatherland Front — the unit inspected, the findings, remedies each with a deadline and a responsible unit, followed up until
/// the entry is closed; an overdue remedy is on the inspected unit's worklist; the entries are in the periodic report.
/// </summary>
public abstract class InspectionsTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;
    static string Vn(DateOnly d) => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
    static string Reference() => $"{Random.Shared.Next(1, 9999)}/KL-{Guid.NewGuid().ToString("N")[..5]}";

    static async Task<JsonElement> JsonAsync(HttpResponseMessage r, HttpStatusCode expected)
    {
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(expected == r.StatusCode, $"expected {(int)expected}, got {(int)r.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement;
    }

    async Task<(Guid Id, string Reference)> RecordAsync(string role, string kind, DateOnly on, string? commune = "04792")
    {
        var reference = Reference();
        var made = await JsonAsync(await (await app.ApiAsync(role, Unit.A)).PostAsJsonAsync("/api/v1/inspections", new
        {
            kind, communeCode = commune, reference, conductedOn = Vn(on),
            findings = "Hồ sơ giám sát, giáo dục của 2 người chưa có bản nhận xét hằng tháng của người giám sát.",
        }), HttpStatusCode.Created);
        return (made.GetProperty("id").GetGuid(), reference);
    }

    async Task<Guid> RemedyAsync(string role, Guid id, DateOnly dueOn) =>
        (await JsonAsync(await (await app.ApiAsync(role, Unit.A)).PostAsJsonAsync($"/api/v1/inspections/{id}/remedies",
            new { description = "Bổ sung bản nhận xét hằng tháng vào hồ sơ", dueOn = Vn(dueOn), responsibleUnit = "Công an xã" }), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

    [SkippableFact]
    public async Task An_inspection_is_followed_remedy_by_remedy_and_closes_only_when_every_remedy_is_done()
    {
        app.EnsureAvailable();
        var (id, reference) = await RecordAsync(Roles.ProvinceOfficer, "PoliceInspection", Today.AddDays(-3));
        var remedy = await RemedyAsync(Roles.ProvinceOfficer, id, Today.AddDays(10));
        var province = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);

        // Not closed while a remedy is open (422, the reason named); a remedy due before the inspection: 422.
        var early = await JsonAsync(await province.PostAsJsonAsync($"/api/v1/inspections/{id}/remedies",
            new { description = "Sớm", dueOn = Vn(Today.AddDays(-4)), responsibleUnit = "Công an xã" }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Hạn khắc phục", early.GetProperty("errors").GetProperty("dueOn")[0].GetString());
        var notYet = await JsonAsync(await province.PostAsJsonAsync($"/api/v1/inspections/{id}/close", new { on = Vn(Today) }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("chưa hoàn thành", notYet.GetProperty("detail").GetString());

        // The inspected commune sees it and records the remedy; another commune does not see it; the leader reads only.
        var commune = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Contains((await JsonAsync(await commune.GetAsync("/api/v1/inspections"), HttpStatusCode.OK)).EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.CommuneOfficer, Unit.B)).GetAsync($"/api/v1/inspections/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.CommuneLeader, Unit.A)).PostAsJsonAsync(
            $"/api/v1/inspections/{id}/remedies/{remedy}/done", new { on = Vn(Today), result = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await commune.PostAsJsonAsync($"/api/v1/inspections/{id}/remedies",
            new { description = "x", dueOn = Vn(Today), responsibleUnit = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.PartnerBody, Unit.A)).GetAsync("/api/v1/inspections")).StatusCode);
        var bad = await JsonAsync(await commune.PostAsJsonAsync($"/api/v1/inspections/{id}/remedies/{remedy}/done", new { on = Vn(Today.AddDays(1)), result = "" }),
            HttpStatusCode.BadRequest);
        Assert.Contains("Ngày khắc phục", bad.GetProperty("errors").GetProperty("on")[0].GetString());
        Assert.True(bad.GetProperty("errors").TryGetProperty("result", out _));
        var done = await JsonAsync(await commune.PostAsJsonAsync($"/api/v1/inspections/{id}/remedies/{remedy}/done",
            new { on = Vn(Today), result = "Đã bổ sung đủ bản nhận xét" }), HttpStatusCode.OK);
        Assert.True(done.GetProperty("done").GetBoolean());
        await JsonAsync(await commune.PostAsJsonAsync($"/api/v1/inspections/{id}/remedies/{remedy}/done", new { on = Vn(Today), result = "Lần nữa" }),
            HttpStatusCode.UnprocessableEntity);

        var closed = await JsonAsync(await province.PostAsJsonAsync($"/api/v1/inspections/{id}/close", new { on = Vn(Today) }), HttpStatusCode.OK);
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        await JsonAsync(await province.PostAsJsonAsync($"/api/v1/inspections/{id}/remedies",
            new { description = "Thêm", dueOn = Vn(Today.AddDays(3)), responsibleUnit = "Công an xã" }), HttpStatusCode.UnprocessableEntity);
        var detail = await JsonAsync(await commune.GetAsync($"/api/v1/inspections/{id}"), HttpStatusCode.OK);
        Assert.Equal(reference, detail.GetProperty("inspection").GetProperty("reference").GetString());
        Assert.Equal("Đã bổ sung đủ bản nhận xét", Assert.Single(detail.GetProperty("remedies").EnumerateArray()).GetProperty("result").GetString());
        Assert.DoesNotContain((await JsonAsync(await commune.GetAsync("/api/v1/inspections"), HttpStatusCode.OK)).EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
        Assert.Contains((await JsonAsync(await commune.GetAsync("/api/v1/inspections?status=Closed"), HttpStatusCode.OK)).EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
    }

    [SkippableFact]
    public async Task The_procuracy_records_and_follows_its_own_recommendations_and_nothing_else()
    {
        app.EnsureAvailable();
        var procuracy = await app.ApiAsync(Roles.ProcuracyReader, Unit.A);
        var refused = await procuracy.PostAsJsonAsync("/api/v1/inspections", new
        {
            kind = "PoliceInspection", communeCode = "04792", reference = Reference(), conductedOn = Vn(Today), findings = "Không được ghi",
        });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var (mine, _) = await RecordAsync(Roles.ProcuracyReader, "ProcuracyRecommendation", Today.AddDays(-1));
        await RemedyAsync(Roles.ProcuracyReader, mine, Today.AddDays(15));
        var (police, _) = await RecordAsync(Roles.ProvinceOfficer, "PoliceInspection", Today.AddDays(-1));
        Assert.Equal(HttpStatusCode.Forbidden, (await procuracy.PostAsJsonAsync($"/api/v1/inspections/{police}/remedies",
            new { description = "x", dueOn = Vn(Today), responsibleUnit = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await procuracy.PostAsJsonAsync($"/api/v1/inspections/{police}/close", new { on = Vn(Today) })).StatusCode);
        // It reads the whole register of its province; the court does not.
        var list = (await JsonAsync(await procuracy.GetAsync("/api/v1/inspections"), HttpStatusCode.OK)).EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(mine, list);
        Assert.Contains(police, list);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.CourtReader, Unit.A)).GetAsync("/api/v1/inspections")).StatusCode);
        var bad = await JsonAsync(await procuracy.PostAsJsonAsync("/api/v1/inspections", new { kind = "Audit", communeCode = "00004", reference = "", conductedOn = "", findings = "" }),
            HttpStatusCode.BadRequest);
        foreach (var field in new[] { "kind", "communeCode", "reference", "conductedOn", "findings" }) Assert.True(bad.GetProperty("errors").TryGetProperty(field, out _), field);
    }

    [SkippableFact]
    public async Task An_overdue_remedy_is_on_the_inspected_communes_worklist_until_done_and_the_report_lists_the_inspection()
    {
        app.EnsureAvailable();
        var (id, reference) = await RecordAsync(Roles.ProvinceOfficer, "FrontSupervision", Today.AddDays(-20));
        var remedy = await RemedyAsync(Roles.ProvinceOfficer, id, Today.AddDays(-2));
        await app.Services.GetRequiredService<WorklistJob>().RunAsync(Today, CancellationToken.None);
        var commune = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        async Task<int> OverdueAsync() => (await JsonAsync(await commune.GetAsync("/api/v1/worklist"), HttpStatusCode.OK)).EnumerateArray()
            .Count(i => i.GetProperty("kind").GetString() == nameof(WorklistKind.RemedyOverdue) && i.GetProperty("title").GetString()!.Contains(reference));
        Assert.Equal(1, await OverdueAsync());
        var page = await (await app.PagesAsync(Roles.CommuneOfficer, Unit.A)).GetStringAsync($"/Inspections/{id}");
        Assert.Contains("(quá hạn)", page);

        var report = await app.WithDbAsync(async db =>
        {
            var r = new HoaNhap.Domain.Reports.PeriodicReport
            {
                ProvinceCode = HoaNhapApp.Units[Unit.A].Province, CommuneCode = HoaNhapApp.Units[Unit.A].Commune,
                PeriodKind = HoaNhap.Domain.Rules.PeriodKind.Custom, From = Today.AddDays(-Random.Shared.Next(3001, 6000)), To = Today,
                PeriodName = "Kỳ thử", DueOn = Today.AddDays(5),
            };
            db.Add(r);
            await db.SaveChangesAsync();
            return r.Id;
        });
        var read = await JsonAsync(await commune.GetAsync($"/api/v1/reports/{report}"), HttpStatusCode.OK);
        Assert.Contains(read.GetProperty("inspections").EnumerateArray(), l => l.GetString()!.Contains(reference) && l.GetString()!.Contains("quá hạn"));

        await JsonAsync(await commune.PostAsJsonAsync($"/api/v1/inspections/{id}/remedies/{remedy}/done", new { on = Vn(Today), result = "Đã khắc phục" }), HttpStatusCode.OK);
        Assert.Equal(0, await OverdueAsync());
    }

    [SkippableFact]
    public async Task The_pages_record_an_inspection_add_a_remedy_and_show_errors_beside_the_fields()
    {
        app.EnsureAvailable();
        var pages = await app.PagesAsync(Roles.ProvinceOfficer, Unit.A);
        var empty = await HoaNhapApp.PostFormAsync(pages, "/Inspections/Create", "/Inspections/Create", new() { ["Input.Kind"] = "PoliceInspection" });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Số văn bản (kết luận, kiến nghị) không được để trống", await empty.Content.ReadAsStringAsync());
        var reference = Reference();
        var made = await HoaNhapApp.PostFormAsync(pages, "/Inspections/Create", "/Inspections/Create", new()
        {
            ["Input.Kind"] = "PoliceInspection", ["Input.CommuneCode"] = "04792", ["Input.Reference"] = reference,
            ["Input.ConductedOn"] = Vn(Today), ["Input.Findings"] = "Chưa lập đủ hồ sơ.",
        });
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var url = made.Headers.Location!.OriginalString;
        var added = await HoaNhapApp.PostFormAsync(pages, url, url + "?handler=Remedy", new()
        {
            ["Remedy.Description"] = "Lập đủ hồ sơ", ["Remedy.ResponsibleUnit"] = "Công an xã", ["Remedy.DueOn"] = Vn(Today.AddDays(7)),
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var html = await pages.GetStringAsync(url);
        Assert.Contains("Lập đủ hồ sơ", html);
        Assert.Contains(reference, html);
        var notClosed = await HoaNhapApp.PostFormAsync(pages, url, url + "?handler=Close", new() { ["Close.On"] = Vn(Today) });
        Assert.Equal(HttpStatusCode.OK, notClosed.StatusCode);
        Assert.Contains("chưa hoàn thành", await notClosed.Content.ReadAsStringAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class InspectionsTests_Sqlite(SqliteApp app) : InspectionsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class InspectionsTests_Postgres(PostgresApp app) : InspectionsTests(app);
