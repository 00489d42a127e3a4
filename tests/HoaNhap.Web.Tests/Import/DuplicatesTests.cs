using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Features.People;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Import;

/// <summary>Probable duplicates already on the registry: listed for the officer's unit with score and reason, not for another province.</summary>
public abstract class DuplicatesTests(HoaNhapApp app)
{
    [SkippableFact]
    public async Task Two_records_of_one_name_and_birth_date_are_listed_with_score_and_reason_within_the_unit_only()
    {
        app.EnsureAvailable();
        var name = TestData.Unique("Đỗ Văn Trùng");
        var commune = HoaNhapApp.Units[Unit.A].Commune;
        var first = await app.CreatePersonAsync(Unit.A, name);
        Guid second;
        using (var scope = app.Services.CreateScope())
        {
            // Typed again without diacritics and in capitals, with another personal ID.
            var input = TestData.Person(Domain.Text.VietnameseText.Fold(name).ToUpperInvariant(), commune);
            var made = await PersonCommands.CreateAsync(app.NewDbContext(scope), await app.CurrentUserAsync(Roles.CommuneOfficer, Unit.A), input, null, CancellationToken.None);
            Assert.True(made.Succeeded);
            second = made.Value!.Id;
        }

        var api = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var list = await api.GetFromJsonAsync<JsonElement>($"/api/v1/people/duplicates?commune={commune}");
        var pair = Assert.Single(list.EnumerateArray(), d =>
            new[] { d.GetProperty("personId").GetGuid(), d.GetProperty("otherId").GetGuid() }.Order().SequenceEqual(new[] { first, second }.Order()));
        Assert.Equal(0.9, pair.GetProperty("score").GetDouble());
        Assert.Contains("Trùng họ tên và ngày sinh 15/06/1990", pair.GetProperty("reason").GetString());

        var other = await app.ApiAsync(Roles.ProvinceOfficer, Unit.B);
        var theirs = await other.GetFromJsonAsync<JsonElement>("/api/v1/people/duplicates");
        Assert.DoesNotContain(theirs.EnumerateArray(), d => d.GetProperty("personId").GetGuid() == first || d.GetProperty("otherId").GetGuid() == first);
        var court = await app.ApiAsync(Roles.CourtReader, Unit.A);
        Assert.Equal(HttpStatusCode.Forbidden, (await court.GetAsync("/api/v1/people/duplicates")).StatusCode);

        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var page = WebUtility.HtmlDecode(await pages.GetStringAsync("/People/Duplicates"));
        Assert.Contains($"/People/Details/{second}", page);
        Assert.Contains("Trùng họ tên và ngày sinh", page);
    }

    [SkippableFact]
    public async Task The_person_form_shows_a_likely_duplicate_with_a_link_before_saving_and_saves_once_confirmed()
    {
        app.EnsureAvailable();
        var name = TestData.Unique("Bùi Thị Hai Lần");
        var existing = await app.CreatePersonAsync(Unit.A, name);
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var fields = new Dictionary<string, string>
        {
            ["Input.FullName"] = name.ToUpperInvariant(), ["Input.DateOfBirth"] = "15/06/1990", ["Input.Gender"] = "Female",
            ["Input.CommuneCode"] = HoaNhapApp.Units[Unit.A].Commune, ["Input.Address"] = "Tổ 8",
        };

        var warned = await HoaNhapApp.PostFormAsync(pages, "/People/Create", "/People/Create", fields);
        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        var html = WebUtility.HtmlDecode(await warned.Content.ReadAsStringAsync());
        Assert.Contains("Người này có thể đã có trong sổ", html);
        Assert.Contains($"/People/Details/{existing}", html);
        Assert.Contains("Trùng họ tên và ngày sinh 15/06/1990", html);

        fields["NotADuplicate"] = "true";
        var saved = await HoaNhapApp.PostFormAsync(pages, "/People/Create", "/People/Create", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("/People/Details/", saved.Headers.Location!.ToString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DuplicatesTests_Sqlite(SqliteApp app) : DuplicatesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DuplicatesTests_Postgres(PostgresApp app) : DuplicatesTests(app);
