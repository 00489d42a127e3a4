using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Features.People;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Import;

/// <summary>
/// Probable duplicates already on the registry: listed for the officer's unit with score and reason, not for another province;
/// warned of before saving a person by the form, and before committing an import by its preview (registry and file).
/// </summary>
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

    [SkippableFact]
    public async Task The_import_preview_shows_likely_duplicates_in_the_registry_with_a_link_and_within_the_file_before_committing()
    {
        app.EnsureAvailable();
        var name = TestData.Unique("Hoàng Văn Nhập Trùng");
        var existing = await app.CreatePersonAsync(Unit.A, name);
        var twice = TestData.Unique("Vũ Thị Hai Dòng");
        var released = app.Today.AddMonths(-2).ToString("dd/MM/yyyy");
        // Row 1: the registry's person typed without diacritics and in capitals; rows 2 and 3: one person written twice.
        var csv = "Họ và tên;Ngày sinh;Giới tính;Nơi cư trú;Ngày ra trại\r\n"
            + $"{Domain.Text.VietnameseText.Fold(name).ToUpperInvariant()};15/06/1990;Nam;Tổ 3, Phường Tân Hòa;{released}\r\n"
            + $"{twice};1985;Nữ;Tổ 4, Phường Tân Hòa;{released}\r\n"
            + $"{twice};1985;Nữ;Tổ 9, Phường Tân Hòa;{released}\r\n";
        var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "so-chxapt.csv" },
            { new StringContent("Returnees"), "kind" },
            { new StringContent(HoaNhapApp.Units[Unit.A].Commune), "unitCode" },
        };
        var upload = await api.PostAsync("/api/v1/imports", form);
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var id = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var preview = await api.GetFromJsonAsync<JsonElement>($"/api/v1/imports/{id}");
        // Warnings, not problems: every row may still be written.
        Assert.Equal(3, preview.GetProperty("valid").GetInt32());
        var duplicates = preview.GetProperty("duplicates").EnumerateArray().ToList();
        var registry = Assert.Single(duplicates, d => d.GetProperty("row").GetInt32() == 1);
        Assert.Equal(existing, registry.GetProperty("personId").GetGuid());
        Assert.Equal(name, registry.GetProperty("fullName").GetString());
        Assert.Equal(0.9, registry.GetProperty("score").GetDouble());
        Assert.Contains("Trùng họ tên và ngày sinh 15/06/1990", registry.GetProperty("reason").GetString());
        var inFile = Assert.Single(duplicates, d => d.GetProperty("row").GetInt32() == 2);
        Assert.Equal(JsonValueKind.Null, inFile.GetProperty("personId").ValueKind);
        Assert.Equal(3, inFile.GetProperty("otherRow").GetInt32());
        Assert.Equal(0.7, inFile.GetProperty("score").GetDouble());
        Assert.Contains("Trùng họ tên, năm sinh 1985", inFile.GetProperty("reason").GetString());
        Assert.Equal(2, Assert.Single(duplicates, d => d.GetProperty("row").GetInt32() == 3).GetProperty("otherRow").GetInt32());

        // The officer sees them on the preview page, with a link to the existing person's file.
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var page = WebUtility.HtmlDecode(await pages.GetStringAsync($"/Import/Details/{id}"));
        Assert.Contains("3 dòng có thể là người đã có trong sổ", page);
        Assert.Contains($"/People/Details/{existing}", page);
        Assert.Contains("dòng 3 của tệp", page);

        // Written anyway, the pair is then on the registry's list of probable duplicates, to be merged.
        (await api.PostAsJsonAsync($"/api/v1/imports/{id}/commit", new { skipBadRows = false })).EnsureSuccessStatusCode();
        var done = await api.GetFromJsonAsync<JsonElement>($"/api/v1/imports/{id}");
        for (var i = 0; i < 300 && done.GetProperty("status").GetString() is "Committing"; i++)
        {
            await Task.Delay(100);
            done = await api.GetFromJsonAsync<JsonElement>($"/api/v1/imports/{id}");
        }
        Assert.Equal("Done", done.GetProperty("status").GetString());
        Assert.Empty(done.GetProperty("duplicates").EnumerateArray());
        var listed = await api.GetFromJsonAsync<JsonElement>($"/api/v1/people/duplicates?commune={HoaNhapApp.Units[Unit.A].Commune}");
        Assert.Contains(listed.EnumerateArray(), d => d.GetProperty("personId").GetGuid() == existing || d.GetProperty("otherId").GetGuid() == existing);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DuplicatesTests_Sqlite(SqliteApp app) : DuplicatesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DuplicatesTests_Postgres(PostgresApp app) : DuplicatesTests(app);
