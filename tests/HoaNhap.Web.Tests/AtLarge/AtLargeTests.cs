using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Tests.Infrastructure;

namespace HoaNhap.Web.Tests.AtLarge;

/// <summary>
/// Issue 19, part 4: people sentenced to prison who are still at large (not yet serving, deferred, suspended, absconded before serving)
/// are recorded with their status and listed for the province, filtered by status and commune; another commune gets 404.
/// </summary>
public abstract class AtLargeTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;
    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    static string Vn(DateOnly d) => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
    static string Commune => HoaNhapApp.Units[Unit.A].Commune;

    static async Task<JsonElement> JsonAsync(HttpResponseMessage r, HttpStatusCode expected)
    {
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(expected == r.StatusCode, $"{(int)r.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    async Task<(Guid Person, Guid Judgment)> PrisonJudgmentAsync(HttpClient officer, string name, string penalty = "Imprisonment")
    {
        var person = await app.CreatePersonAsync(Unit.A, TestData.Unique(name));
        var j = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/people/{person}/judgments", new
        {
            number = $"{Random.Shared.Next(100, 999)}/2026/HS-ST", court = "Tòa án nhân dân khu vực 1 - Phú Thọ", judgmentDate = Iso(Today.AddDays(-60)),
            effectiveOn = Iso(Today.AddDays(-30)), offences = new[] { "Điều 173" }, mainPenalty = penalty, termMonths = 30,
            probationMonths = penalty == "SuspendedSentence" ? 36 : (int?)null,
        }), HttpStatusCode.Created);
        return (person, j.GetProperty("id").GetGuid());
    }

    static async Task<List<JsonElement>> ListAsync(HttpClient client, string query = "") =>
        (await JsonAsync(await client.GetAsync("/api/v1/at-large" + query), HttpStatusCode.OK)).EnumerateArray().ToList();

    [SkippableFact]
    public async Task A_prison_sentence_not_yet_served_is_recorded_listed_for_the_province_and_its_status_moves_until_serving()
    {
        app.EnsureAvailable();
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var (person, judgment) = await PrisonJudgmentAsync(officer, "Hoàng Văn Hoãn");

        var bad = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/judgments/{judgment}/at-large", new { status = "Away", since = "32/13/2026" }),
            HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("status", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("since", out _));
        var created = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/judgments/{judgment}/at-large",
            new { status = "Deferred", since = Iso(Today.AddDays(-20)), note = "Quyết định hoãn số 3/2026/QĐ-CA: con dưới 36 tháng tuổi" }), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(person, created.GetProperty("personId").GetGuid());
        Assert.Equal(Commune, created.GetProperty("communeCode").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PostAsJsonAsync($"/api/v1/judgments/{judgment}/at-large",
            new { status = "NotYetServing", since = Iso(Today) })).StatusCode);   // one record per judgment

        // The province police see it, filtered by status and commune; another commune and other roles do not.
        var province = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        Assert.Contains(await ListAsync(province, $"?status=Deferred&commune={Commune}"), r => r.GetProperty("id").GetGuid() == id);
        Assert.DoesNotContain(await ListAsync(province, "?status=Absconded"), r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.BadRequest, (await province.GetAsync("/api/v1/at-large?commune=00004")).StatusCode);
        var other = await app.ApiAsync(Roles.CommuneOfficer, Unit.B);
        Assert.DoesNotContain(await ListAsync(other), r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/at-large/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/at-large/{id}/status", new { status = "Absconded", since = Iso(Today) })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/judgments/{judgment}/at-large", new { status = "Absconded", since = Iso(Today) })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.Supervisor, Unit.A)).GetAsync("/api/v1/at-large")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.CommuneLeader, Unit.A)).PostAsJsonAsync($"/api/v1/at-large/{id}/status",
            new { status = "Absconded", since = Iso(Today) })).StatusCode);

        // Absconded, then serving: the record leaves the default list and cannot move again.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PostAsJsonAsync($"/api/v1/at-large/{id}/status",
            new { status = "Absconded", since = Iso(Today.AddDays(-25)) })).StatusCode);
        var fled = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/at-large/{id}/status",
            new { status = "Absconded", since = Iso(Today.AddDays(-2)), note = "Hết thời hạn hoãn không có mặt" }), HttpStatusCode.OK);
        Assert.Equal("Absconded", fled.GetProperty("status").GetString());
        Assert.Contains(await ListAsync(province, "?status=Absconded"), r => r.GetProperty("id").GetGuid() == id);
        await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/at-large/{id}/status", new { status = "Serving", since = Iso(Today) }), HttpStatusCode.OK);
        Assert.DoesNotContain(await ListAsync(province), r => r.GetProperty("id").GetGuid() == id);
        Assert.Contains(await ListAsync(province, "?status=All"), r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PostAsJsonAsync($"/api/v1/at-large/{id}/status",
            new { status = "Absconded", since = Iso(Today) })).StatusCode);
    }

    [SkippableFact]
    public async Task Only_a_prison_judgment_is_recorded_and_the_pages_record_and_list_without_javascript()
    {
        app.EnsureAvailable();
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var (_, suspended) = await PrisonJudgmentAsync(officer, "Lý Văn Treo", "SuspendedSentence");
        var refused = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/judgments/{suspended}/at-large",
            new { status = "NotYetServing", since = Iso(Today) }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("phạt tù", refused.GetProperty("errors").GetProperty("status")[0].GetString());

        var (person, judgment) = await PrisonJudgmentAsync(officer, "Đinh Văn Trốn");
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Contains($"/AtLarge/Record/{judgment}", await pages.GetStringAsync($"/People/Details/{person}"));
        var posted = await HoaNhapApp.PostFormAsync(pages, $"/AtLarge/Record/{judgment}", $"/AtLarge/Record/{judgment}",
            new() { ["Input.Status"] = "NotYetServing", ["Input.Since"] = Vn(Today.AddDays(-3)), ["Input.Note"] = "Tại ngoại, chưa có mặt" });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var record = posted.Headers.Location!.OriginalString;
        Assert.StartsWith("/AtLarge/", record);

        var province = await app.PagesAsync(Roles.ProvinceOfficer, Unit.A);
        var list = await province.GetStringAsync($"/AtLarge?status=NotYetServing&commune={Commune}");
        Assert.Contains($"href=\"{record}\"", list);
        Assert.Contains("data-status=\"NotYetServing\"", list);
        Assert.DoesNotContain($"href=\"{record}\"", await province.GetStringAsync("/AtLarge?status=Deferred"));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.PagesAsync(Roles.CommuneOfficer, Unit.B)).GetAsync(record)).StatusCode);

        var changed = await HoaNhapApp.PostFormAsync(pages, record, record,
            new() { ["Input.Status"] = "Absconded", ["Input.Since"] = Vn(Today), ["Input.Note"] = "Bỏ trốn" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("data-status=\"Absconded\"", await pages.GetStringAsync(record));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AtLargeTests_Sqlite(SqliteApp app) : AtLargeTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AtLargeTests_Postgres(PostgresApp app) : AtLargeTests(app);
