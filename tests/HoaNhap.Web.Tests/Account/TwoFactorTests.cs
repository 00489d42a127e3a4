using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Tests.Infrastructure;
using static HoaNhap.Web.Tests.Account.AccountSteps;

namespace HoaNhap.Web.Tests.Account;

/// <summary>
/// An administrator requires two-factor sign-in (TOTP) for a role. Runs on an application of its
/// own (<see cref="TwoFactorApp"/>), because the requirement holds for every user of the role.
/// </summary>
public abstract class TwoFactorTests(TwoFactorApp app)
{
    /// <summary>The role these tests require two-factor sign-in for.</summary>
    const string Required = Roles.CourtReader;

    protected TwoFactorApp App { get; } = app;

    async Task RequireForRoleAsync(string role)
    {
        var admin = await App.ApiAsync(Roles.SystemAdmin, Unit.A);
        var set = await admin.PutAsJsonAsync($"/api/v1/roles/{role}", new { requireTwoFactor = true });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.True((await set.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("requireTwoFactor").GetBoolean());
    }

    /// <summary>Signs the user in with the password and sets up the authenticator; answers the shared key.</summary>
    async Task<string> EnrollAsync(OwnUser user)
    {
        var browser = Browser(App);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitLoginAsync(browser, user.UserName, user.Password)).StatusCode);
        var key = SharedKey(await browser.GetStringAsync("/Account/TwoFactor"));
        var enabled = await HoaNhapApp.PostFormAsync(browser, "/Account/TwoFactor", "/Account/TwoFactor?handler=Enable", new() { ["Code"] = Code(key, -1) });
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        return key;
    }

    /// <summary>A fresh browser signed in with the password and then the authenticator code.</summary>
    async Task<HttpClient> SignInWithCodeAsync(OwnUser user, string key)
    {
        var browser = Browser(App);
        var password = await SubmitLoginAsync(browser, user.UserName, user.Password);
        Assert.StartsWith("/Account/LoginWith2fa", Target(password));
        var code = await HoaNhapApp.PostFormAsync(browser, "/Account/LoginWith2fa", "/Account/LoginWith2fa", new() { ["Code"] = Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        return browser;
    }

    [SkippableFact]
    public async Task Role_requirement_sends_the_user_to_set_up_an_authenticator_then_every_sign_in_needs_the_code()
    {
        App.EnsureAvailable();
        App.ResetClock();
        await RequireForRoleAsync(Required);
        var admin = await App.ApiAsync(Roles.SystemAdmin, Unit.A);
        var roles = await admin.GetFromJsonAsync<JsonElement>("/api/v1/roles");
        Assert.Contains(roles.EnumerateArray(), r => r.GetProperty("role").GetString() == Required && r.GetProperty("requireTwoFactor").GetBoolean());
        var user = await CreateUserAsync(App, Required, "25");

        // Password only: signed in, but every page leads to the set-up page first.
        var browser = Browser(App);
        var signIn = await SubmitLoginAsync(browser, user.UserName, user.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        foreach (var page in new[] { "/People", "/", $"/People/Details/{App.PersonA}" })
        {
            var response = await browser.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/Account/TwoFactor", Target(response));
        }
        var setup = await browser.GetStringAsync("/Account/TwoFactor");
        Assert.Contains("Quản trị viên yêu cầu vai trò của bạn phải dùng xác thực hai lớp", setup);
        Assert.Contains("data:image/png;base64,", setup);   // the QR code
        var key = SharedKey(setup);

        var wrong = await HoaNhapApp.PostFormAsync(browser, "/Account/TwoFactor", "/Account/TwoFactor?handler=Enable", new() { ["Code"] = WrongCode(key) });
        Assert.Contains("Mã xác thực không đúng", await wrong.Content.ReadAsStringAsync());
        Assert.Equal("/Account/TwoFactor", Target(await browser.GetAsync("/People")));

        var enabled = await HoaNhapApp.PostFormAsync(browser, "/Account/TwoFactor", "/Account/TwoFactor?handler=Enable", new() { ["Code"] = Code(key, -1) });
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/People")).StatusCode);
        var done = await browser.GetStringAsync("/Account/TwoFactor");
        Assert.Contains("Tài khoản của bạn đã bật xác thực hai lớp", done);
        Assert.DoesNotContain("handler=Disable", done);   // the role requires it: no way to turn it off

        // A fresh sign-in: the password alone is not enough.
        var fresh = Browser(App);
        var password = await SubmitLoginAsync(fresh, user.UserName, user.Password);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/Account/LoginWith2fa", Target(password));
        var notYet = await fresh.GetAsync("/People");
        Assert.Equal(HttpStatusCode.Redirect, notYet.StatusCode);
        Assert.StartsWith("/Account/Login", Target(notYet));
        Assert.DoesNotContain("LoginWith2fa", Target(notYet));

        var code = await HoaNhapApp.PostFormAsync(fresh, "/Account/LoginWith2fa", "/Account/LoginWith2fa", new() { ["Code"] = Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/People")).StatusCode);

        // The API: the code is required with the password.
        var api = App.CreateClient();
        var withoutCode = await RequestTokenAsync(api, user.UserName, user.Password);
        Assert.Equal(HttpStatusCode.BadRequest, withoutCode.StatusCode);
        Assert.NotEmpty(FieldErrors(await ProblemAsync(withoutCode), "totpCode"));

        var wrongCode = await RequestTokenAsync(api, user.UserName, user.Password, WrongCode(key));
        Assert.Equal(HttpStatusCode.Unauthorized, wrongCode.StatusCode);

        var withCode = await RequestTokenAsync(api, user.UserName, user.Password, Code(key, 1));
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
        var token = (await withCode.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/people")).StatusCode);
    }

    [SkippableFact]
    public async Task Token_endpoint_refuses_a_user_of_the_role_who_has_not_set_up_an_authenticator()
    {
        App.EnsureAvailable();
        App.ResetClock();
        await RequireForRoleAsync(Required);
        var user = await CreateUserAsync(App, Required, "25");

        var response = await RequestTokenAsync(App.CreateClient(), user.UserName, user.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("Chưa thiết lập xác thực hai lớp", problem.GetProperty("title").GetString());
        Assert.Contains("trang web", problem.GetProperty("detail").GetString());
    }

    [SkippableFact]
    public async Task Roles_not_required_are_not_sent_to_the_set_up_page()
    {
        App.EnsureAvailable();
        App.ResetClock();
        await RequireForRoleAsync(Required);
        var officer = await App.PagesAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/People")).StatusCode);
        var api = App.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await RequestTokenAsync(api, HoaNhapApp.UserName(Roles.CommuneOfficer, Unit.A), HoaNhapApp.Password)).StatusCode);
    }

    [SkippableFact]
    public async Task Administrator_sets_the_requirement_on_the_role_settings_page()
    {
        App.EnsureAvailable();
        App.ResetClock();
        var admin = await App.PagesAsync(Roles.SystemAdmin, Unit.A);
        var adminApi = await App.ApiAsync(Roles.SystemAdmin, Unit.A);
        async Task<HashSet<string>> RequiredRolesAsync() =>
            (await adminApi.GetFromJsonAsync<JsonElement>("/api/v1/roles")).EnumerateArray()
                .Where(r => r.GetProperty("requireTwoFactor").GetBoolean()).Select(r => r.GetProperty("role").GetString()!).ToHashSet();
        var before = await RequiredRolesAsync();
        Assert.DoesNotContain(Roles.ProcuracyReader, before);

        var wanted = before.Append(Roles.ProcuracyReader).Select(r => new KeyValuePair<string, string>("Required", r)).ToList();
        var saved = await PostFormPairsAsync(admin, "/Users/RoleSettings", "/Users/RoleSettings", wanted);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(before.Append(Roles.ProcuracyReader).Order(), (await RequiredRolesAsync()).Order());
        var page = await admin.GetStringAsync("/Users/RoleSettings");
        Assert.Matches($"value=\"{Roles.ProcuracyReader}\" checked", page);

        // A procuracy reader signing in now is sent to set up an authenticator.
        var reader = await App.PagesAsync(Roles.ProcuracyReader, Unit.A);
        Assert.Equal("/Account/TwoFactor", Target(await reader.GetAsync("/People")));

        // Unticking the role lifts the requirement again.
        var restored = await PostFormPairsAsync(admin, "/Users/RoleSettings", "/Users/RoleSettings",
            before.Select(r => new KeyValuePair<string, string>("Required", r)));
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(before.Order(), (await RequiredRolesAsync()).Order());
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/People")).StatusCode);
    }

    [SkippableFact]
    public async Task A_user_signed_in_with_the_code_keeps_working_after_the_minute_when_the_session_is_rechecked()
    {
        App.EnsureAvailable();
        App.ResetClock();
        await RequireForRoleAsync(Required);
        var user = await CreateUserAsync(App, Required, "25");
        var key = await EnrollAsync(user);
        var browser = await SignInWithCodeAsync(user, key);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/People")).StatusCode);

        try
        {
            // HoaNhap re-checks each session's security stamp every minute; the user has done nothing
            // to their account, so they must stay signed in, two-factor included.
            App.LetTimePass(TimeSpan.FromMinutes(2));
            var later = await browser.GetAsync("/People");
            Assert.True(later.StatusCode == HttpStatusCode.OK,
                $"After the session check, /People answered {(int)later.StatusCode} → {Target(later)}: the signed-in user lost the two-factor mark of their session.");
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/People/Details/{App.PersonA}")).StatusCode);
        }
        finally { App.ResetClock(); }
    }

    [SkippableFact]
    public async Task Setting_up_the_authenticator_may_take_longer_than_a_minute()
    {
        App.EnsureAvailable();
        App.ResetClock();
        await RequireForRoleAsync(Required);
        var user = await CreateUserAsync(App, Required, "25");
        var browser = Browser(App);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitLoginAsync(browser, user.UserName, user.Password)).StatusCode);
        var setup = await browser.GetStringAsync("/Account/TwoFactor");
        var key = SharedKey(setup);
        var token = FormToken(setup);

        try
        {
            // The user installs an authenticator app and scans the QR code: a few minutes.
            App.LetTimePass(TimeSpan.FromMinutes(3));
            var enabled = await browser.PostAsync("/Account/TwoFactor?handler=Enable", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Code"] = Code(key), ["__RequestVerificationToken"] = token,
            }));
            Assert.True(enabled.StatusCode == HttpStatusCode.Redirect && Target(enabled) == "/",
                $"Enabling two-factor after three minutes answered {(int)enabled.StatusCode} → {Target(enabled)}.");
            Assert.True((await ReadUserAsync(App, user.UserName)).TwoFactorEnabled);
        }
        finally { App.ResetClock(); }
    }
}

[Collection(TwoFactorSqliteCollection.Name)]
public sealed class TwoFactorTests_Sqlite(TwoFactorSqliteApp app) : TwoFactorTests(app);

[Collection(TwoFactorPostgresCollection.Name)]
public sealed class TwoFactorTests_Postgres(TwoFactorPostgresApp app) : TwoFactorTests(app);
