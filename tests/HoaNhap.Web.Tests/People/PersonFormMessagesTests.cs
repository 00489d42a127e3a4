using System.Net;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Tests.People;

/// <summary>The person form speaks naturally: "Hãy chọn giới tính" when none was chosen, optional fields marked "(nếu có)",
/// and a personal ID number already on file links to the person who has it.</summary>
public abstract class PersonFormMessagesTests(HoaNhapApp app)
{
    static Dictionary<string, string> Fields(string name, string? gender, string personalId) => new()
    {
        ["Input.FullName"] = name, ["Input.DateOfBirth"] = "15/06/1990", ["Input.Gender"] = gender ?? "",
        ["Input.PersonalIdNumber"] = personalId, ["Input.CommuneCode"] = "04792", ["Input.Address"] = "Tổ 3",
    };

    [SkippableFact]
    public async Task No_gender_chosen_asks_to_choose_one_and_optional_fields_say_nếu_có()
    {
        app.EnsureAvailable();
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var form = await pages.GetStringAsync("/People/Create");
        Assert.Contains("Số định danh cá nhân (nếu có)", form);
        Assert.Contains("Số điện thoại (nếu có)", form);
        Assert.Contains("Ảnh chân dung (nếu có)", form);

        var response = await HoaNhapApp.PostFormAsync(pages, "/People/Create", "/People/Create", Fields(TestData.Unique("Chưa Chọn Giới"), null, ""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Hãy chọn giới tính.", html);
        Assert.DoesNotContain("Giới tính phải là Nam hoặc Nữ.", html);
    }

    [SkippableFact]
    public async Task A_personal_id_already_on_file_links_to_the_person_who_has_it()
    {
        app.EnsureAvailable();
        var name = TestData.Unique("Đã Có Số");
        var existing = await app.CreatePersonAsync(Unit.A, name);
        var id = await app.WithDbAsync(db => db.People.Where(p => p.Id == existing).Select(p => p.PersonalIdNumber).SingleAsync());
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var response = await HoaNhapApp.PostFormAsync(pages, "/People/Create", "/People/Create", Fields(TestData.Unique("Người Mới"), "Male", id!));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"duplicate-person\"", html);
        Assert.Contains($"<a href=\"/People/Details/{existing}\" data-testid=\"duplicate-person-link\">{name}</a>", WebUtility.HtmlDecode(html));

        // An officer of another commune is told the number is taken, without the name of someone outside their unit.
        var other = await app.PagesAsync(Roles.CommuneOfficer, Unit.B);
        var fields = Fields(TestData.Unique("Người Khác"), "Male", id!);
        fields["Input.CommuneCode"] = "00004";
        html = await (await HoaNhapApp.PostFormAsync(other, "/People/Create", "/People/Create", fields)).Content.ReadAsStringAsync();
        Assert.Contains("Số định danh cá nhân này đã được ghi nhận cho một người khác", html);
        Assert.DoesNotContain("data-testid=\"duplicate-person\"", html);
        Assert.DoesNotContain(existing.ToString(), html);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PersonFormMessagesTests_Sqlite(SqliteApp app) : PersonFormMessagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PersonFormMessagesTests_Postgres(PostgresApp app) : PersonFormMessagesTests(app);
