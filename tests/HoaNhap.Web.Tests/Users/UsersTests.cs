using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Tests.Infrastructure;
using static HoaNhap.Web.Tests.Account.AccountSteps;

namespace HoaNhap.Web.Tests.Users;

/// <summary>User administration: only the system administrator creates, changes and deactivates accounts.</summary>
public abstract class UsersTests(HoaNhapApp app)
{
    protected HoaNhapApp App { get; } = app;

    const string Password = "New-Passw0rd-2026";

    static string NewUserName() => $"nd{Random.Shared.Next(100_000, 999_999)}.{Guid.NewGuid().ToString("N")[..4]}";

    static object NewUser(string userName, string role, string unitCode, string? fullName = null) => new
    {
        userName, password = Password, fullName = fullName ?? TestData.Unique("Phan Văn Mới"), role, unitCode,
    };

    public static readonly TheoryData<string> OtherRoles = new(Roles.All.Where(r => r != Roles.SystemAdmin));

    [SkippableFact]
    public async Task Administrator_creates_a_user_through_the_api_who_can_then_sign_in_and_work_in_their_commune()
    {
        App.EnsureAvailable();
        var admin = await App.ApiAsync(Roles.SystemAdmin, Unit.A);
        var userName = NewUserName();
        var fullName = TestData.Unique("Phan Văn Mới");

        var response = await admin.PostAsJsonAsync("/api/v1/users", NewUser(userName, Roles.CommuneOfficer, "04792", fullName));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();
        Assert.Equal($"/api/v1/users/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(userName, created.GetProperty("userName").GetString());
        Assert.Equal(fullName, created.GetProperty("fullName").GetString());
        Assert.Equal(Roles.CommuneOfficer, created.GetProperty("role").GetString());
        Assert.Equal("04792", created.GetProperty("unitCode").GetString());
        Assert.True(created.GetProperty("isActive").GetBoolean());

        var read = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{id}");
        Assert.Equal(userName, read.GetProperty("userName").GetString());
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users");
        Assert.Contains(list.EnumerateArray(), u => u.GetProperty("id").GetString() == id);

        // The web: signed in, greeted by name.
        var browser = Browser(App);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitLoginAsync(browser, userName, Password)).StatusCode);
        Assert.Contains($"Xin chào, {fullName}", await browser.GetStringAsync("/"));

        // The API: a token that sees the commune's people and not the other province's.
        var api = App.CreateClient();
        var token = await HoaNhapApp.TokenAsync(api, userName, Password);
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/people/{App.PersonA}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/people/{App.PersonB}")).StatusCode);
    }

    [SkippableTheory]
    [InlineData(Roles.CommuneOfficer, "25", "mã xã")]
    [InlineData(Roles.Supervisor, "01", "mã xã")]
    [InlineData(Roles.CommuneLeader, "99999", "mã xã")]
    [InlineData(Roles.CommuneOfficer, "4792", "mã xã")]
    [InlineData(Roles.ProvinceOfficer, "04792", "mã tỉnh")]
    [InlineData(Roles.CourtReader, "99", "mã tỉnh")]
    public async Task Unit_code_must_match_the_role_level_and_exist(string role, string unitCode, string expected)
    {
        App.EnsureAvailable();
        var admin = await App.ApiAsync(Roles.SystemAdmin, Unit.A);
        var userName = NewUserName();
        var response = await admin.PostAsJsonAsync("/api/v1/users", NewUser(userName, role, unitCode));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = FieldErrors(await ProblemAsync(response), "unitCode");
        Assert.Contains(errors, e => e.Contains(expected));
        Assert.Equal(HttpStatusCode.Unauthorized, (await RequestTokenAsync(App.CreateClient(), userName, Password)).StatusCode);
    }

    [SkippableFact]
    public async Task A_supervisors_mobile_number_is_kept_for_the_reminders_and_a_wrong_one_is_refused_naming_the_field()
    {
        App.EnsureAvailable();
        var admin = await App.ApiAsync(Roles.SystemAdmin, Unit.A);
        var wrong = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = NewUserName(), password = Password, fullName = TestData.Unique("Hà Văn Giám"), role = Roles.Supervisor, unitCode = "04792", phone = "12345",
        });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains(FieldErrors(await ProblemAsync(wrong), "phone"), e => e.Contains("10 chữ số"));

        var created = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = NewUserName(), password = Password, fullName = TestData.Unique("Hà Văn Giám"), role = Roles.Supervisor, unitCode = "04792", phone = "+84 912.345.678",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("0912345678", (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("phone").GetString());
    }

    [SkippableFact]
    public async Task A_taken_user_name_is_refused_naming_the_field()
    {
        App.EnsureAvailable();
        var admin = await App.ApiAsync(Roles.SystemAdmin, Unit.A);
        var taken = HoaNhapApp.UserName(Roles.CommuneOfficer, Unit.A);
        var response = await admin.PostAsJsonAsync("/api/v1/users", NewUser(taken, Roles.CommuneOfficer, "04792"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(FieldErrors(await ProblemAsync(response), "userName"), e => e.Contains("đã được sử dụng"));
        // The existing account still signs in with its own password.
        Assert.Equal(HttpStatusCode.OK, (await RequestTokenAsync(App.CreateClient(), taken, HoaNhapApp.Password)).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(OtherRoles))]
    public async Task Every_other_role_is_refused_user_administration(string role)
    {
        App.EnsureAvailable();
        var api = await App.ApiAsync(role, Unit.A);
        var target = await App.CurrentUserAsync(Roles.Supervisor, Unit.B);
        var userName = NewUserName();

        var create = await api.PostAsJsonAsync("/api/v1/users", NewUser(userName, Roles.CommuneOfficer, "04792"));
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal("Không có quyền", (await ProblemAsync(create)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync($"/api/v1/users/{target.UserId}")).StatusCode);
        var update = await api.PutAsJsonAsync($"/api/v1/users/{target.UserId}",
            new { fullName = target.FullName, role = Roles.ProvinceOfficer, unitCode = "01", isActive = false });
        Assert.Equal(HttpStatusCode.Forbidden, update.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/roles")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PutAsJsonAsync($"/api/v1/roles/{role}", new { requireTwoFactor = true })).StatusCode);

        var admin = await App.ApiAsync(Roles.SystemAdmin, Unit.A);
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users");
        Assert.DoesNotContain(list.EnumerateArray(), u => u.GetProperty("userName").GetString() == userName);
        var untouched = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{target.UserId}");
        Assert.Equal(Roles.Supervisor, untouched.GetProperty("role").GetString());
        Assert.True(untouched.GetProperty("isActive").GetBoolean());
        var roles = await admin.GetFromJsonAsync<JsonElement>("/api/v1/roles");
        Assert.Contains(roles.EnumerateArray(), r => r.GetProperty("role").GetString() == role && !r.GetProperty("requireTwoFactor").GetBoolean());
    }

    [SkippableFact]
    public async Task Deactivating_a_user_stops_their_sign_in_and_reactivating_restores_it()
    {
        App.EnsureAvailable();
        var admin = await App.ApiAsync(Roles.SystemAdmin, Unit.A);
        var userName = NewUserName();
        var fullName = TestData.Unique("Tạ Văn Nghỉ");
        var created = await (await admin.PostAsJsonAsync("/api/v1/users", NewUser(userName, Roles.CommuneOfficer, "04792", fullName)))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitLoginAsync(Browser(App), userName, Password)).StatusCode);

        var off = await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { fullName, role = Roles.CommuneOfficer, unitCode = "04792", isActive = false });
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.False((await off.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isActive").GetBoolean());

        var browser = Browser(App);
        var web = await SubmitLoginAsync(browser, userName, Password);
        Assert.Equal(HttpStatusCode.OK, web.StatusCode);
        Assert.Contains(WrongCredentials, await web.Content.ReadAsStringAsync());
        Assert.False(await IsSignedInAsync(browser));
        var token = await RequestTokenAsync(App.CreateClient(), userName, Password);
        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);

        var on = await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { fullName, role = Roles.CommuneOfficer, unitCode = "04792", isActive = true });
        Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitLoginAsync(Browser(App), userName, Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RequestTokenAsync(App.CreateClient(), userName, Password)).StatusCode);
    }

    [SkippableFact]
    public async Task A_token_issued_before_deactivation_stops_working()
    {
        App.EnsureAvailable();
        var admin = await App.ApiAsync(Roles.SystemAdmin, Unit.A);
        var userName = NewUserName();
        var fullName = TestData.Unique("Tạ Văn Thẻ");
        var created = await (await admin.PostAsJsonAsync("/api/v1/users", NewUser(userName, Roles.ProvinceOfficer, "25", fullName)))
            .Content.ReadFromJsonAsync<JsonElement>();
        var api = App.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await HoaNhapApp.TokenAsync(api, userName, Password));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/people/{App.PersonA}")).StatusCode);

        var off = await admin.PutAsJsonAsync($"/api/v1/users/{created.GetProperty("id").GetString()}",
            new { fullName, role = Roles.ProvinceOfficer, unitCode = "25", isActive = false });
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);

        var after = await api.GetAsync($"/api/v1/people/{App.PersonA}");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.DoesNotContain("Nguyễn Văn Thử", await after.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Administrator_resets_a_password_and_only_the_new_one_works()
    {
        App.EnsureAvailable();
        var admin = await App.ApiAsync(Roles.SystemAdmin, Unit.A);
        var userName = NewUserName();
        var fullName = TestData.Unique("Lương Văn Quên");
        var created = await (await admin.PostAsJsonAsync("/api/v1/users", NewUser(userName, Roles.CommuneOfficer, "04792", fullName)))
            .Content.ReadFromJsonAsync<JsonElement>();
        const string newPassword = "Reset-Passw0rd-2027";

        var reset = await admin.PutAsJsonAsync($"/api/v1/users/{created.GetProperty("id").GetString()}",
            new { fullName, role = Roles.CommuneOfficer, unitCode = "04792", isActive = true, password = newPassword });
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RequestTokenAsync(App.CreateClient(), userName, Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RequestTokenAsync(App.CreateClient(), userName, newPassword)).StatusCode);
    }

    [SkippableFact]
    public async Task A_refused_change_changes_nothing()
    {
        App.EnsureAvailable();
        var admin = await App.ApiAsync(Roles.SystemAdmin, Unit.A);
        var userName = NewUserName();
        var fullName = TestData.Unique("Lương Thị Giữ");
        var created = await (await admin.PostAsJsonAsync("/api/v1/users", NewUser(userName, Roles.CommuneOfficer, "04792", fullName)))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();

        // Promotion to province officer together with a password that breaks the rules: 400, and nothing saved.
        var refused = await admin.PutAsJsonAsync($"/api/v1/users/{id}",
            new { fullName = "Lương Thị Đổi", role = Roles.ProvinceOfficer, unitCode = "25", isActive = true, password = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", FieldErrors(await ProblemAsync(refused), "password"));

        var now = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{id}");
        Assert.Equal(fullName, now.GetProperty("fullName").GetString());
        Assert.Equal(Roles.CommuneOfficer, now.GetProperty("role").GetString());
        Assert.Equal("04792", now.GetProperty("unitCode").GetString());
        Assert.Equal(HttpStatusCode.OK, (await RequestTokenAsync(App.CreateClient(), userName, Password)).StatusCode);
    }

    [SkippableTheory]
    [InlineData(Roles.CommuneOfficer)]
    [InlineData(Roles.ProvinceOfficer)]
    [InlineData(Roles.BankOfficer)]
    public async Task Users_pages_answer_403_to_other_roles(string role)
    {
        App.EnsureAvailable();
        var someone = await App.CurrentUserAsync(Roles.Supervisor, Unit.A);
        var browser = await App.PagesAsync(role, Unit.A);
        foreach (var page in new[] { "/Users", "/Users/Create", "/Users/RoleSettings", $"/Users/Edit/{someone.UserId}" })
        {
            var response = await browser.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{page} answered {(int)response.StatusCode} to {role}.");
            Assert.Contains("Bạn không có quyền thực hiện việc này", await response.Content.ReadAsStringAsync());
        }
        var home = await browser.GetStringAsync("/");
        Assert.DoesNotContain("href=\"/Users\"", home);
    }

    [SkippableFact]
    public async Task Users_pages_answer_200_to_the_administrator()
    {
        App.EnsureAvailable();
        var someone = await App.CurrentUserAsync(Roles.Supervisor, Unit.A);
        var browser = await App.PagesAsync(Roles.SystemAdmin, Unit.A);
        foreach (var page in new[] { "/Users", "/Users/Create", "/Users/RoleSettings", $"/Users/Edit/{someone.UserId}" })
            Assert.True((await browser.GetAsync(page)).StatusCode == HttpStatusCode.OK, $"{page} did not answer 200 to the administrator.");
        var list = await browser.GetStringAsync("/Users?q=" + Uri.EscapeDataString(someone.UserName));
        Assert.Contains(someone.UserName, list);
        Assert.Contains("Người giám sát, giáo dục", list);
    }

    [SkippableFact]
    public async Task Administrator_creates_and_deactivates_a_user_on_the_pages()
    {
        App.EnsureAvailable();
        var browser = await App.PagesAsync(Roles.SystemAdmin, Unit.A);
        var userName = NewUserName();
        var fullName = TestData.Unique("Mạc Thị Trang");
        Dictionary<string, string> Fields(string password) => new()
        {
            ["Input.UserName"] = userName, ["Input.Password"] = password, ["Input.FullName"] = fullName,
            ["Input.Role"] = Roles.Supervisor, ["Input.UnitCode"] = "04792",
        };

        var tooShort = await HoaNhapApp.PostFormAsync(browser, "/Users/Create", "/Users/Create", Fields("Ngan1"));
        Assert.Equal(HttpStatusCode.OK, tooShort.StatusCode);
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", await tooShort.Content.ReadAsStringAsync());

        var made = await HoaNhapApp.PostFormAsync(browser, "/Users/Create", "/Users/Create", Fields(Password));
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var index = await browser.GetStringAsync("/Users?q=" + userName);
        Assert.Contains($"Đã tạo tài khoản {userName}", index);
        Assert.Contains(fullName, index);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitLoginAsync(Browser(App), userName, Password)).StatusCode);

        var id = (await ReadUserAsync(App, userName)).Id;
        var deactivated = await HoaNhapApp.PostFormAsync(browser, $"/Users/Edit/{id}", $"/Users/Edit/{id}", new()
        {
            ["Input.FullName"] = fullName, ["Input.Role"] = Roles.Supervisor, ["Input.UnitCode"] = "04792", ["Input.IsActive"] = "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.Contains("Đã khóa", await browser.GetStringAsync("/Users?q=" + userName));
        var refused = await SubmitLoginAsync(Browser(App), userName, Password);
        Assert.Contains(WrongCredentials, await refused.Content.ReadAsStringAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class UsersTests_Sqlite(SqliteApp app) : UsersTests(app);

[Collection(PostgresCollection.Name)]
public sealed class UsersTests_Postgres(PostgresApp app) : UsersTests(app);
