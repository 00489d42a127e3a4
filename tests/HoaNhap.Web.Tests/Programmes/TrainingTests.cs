using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Features.Dashboard;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;

namespace HoaNhap.Web.Tests.Programmes;

/// <summary>The training register feeds "communes trained" on the dashboard; refusals store nothing.</summary>
public abstract class TrainingTests(HoaNhapApp app)
{
    static async Task<JsonElement> CommuneTrainedAsync(HttpClient api, string query = "")
    {
        using var json = JsonDocument.Parse(await api.GetStringAsync("/api/v1/dashboard" + query));
        return json.RootElement.GetProperty("total").EnumerateArray().Single(f => f.GetProperty("key").GetString() == Indicators.CommunesTrained).Clone();
    }

    [SkippableFact]
    public async Task A_training_session_counts_the_commune_as_trained()
    {
        app.EnsureAvailable();
        var province = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var before = await CommuneTrainedAsync(province, "?commune=04795");
        Assert.Equal(1, before.GetProperty("denominator").GetInt64());

        var today = Display.Date(app.Today.AddDays(-1));
        var created = await province.PostAsJsonAsync("/api/v1/programmes/training-sessions", new
        {
            communeCode = "04795", heldOn = today, organiser = "Công an tỉnh Phú Thọ", topic = "Thi hành án hình sự tại cộng đồng",
            unitsTrained = "Công an xã, UBND xã", peopleTrained = 25,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var after = await CommuneTrainedAsync(province, "?commune=04795");
        Assert.Equal(1, after.GetProperty("numerator").GetInt64());
        Assert.Equal("100 %", after.GetProperty("text").GetString());
        Assert.True(after.GetProperty("meetsTarget").GetBoolean());

        var html = await (await app.PagesAsync(Roles.ProvinceOfficer, Unit.A)).GetStringAsync("/Programmes/Training");
        Assert.Contains("data-commune=\"04795\"", html);
        // The commune officer of A sees only the commune's own sessions.
        var commune = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        using var list = JsonDocument.Parse(await commune.GetStringAsync("/api/v1/programmes/training-sessions"));
        Assert.All(list.RootElement.EnumerateArray(), t => Assert.Equal("04792", t.GetProperty("communeCode").GetString()));
    }

    [SkippableFact]
    public async Task Invalid_or_future_sessions_and_other_provinces_are_refused()
    {
        app.EnsureAvailable();
        var province = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var count = (await province.GetFromJsonAsync<JsonElement>("/api/v1/programmes/training-sessions")).GetArrayLength();
        var tomorrow = Display.Date(app.Today.AddDays(1));
        var future = await province.PostAsJsonAsync("/api/v1/programmes/training-sessions", new { communeCode = "04792", heldOn = tomorrow, organiser = "X", topic = "Y", peopleTrained = 3 });
        Assert.Equal((HttpStatusCode)422, future.StatusCode);
        var otherProvince = await province.PostAsJsonAsync("/api/v1/programmes/training-sessions", new { communeCode = "00004", heldOn = "01/11/2026", organiser = "X", topic = "Y", peopleTrained = 3 });
        Assert.Equal(HttpStatusCode.BadRequest, otherProvince.StatusCode);
        Assert.Contains("communeCode", await otherProvince.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await province.PostAsJsonAsync("/api/v1/programmes/training-sessions", new { communeCode = "04792", heldOn = "01/11/2026", organiser = "X", topic = "Y", peopleTrained = 0 })).StatusCode);
        Assert.Equal(count, (await province.GetFromJsonAsync<JsonElement>("/api/v1/programmes/training-sessions")).GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.Supervisor, Unit.A)).GetAsync("/api/v1/programmes/training-sessions")).StatusCode);

        // The page form shows the errors beside the fields.
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var response = await HoaNhapApp.PostFormAsync(pages, "/Programmes/TrainingCreate", "/Programmes/TrainingCreate", new() { ["Input.HeldOn"] = "01/11/2026" });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Hãy nhập nội dung tập huấn", html);
        Assert.Contains("Hãy nhập số người được tập huấn", html);
    }

    [SkippableFact]
    public async Task Awareness_activities_are_recorded_with_their_channel_and_refused_when_invalid()
    {
        app.EnsureAvailable();
        var commune = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var created = await commune.PostAsJsonAsync("/api/v1/programmes/awareness-activities", new
        {
            heldOn = Display.Date(app.Today.AddDays(-2)), channel = "SocialMedia", audience = "Nhân dân tổ dân phố 3", reached = 1200, materials = "Video ngắn",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var list = JsonDocument.Parse(await commune.GetStringAsync("/api/v1/programmes/awareness-activities"));
        Assert.Contains(list.RootElement.EnumerateArray(), a => a.GetProperty("channel").GetString() == "SocialMedia" && a.GetProperty("communeCode").GetString() == "04792");
        var html = await (await app.PagesAsync(Roles.CommuneLeader, Unit.A)).GetStringAsync("/Programmes/Awareness");
        Assert.Contains("Mạng xã hội", html);
        Assert.Equal((HttpStatusCode)422, (await commune.PostAsJsonAsync("/api/v1/programmes/awareness-activities",
            new { heldOn = Display.Date(app.Today.AddDays(3)), channel = "Meeting", audience = "X", reached = 1 })).StatusCode);
        var invalid = await commune.PostAsJsonAsync("/api/v1/programmes/awareness-activities", new { heldOn = "01/11/2026", channel = "Radio", reached = -1 });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var text = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("channel", text);
        Assert.Contains("audience", text);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await (await app.ApiAsync(Roles.BankOfficer, Unit.A)).GetAsync("/api/v1/programmes/awareness-activities")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TrainingTests_Sqlite(SqliteApp app) : TrainingTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TrainingTests_Postgres(PostgresApp app) : TrainingTests(app);
