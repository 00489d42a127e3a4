using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Audit;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HoaNhap.Web.Tests.Account.AccountSteps;

namespace HoaNhap.Web.Tests.Account;

/// <summary>Signing in on the web and for the API: messages, lockout, password rules, anti-forgery, self-service two-factor.</summary>
public abstract partial class AccountTests(HoaNhapApp app)
{
    protected HoaNhapApp App { get; } = app;

    [SkippableFact]
    public async Task Sign_in_succeeds_and_the_start_page_greets_the_user_by_name()
    {
        App.EnsureAvailable();
        var user = await CreateUserAsync(App, Roles.CommuneOfficer, "04792", TestData.Unique("Hoàng Thị Chào"));
        var browser = Browser(App);

        var signIn = await SubmitLoginAsync(browser, user.UserName, user.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", Target(signIn));

        var home = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var page = await home.Content.ReadAsStringAsync();
        Assert.Contains($"Xin chào, {user.FullName}", page);
        Assert.Contains("Cán bộ Công an xã", page);

        var signOut = await HoaNhapApp.PostFormAsync(browser, "/Account/Logout", "/Account/Logout", new());
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var after = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Login", Target(after));
    }

    [SkippableFact]
    public async Task The_sign_out_button_in_the_page_header_signs_the_user_out()
    {
        App.EnsureAvailable();
        var user = await CreateUserAsync(App, Roles.CommuneOfficer, "04792");
        var browser = Browser(App);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitLoginAsync(browser, user.UserName, user.Password)).StatusCode);

        // Press "Đăng xuất" in the header of the start page: send what that form holds, as a browser would.
        var home = await browser.GetStringAsync("/");
        var form = HeaderSignOutForm().Match(home);
        Assert.True(form.Success, "The page header has no sign-out form.");
        var fields = InputTag().Matches(form.Groups[1].Value).Select(m => m.Value).Where(t => t.Contains("type=\"hidden\""))
            .ToDictionary(t => Attribute(t, "name"), t => WebUtility.HtmlDecode(Attribute(t, "value")));
        var signOut = await browser.PostAsync("/Account/Logout", new FormUrlEncodedContent(fields));
        Assert.True(signOut.StatusCode == HttpStatusCode.Redirect,
            $"Pressing Đăng xuất answered {(int)signOut.StatusCode} (fields sent: {string.Join(", ", fields.Keys)}).");
        Assert.StartsWith("/Account/Login", Target(signOut));
        Assert.False(await IsSignedInAsync(browser));
    }

    [GeneratedRegex("<form[^>]*action=\"/Account/Logout\"[^>]*>(.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex HeaderSignOutForm();

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex InputTag();

    static string Attribute(string tag, string name) => Regex.Match(tag, $"\\b{name}=\"([^\"]*)\"").Groups[1].Value;

    [SkippableFact]
    public async Task Sign_in_returns_to_the_page_asked_for_but_never_to_another_site()
    {
        App.EnsureAvailable();
        var user = await CreateUserAsync(App, Roles.CommuneOfficer, "04792");

        var toPeople = await SubmitLoginAsync(Browser(App), user.UserName, user.Password, returnUrl: "/People?q=an");
        Assert.Equal(HttpStatusCode.Redirect, toPeople.StatusCode);
        Assert.Equal("/People?q=an", Target(toPeople));

        var elsewhere = await SubmitLoginAsync(Browser(App), user.UserName, user.Password, returnUrl: "https://evil.example/phish");
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
        Assert.Equal("/", Target(elsewhere));
    }

    [SkippableFact]
    public async Task Wrong_password_or_unknown_user_shows_the_Vietnamese_error_and_does_not_sign_in()
    {
        App.EnsureAvailable();
        var user = await CreateUserAsync(App, Roles.CommuneOfficer, "04792");

        foreach (var (name, password) in new[] { (user.UserName, "Wrong-Passw0rd-1"), ("khong.co.ai", user.Password) })
        {
            var browser = Browser(App);
            var response = await SubmitLoginAsync(browser, name, password);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.Content.ReadAsStringAsync();
            Assert.Contains(WrongCredentials, page);
            Assert.Contains("data-testid=\"error-summary\"", page);
            Assert.False(await IsSignedInAsync(browser));
        }
    }

    [SkippableFact]
    public async Task Five_wrong_passwords_on_the_form_lock_the_account_even_against_the_right_password()
    {
        App.EnsureAvailable();
        var user = await CreateUserAsync(App, Roles.CommuneOfficer, "04792");
        var browser = Browser(App);

        for (var i = 1; i <= 4; i++)
        {
            var wrong = await SubmitLoginAsync(browser, user.UserName, $"Wrong-Passw0rd-{i}");
            Assert.Contains(WrongCredentials, await wrong.Content.ReadAsStringAsync());
        }
        await SubmitLoginAsync(browser, user.UserName, "Wrong-Passw0rd-5");

        var right = await SubmitLoginAsync(browser, user.UserName, user.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var page = await right.Content.ReadAsStringAsync();
        Assert.Contains(LockedOut, page);
        Assert.Contains("15 phút", page);
        Assert.False(await IsSignedInAsync(browser));

        var stored = await ReadUserAsync(App, user.UserName);
        Assert.NotNull(stored.LockoutEnd);
        var left = stored.LockoutEnd!.Value - DateTimeOffset.UtcNow;
        Assert.InRange(left, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15.5));

        // The API honours the same lockout.
        var token = await RequestTokenAsync(App.CreateClient(), user.UserName, user.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
        Assert.Equal(WrongCredentials, (await ProblemAsync(token)).GetProperty("detail").GetString());
    }

    [SkippableFact]
    public async Task Five_wrong_passwords_on_the_token_endpoint_lock_the_account_for_the_api_and_the_web()
    {
        App.EnsureAvailable();
        var user = await CreateUserAsync(App, Roles.ProvinceOfficer, "25");
        var api = App.CreateClient();

        for (var i = 1; i <= 4; i++)
        {
            var wrong = await RequestTokenAsync(api, user.UserName, $"Wrong-Passw0rd-{i}");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            var problem = await ProblemAsync(wrong);
            Assert.Equal("Không xác thực được", problem.GetProperty("title").GetString());
            Assert.Equal(WrongCredentials, problem.GetProperty("detail").GetString());
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await RequestTokenAsync(api, user.UserName, "Wrong-Passw0rd-5")).StatusCode);

        var right = await RequestTokenAsync(api, user.UserName, user.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        var locked = await ProblemAsync(right);
        Assert.Equal(WrongCredentials, locked.GetProperty("detail").GetString());
        Assert.False(locked.TryGetProperty("accessToken", out _));

        var browser = Browser(App);
        var web = await SubmitLoginAsync(browser, user.UserName, user.Password);
        Assert.Contains(LockedOut, await web.Content.ReadAsStringAsync());
        Assert.False(await IsSignedInAsync(browser));
    }

    [SkippableFact]
    public async Task A_successful_sign_in_clears_earlier_failures()
    {
        App.EnsureAvailable();
        var user = await CreateUserAsync(App, Roles.CommuneOfficer, "04792");
        var api = App.CreateClient();
        for (var i = 0; i < 4; i++) await RequestTokenAsync(api, user.UserName, "Wrong-Passw0rd-0");
        Assert.Equal(HttpStatusCode.OK, (await RequestTokenAsync(api, user.UserName, user.Password)).StatusCode);
        for (var i = 0; i < 4; i++) await RequestTokenAsync(api, user.UserName, "Wrong-Passw0rd-0");
        Assert.Equal(HttpStatusCode.OK, (await RequestTokenAsync(api, user.UserName, user.Password)).StatusCode);
    }

    [SkippableTheory]
    [InlineData("short", "Mật khẩu phải có ít nhất 10 ký tự.")]
    [InlineData("khongcochuhoa2026", "Mật khẩu phải có ít nhất một chữ hoa.")]
    [InlineData("KHONGCOCHUTHUONG2026", "Mật khẩu phải có ít nhất một chữ thường.")]
    [InlineData("KhongCoChuSoNao", "Mật khẩu phải có ít nhất một chữ số.")]
    public async Task Password_policy_is_enforced_with_a_Vietnamese_message_on_the_password_field(string password, string message)
    {
        App.EnsureAvailable();
        var admin = await App.ApiAsync(Roles.SystemAdmin, Unit.A);
        var userName = $"pw{Random.Shared.Next(100_000, 999_999)}";
        var response = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName, password, fullName = "Đỗ Văn Mật", role = Roles.CommuneOfficer, unitCode = "04792",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Contains(message, FieldErrors(problem, "password"));

        var list = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users");
        Assert.DoesNotContain(list.EnumerateArray(), u => u.GetProperty("userName").GetString() == userName);
    }

    [SkippableFact]
    public async Task Sign_in_form_posted_without_its_anti_forgery_token_is_refused()
    {
        App.EnsureAvailable();
        var user = await CreateUserAsync(App, Roles.CommuneOfficer, "04792");
        var browser = Browser(App);
        await browser.GetStringAsync("/Account/Login");   // the anti-forgery cookie, as a real visit would have

        var forged = await browser.PostAsync("/Account/Login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = user.UserName, ["Password"] = user.Password }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("Yêu cầu không hợp lệ", await forged.Content.ReadAsStringAsync());
        Assert.False(await IsSignedInAsync(browser));

        using var scope = App.Services.CreateScope();
        Assert.False(await App.NewDbContext(scope).AuditEntries.AnyAsync(a => a.EntityId == user.Id && a.Action == AuditActions.SignIn));

        // The same form with its token signs in: the refusal above was about the token only.
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitLoginAsync(browser, user.UserName, user.Password)).StatusCode);
    }

    [SkippableFact]
    public async Task Person_form_posted_without_its_anti_forgery_token_is_refused_and_nothing_is_created()
    {
        App.EnsureAvailable();
        var browser = await App.PagesAsync(Roles.CommuneOfficer, Unit.A);
        Dictionary<string, string> Fields(string name) => new()
        {
            ["Input.FullName"] = name, ["Input.DateOfBirth"] = "15/06/1990", ["Input.Gender"] = "Male",
            ["Input.PersonalIdNumber"] = TestData.NewPersonalId(), ["Input.CommuneCode"] = "04792",
            ["Input.Address"] = "Tổ 7", ["Input.Phone"] = "0912345678",
        };
        await browser.GetStringAsync("/People/Create");

        var forgedName = TestData.Unique("Kiều Văn Giả");
        var forged = await browser.PostAsync("/People/Create", new FormUrlEncodedContent(Fields(forgedName)));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var realName = TestData.Unique("Kiều Văn Thật");
        var real = await HoaNhapApp.PostFormAsync(browser, "/People/Create", "/People/Create", Fields(realName));
        Assert.Equal(HttpStatusCode.Redirect, real.StatusCode);

        using var scope = App.Services.CreateScope();
        var people = App.NewDbContext(scope).People.AsNoTracking();
        Assert.False(await people.AnyAsync(p => p.FullName == forgedName));
        Assert.True(await people.AnyAsync(p => p.FullName == realName));
    }

    [SkippableFact]
    public async Task A_user_who_turns_on_two_factor_needs_the_authenticator_code_at_the_next_sign_in()
    {
        App.EnsureAvailable();
        var user = await CreateUserAsync(App, Roles.CommuneOfficer, "04792");
        var browser = Browser(App);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitLoginAsync(browser, user.UserName, user.Password)).StatusCode);

        var setup = await browser.GetStringAsync("/Account/TwoFactor");
        Assert.DoesNotContain("Quản trị viên yêu cầu vai trò của bạn", setup);   // nobody requires it of this role
        var key = SharedKey(setup);
        Assert.Matches("^[A-Z2-7]{16,}$", key);

        var wrong = await HoaNhapApp.PostFormAsync(browser, "/Account/TwoFactor", "/Account/TwoFactor?handler=Enable", new() { ["Code"] = WrongCode(key) });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Mã xác thực không đúng", await wrong.Content.ReadAsStringAsync());
        Assert.False((await ReadUserAsync(App, user.UserName)).TwoFactorEnabled);

        var enabled = await HoaNhapApp.PostFormAsync(browser, "/Account/TwoFactor", "/Account/TwoFactor?handler=Enable", new() { ["Code"] = Code(key, -1) });
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.True((await ReadUserAsync(App, user.UserName)).TwoFactorEnabled);
        Assert.True(await IsSignedInAsync(browser));

        var fresh = Browser(App);
        var password = await SubmitLoginAsync(fresh, user.UserName, user.Password);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/Account/LoginWith2fa", Target(password));
        Assert.False(await IsSignedInAsync(fresh));

        var badCode = await HoaNhapApp.PostFormAsync(fresh, "/Account/LoginWith2fa", "/Account/LoginWith2fa", new() { ["Code"] = WrongCode(key) });
        Assert.Equal(HttpStatusCode.OK, badCode.StatusCode);
        Assert.Contains("Mã xác thực không đúng hoặc đã hết hạn", await badCode.Content.ReadAsStringAsync());
        Assert.False(await IsSignedInAsync(fresh));

        var goodCode = await HoaNhapApp.PostFormAsync(fresh, "/Account/LoginWith2fa", "/Account/LoginWith2fa", new() { ["Code"] = Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, goodCode.StatusCode);
        Assert.Equal("/", Target(goodCode));
        Assert.True(await IsSignedInAsync(fresh));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AccountTests_Sqlite(SqliteApp app) : AccountTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AccountTests_Postgres(PostgresApp app) : AccountTests(app);
