using System.Net;
using System.Net.Http.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Tests.Account;
using HoaNhap.Web.Tests.Infrastructure;
using static HoaNhap.Web.Tests.Account.AccountSteps;

namespace HoaNhap.Web.Tests.Users;

/// <summary>
/// What an administrator's change does to a session that is already open in a browser. Uses the
/// application whose session-check clock can be moved (<see cref="TwoFactorApp"/>): HoaNhap re-checks
/// every session once a minute.
/// </summary>
public abstract class OpenSessionTests(TwoFactorApp app)
{
    protected TwoFactorApp App { get; } = app;

    [SkippableFact]
    public async Task Deactivation_ends_an_open_web_session_within_the_minute()
    {
        App.EnsureAvailable();
        App.ResetClock();
        var user = await CreateUserAsync(App, Roles.CommuneOfficer, "04792");
        var browser = Browser(App);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitLoginAsync(browser, user.UserName, user.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/People")).StatusCode);

        var admin = await App.ApiAsync(Roles.SystemAdmin, Unit.A);
        var off = await admin.PutAsJsonAsync($"/api/v1/users/{user.Id}",
            new { fullName = user.FullName, role = Roles.CommuneOfficer, unitCode = "04792", isActive = false });
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);

        try
        {
            App.LetTimePass(TimeSpan.FromMinutes(2));
            var later = await browser.GetAsync("/People");
            Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
            Assert.StartsWith("/Account/Login", Target(later));
        }
        finally { App.ResetClock(); }
    }

    [SkippableFact]
    public async Task An_untouched_account_stays_signed_in_after_the_minute()
    {
        App.EnsureAvailable();
        App.ResetClock();
        var user = await CreateUserAsync(App, Roles.CommuneOfficer, "04792");
        var browser = Browser(App);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitLoginAsync(browser, user.UserName, user.Password)).StatusCode);
        try
        {
            App.LetTimePass(TimeSpan.FromMinutes(2));
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/People")).StatusCode);
            Assert.Contains(user.FullName, await browser.GetStringAsync("/"));
        }
        finally { App.ResetClock(); }
    }
}

[Collection(TwoFactorSqliteCollection.Name)]
public sealed class OpenSessionTests_Sqlite(TwoFactorSqliteApp app) : OpenSessionTests(app);

[Collection(TwoFactorPostgresCollection.Name)]
public sealed class OpenSessionTests_Postgres(TwoFactorPostgresApp app) : OpenSessionTests(app);
