using System.Net;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.People;

/// <summary>The people pages as a browser without JavaScript uses them: plain forms and links.</summary>
public abstract class PeoplePagesTests(HoaNhapApp app)
{
    static Dictionary<string, string> Form(string name, string personalId, string phone = "0912000111") => new()
    {
        ["Input.FullName"] = name, ["Input.DateOfBirth"] = "15/06/1990", ["Input.Gender"] = "Male",
        ["Input.PersonalIdNumber"] = personalId, ["Input.CommuneCode"] = "04792", ["Input.Address"] = "Tổ 4", ["Input.Phone"] = phone,
    };

    [SkippableFact]
    public async Task Creating_a_person_on_the_page_opens_their_file_with_a_timeline()
    {
        app.EnsureAvailable();
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var name = TestData.Unique("Đỗ Thị Mai");
        var response = await HoaNhapApp.PostFormAsync(pages, "/People/Create", "/People/Create", Form(name, TestData.NewPersonalId()));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/People/Details/", details);

        var html = await pages.GetStringAsync(details);
        Assert.Contains($"<h1 data-testid=\"person-name\">{name}</h1>", html);
        Assert.Contains("Tạo mới thông tin cá nhân", html);
        Assert.Contains("bởi " + HoaNhapApp.UserName(Roles.CommuneOfficer, Unit.A), html);
        Assert.Contains("15/06/1990", html);
    }

    [SkippableFact]
    public async Task The_person_page_reads_the_person_once_and_the_unit_names_from_memory()
    {
        app.EnsureAvailable();
        var id = await app.CreatePersonAsync(Unit.A, TestData.Unique("Lạc Thị Hồng"));
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync($"/People/Details/{id}")).StatusCode);
        using var counter = new CommandCounter(app);
        var html = await pages.GetStringAsync($"/People/Details/{id}");
        Assert.Contains("Phường", html);
        // The person was read for the page and again for its audit entry, and the commune and province names were
        // read from the units table on every view. Now the audit takes the place from the tracked person.
        Assert.True(counter.Count <= 10, $"{counter.Count} commands (13 before, 10 after):\n{counter}");
    }

    [SkippableFact]
    public async Task A_page_kept_for_offline_use_in_the_background_leaves_the_confirmation_for_the_page_the_user_opens()
    {
        app.EnsureAvailable();
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var response = await HoaNhapApp.PostFormAsync(pages, "/People/Create", "/People/Create", Form(TestData.Unique("Mạc Văn Báo"), TestData.NewPersonalId()));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // offline.js fetches the home page to keep it on the phone, marked as such, while the user goes on to the next page.
        using (var keep = new HttpRequestMessage(HttpMethod.Get, "/"))
        {
            keep.Headers.Add("X-HoaNhap-Offline", "keep");
            var kept = await (await pages.SendAsync(keep)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("data-testid=\"flash\"", kept);
        }
        var opened = await pages.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("data-testid=\"flash\"", opened);
        Assert.Contains("vào sổ quản lý", opened);
    }

    [SkippableFact]
    public async Task Searching_without_diacritics_on_the_list_page_finds_the_person()
    {
        app.EnsureAvailable();
        var name = TestData.Unique("Phùng Thị Ngọc Ánh");
        var id = await app.CreatePersonAsync(Unit.A, name);
        var pages = await app.PagesAsync(Roles.CommuneLeader, Unit.A);
        var html = await pages.GetStringAsync("/People?q=" + Uri.EscapeDataString(HoaNhap.Domain.Text.VietnameseText.Fold(name)));
        Assert.Contains($"href=\"/People/Details/{id}\"", html);
        Assert.Contains("Tìm thấy 1 người.", html);
    }

    [SkippableFact]
    public async Task Second_officer_saving_a_stale_form_sees_the_other_change_and_nothing_is_overwritten()
    {
        app.EnsureAvailable();
        var name = TestData.Unique("Quách Văn Đồng");
        var id = await app.CreatePersonAsync(Unit.A, name);
        var first = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var second = await app.PagesAsync(Roles.ProvinceOfficer, Unit.A);
        using (var scope = app.Services.CreateScope())
        {
            var p = await app.NewDbContext(scope).People.AsNoTracking().FirstAsync(x => x.Id == id);
            var firstForm = Form(name, p.PersonalIdNumber!, "0933000001");
            firstForm["Input.Version"] = p.Version.ToString();
            var secondForm = Form(name, p.PersonalIdNumber!, "0944000002");
            secondForm["Input.Version"] = p.Version.ToString();

            var ok = await HoaNhapApp.PostFormAsync(first, $"/People/Edit/{id}", $"/People/Edit/{id}", firstForm);
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
            var stale = await HoaNhapApp.PostFormAsync(second, $"/People/Edit/{id}", $"/People/Edit/{id}", secondForm);
            Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
            var html = await stale.Content.ReadAsStringAsync();
            Assert.Contains("data-testid=\"conflict\"", html);
            Assert.Contains(HoaNhapApp.UserName(Roles.CommuneOfficer, Unit.A), html);
            Assert.Contains("<td>Số điện thoại</td><td>0933000001</td><td>0944000002</td>", html);
        }
        using var check = app.Services.CreateScope();
        Assert.Equal("0933000001", (await app.NewDbContext(check).People.AsNoTracking().FirstAsync(x => x.Id == id)).Phone);
    }

    [SkippableFact]
    public async Task A_supervisor_sees_only_the_people_assigned_to_them()
    {
        app.EnsureAvailable();
        var name = TestData.Unique("Hà Văn Riêng");
        var unassigned = await app.CreatePersonAsync(Unit.A, name);
        var pages = await app.PagesAsync(Roles.Supervisor, Unit.A);
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync($"/People/Details/{app.PersonA}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync($"/People/Details/{unassigned}")).StatusCode);
        // Searched by name: the shared test supervisor has more people than one page holds.
        var mine = await pages.GetStringAsync("/People?q=" + Uri.EscapeDataString("Nguyễn Văn Thử"));
        Assert.Contains($"/People/Details/{app.PersonA}", mine);
        var notMine = await pages.GetStringAsync("/People?q=" + Uri.EscapeDataString(name));
        Assert.DoesNotContain($"/People/Details/{unassigned}", notMine);
    }

    [SkippableFact]
    public async Task Judgment_case_and_status_change_appear_on_the_timeline()
    {
        app.EnsureAvailable();
        var id = await app.CreatePersonAsync(Unit.A, TestData.Unique("Lương Văn Án"));
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var judgment = await HoaNhapApp.PostFormAsync(pages, $"/Judgments/Create/{id}", $"/Judgments/Create/{id}", new()
        {
            ["Input.Number"] = "77/2025/HS-ST", ["Input.Court"] = "Tòa án nhân dân khu vực 1 - Phú Thọ",
            ["Input.JudgmentDate"] = "10/03/2025", ["Input.EffectiveOn"] = "10/04/2025", ["Input.Offences"] = "Điều 173; Điều 134 khoản 1",
            ["Input.MainPenalty"] = "SuspendedSentence", ["Input.TermMonths"] = "12", ["Input.ProbationMonths"] = "24", ["Input.CourtFee"] = "200000",
        });
        Assert.Equal(HttpStatusCode.Redirect, judgment.StatusCode);
        var opened = await HoaNhapApp.PostFormAsync(pages, $"/Cases/Create/{id}", $"/Cases/Create/{id}", new()
        {
            ["Input.Kind"] = "SuspendedSentence", ["Input.StartsOn"] = "10/03/2025", ["Input.TermMonths"] = "24", ["Input.ExpectedEndOn"] = "09/03/2027",
            ["Input.DecisionNumber"] = "12/2025/QĐ-CA", ["Input.DecisionDate"] = "03/03/2025", ["Input.DecisionReceivedOn"] = "05/03/2025",
        });
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Guid caseId;
        long version;
        using (var scope = app.Services.CreateScope())
        {
            var c = await app.NewDbContext(scope).Cases.AsNoTracking().FirstAsync(x => x.PersonId == id);
            (caseId, version) = (c.Id, c.Version);
            Assert.Equal("LTHAHS 2019", c.LegalBasisVersion);
        }
        var moved = await HoaNhapApp.PostFormAsync(pages, $"/Cases/Status/{caseId}", $"/Cases/Status/{caseId}", new()
        {
            ["Input.Status"] = "Active", ["Input.On"] = "20/04/2025", ["Input.Version"] = version.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        var html = await pages.GetStringAsync($"/People/Details/{id}");
        Assert.Contains("Tuyên án: bản án số 77/2025/HS-ST", html);
        Assert.Contains("Điều 173; Điều 134 khoản 1", html);
        Assert.Contains("Án phí", html);
        Assert.Contains("Bắt đầu: Án treo", html);
        Assert.Contains("Dự kiến kết thúc: Án treo", html);
        Assert.Contains("Đang chấp hành / quản lý", html);
        Assert.Contains("Sửa hồ sơ chấp hành / quản lý", html);
    }

    [SkippableFact]
    public async Task A_status_change_the_law_does_not_allow_is_refused_with_the_reason()
    {
        app.EnsureAvailable();
        var id = await app.CreatePersonAsync(Unit.A, TestData.Unique("Mai Văn Trạng"));
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        await HoaNhapApp.PostFormAsync(pages, $"/Cases/Create/{id}", $"/Cases/Create/{id}", new()
        {
            ["Input.Kind"] = "Reintegration", ["Input.ReleaseKind"] = "SentenceCompleted", ["Input.StartsOn"] = "01/02/2025",
        });
        using var scope = app.Services.CreateScope();
        var c = await app.NewDbContext(scope).Cases.AsNoTracking().FirstAsync(x => x.PersonId == id);
        var refused = await HoaNhapApp.PostFormAsync(pages, $"/Cases/Status/{c.Id}", $"/Cases/Status/{c.Id}", new()
        {
            ["Input.Status"] = "Completed", ["Input.On"] = "01/03/2025", ["Input.Version"] = c.Version.ToString(),
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Không thể chuyển hồ sơ từ trạng thái “Đang tiếp nhận” sang “Đã kết thúc”.", await refused.Content.ReadAsStringAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PeoplePagesTests_Sqlite(SqliteApp app) : PeoplePagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PeoplePagesTests_Postgres(PostgresApp app) : PeoplePagesTests(app);
