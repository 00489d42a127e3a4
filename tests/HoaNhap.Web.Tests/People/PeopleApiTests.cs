using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.People;

public abstract class PeopleApiTests(HoaNhapApp app)
{
    protected HoaNhapApp App { get; } = app;

    [SkippableFact]
    public async Task Officer_creates_a_person_and_reads_it_back()
    {
        App.EnsureAvailable();
        var api = await App.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var name = TestData.Unique("Phạm Văn Tạo");
        var response = await api.PostAsJsonAsync("/api/v1/people", TestData.PersonJson(name, "04792"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();
        Assert.Equal($"/api/v1/people/{id}", response.Headers.Location?.OriginalString);

        var read = await api.GetFromJsonAsync<JsonElement>($"/api/v1/people/{id}");
        Assert.Equal(name, read.GetProperty("fullName").GetString());
        Assert.Equal("1990-06-15", read.GetProperty("dateOfBirth").GetString());
        Assert.Equal("25", read.GetProperty("provinceCode").GetString());
        Assert.Equal("04792", read.GetProperty("communeCode").GetString());
    }

    [SkippableFact]
    public async Task Year_only_birth_date_is_kept_as_a_year()
    {
        App.EnsureAvailable();
        var api = await App.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var response = await api.PostAsJsonAsync("/api/v1/people", TestData.PersonJson(TestData.Unique("Lò Văn Năm"), "04792", dateOfBirth: "1990"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("1990", created.GetProperty("dateOfBirth").GetString());
    }

    [SkippableTheory]
    [InlineData("nguyen van an")]
    [InlineData("NGUYEN VAN AN")]
    [InlineData("Nguyễn Văn Ân")]
    [InlineData("van an")]
    public async Task Search_ignores_diacritics_and_case(string query)
    {
        App.EnsureAvailable();
        var api = await App.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var tag = TestData.Unique("Hà");
        var name = $"Nguyễn Văn Ân {tag}";
        (await api.PostAsJsonAsync("/api/v1/people", TestData.PersonJson(name, "04792"))).EnsureSuccessStatusCode();

        var found = await api.GetFromJsonAsync<JsonElement>($"/api/v1/people?q={Uri.EscapeDataString(query + " " + Fold(tag))}");
        Assert.Contains(found.GetProperty("items").EnumerateArray(), i => i.GetProperty("fullName").GetString() == name);
    }

    static string Fold(string s) => HoaNhap.Domain.Text.VietnameseText.Fold(s);

    [SkippableFact]
    public async Task D_without_stroke_finds_Đ()
    {
        App.EnsureAvailable();
        var api = await App.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var name = TestData.Unique("Đặng Đình Đức");
        (await api.PostAsJsonAsync("/api/v1/people", TestData.PersonJson(name, "04792"))).EnsureSuccessStatusCode();
        var found = await api.GetFromJsonAsync<JsonElement>($"/api/v1/people?q={Uri.EscapeDataString(Fold(name).ToUpperInvariant())}");
        Assert.Equal(1, found.GetProperty("total").GetInt32());
        Assert.Equal(name, found.GetProperty("items")[0].GetProperty("fullName").GetString());
    }

    [SkippableFact]
    public async Task Search_by_personal_id_number_and_by_judgment_number()
    {
        App.EnsureAvailable();
        var api = await App.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var personalId = TestData.NewPersonalId();
        var created = await (await api.PostAsJsonAsync("/api/v1/people", TestData.PersonJson(TestData.Unique("Vũ Văn Số"), "04792", personalId)))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();
        var byId = await api.GetFromJsonAsync<JsonElement>($"/api/v1/people?q={personalId}");
        Assert.Equal(id, byId.GetProperty("items")[0].GetProperty("id").GetString());

        var number = $"{Random.Shared.Next(100, 999)}/2025/HS-ST";
        var judgment = await api.PostAsJsonAsync($"/api/v1/people/{id}/judgments", new
        {
            number, court = "Tòa án nhân dân khu vực 1 - Phú Thọ", judgmentDate = "2025-03-10", effectiveOn = "2025-04-10",
            offences = new[] { "Điều 173" }, mainPenalty = "SuspendedSentence", termMonths = 12, probationMonths = 24,
        });
        Assert.Equal(HttpStatusCode.Created, judgment.StatusCode);
        var byNumber = await api.GetFromJsonAsync<JsonElement>($"/api/v1/people?q={Uri.EscapeDataString(number.ToLowerInvariant())}");
        Assert.Contains(byNumber.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == id);
    }

    [SkippableFact]
    public async Task List_pages_twenty_at_a_time()
    {
        App.EnsureAvailable();
        var api = await App.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var family = TestData.Unique("Trang");
        for (var i = 0; i < 23; i++)
            (await api.PostAsJsonAsync("/api/v1/people", TestData.PersonJson($"{family} Người {(char)('A' + i)}", "04792"))).EnsureSuccessStatusCode();
        var q = Uri.EscapeDataString(Fold(family));
        var first = await api.GetFromJsonAsync<JsonElement>($"/api/v1/people?q={q}&page=1");
        var second = await api.GetFromJsonAsync<JsonElement>($"/api/v1/people?q={q}&page=2");
        Assert.Equal(23, first.GetProperty("total").GetInt32());
        Assert.Equal(20, first.GetProperty("items").GetArrayLength());
        Assert.Equal(3, second.GetProperty("items").GetArrayLength());
    }

    [SkippableFact]
    public async Task Officer_of_another_commune_gets_not_found()
    {
        App.EnsureAvailable();
        var api = await App.ApiAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/people/{App.PersonB}")).StatusCode);
        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/people?q=" + Uri.EscapeDataString("Trần Thị Khác"));
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [SkippableFact]
    public async Task Second_of_two_concurrent_edits_gets_a_conflict_naming_the_other_change()
    {
        App.EnsureAvailable();
        var first = await App.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var second = await App.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var created = await (await first.PostAsJsonAsync("/api/v1/people", TestData.PersonJson(TestData.Unique("Hoàng Văn Sửa"), "04792")))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();
        var version = created.GetProperty("version").GetInt64();
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(created.GetRawText())!;

        body["phone"] = "0911111111";
        body["version"] = version;
        var ok = await first.PutAsJsonAsync($"/api/v1/people/{id}", body);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        body["phone"] = "0922222222";
        var conflict = await second.PutAsJsonAsync($"/api/v1/people/{id}", body);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var problem = await conflict.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HoaNhapApp.UserName(Roles.CommuneOfficer, Unit.A), problem.GetProperty("updatedBy").GetString());
        Assert.Equal("0911111111", problem.GetProperty("changes").GetProperty("phone").GetProperty("theirs").GetString());
        Assert.Equal("0922222222", problem.GetProperty("changes").GetProperty("phone").GetProperty("yours").GetString());

        var now = await first.GetFromJsonAsync<JsonElement>($"/api/v1/people/{id}");
        Assert.Equal("0911111111", now.GetProperty("phone").GetString());
    }

    [SkippableFact]
    public async Task Moving_a_person_to_another_commune_moves_their_rows_and_their_scope()
    {
        App.EnsureAvailable();
        var province = await App.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var created = await (await province.PostAsJsonAsync("/api/v1/people", TestData.PersonJson(TestData.Unique("Bùi Văn Chuyển"), "04792")))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(created.GetRawText())!;
        body["communeCode"] = "04795";
        Assert.Equal(HttpStatusCode.OK, (await province.PutAsJsonAsync($"/api/v1/people/{id}", body)).StatusCode);

        var oldCommune = await App.ApiAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Equal(HttpStatusCode.NotFound, (await oldCommune.GetAsync($"/api/v1/people/{id}")).StatusCode);
        using var scope = App.Services.CreateScope();
        var person = await App.NewDbContext(scope).People.AsNoTracking().FirstAsync(p => p.Id == Guid.Parse(id!));
        Assert.Equal("04795", person.CommuneCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PeopleApiTests_Sqlite(SqliteApp app) : PeopleApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PeopleApiTests_Postgres(PostgresApp app) : PeopleApiTests(app);
