using System.Net;
using System.Net.Http.Json;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace HoaNhap.Web.Tests.Portal;

/// <summary>An application whose portal allows 3 activation or sign-in attempts a minute per client address.</summary>
public sealed class PortalRateLimitApp : HoaNhapApp
{
    public override bool IsPostgres => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:SignInPermitsPerMinute", "3");
    }
}

/// <summary>
/// The portal's sign-in is rate limited per client address (ASP.NET Core's rate limiter), before the account's own lock-out:
/// guessing is slowed whichever ID numbers are tried. The limiter does not touch the database, so SQLite alone.
/// </summary>
public sealed class PortalRateLimitTests(PortalRateLimitApp app) : IClassFixture<PortalRateLimitApp>
{
    [SkippableFact]
    public async Task Past_the_limit_a_minute_the_attempts_are_refused_with_429_on_the_API_and_the_page()
    {
        app.EnsureAvailable();
        var client = PortalSessions.Anonymous(app);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/me/token",
                new { personalIdNumber = $"00109000000{i}", pin = "975310" })).StatusCode);
        var refused = await client.PostAsJsonAsync("/api/v1/me/token", new { personalIdNumber = "001090000009", pin = "975310" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("60", refused.Headers.RetryAfter?.ToString());
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        // Activation shares the limit; showing the sign-in page does not count.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsJsonAsync("/api/v1/me/activate",
            new { personalIdNumber = "001090000009", code = "ABCD-2345", pin = "975310" })).StatusCode);
        var pages = PortalSessions.Anonymous(app, cookies: true);
        var page = await pages.GetAsync("/Cong-dan/Dang-nhap");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var post = await HoaNhapApp.PostFormAsync(pages, "/Cong-dan/Dang-nhap", "/Cong-dan/Dang-nhap",
            new() { ["Input.PersonalIdNumber"] = "001090000009", ["Input.Pin"] = "975310" });
        Assert.Equal(HttpStatusCode.TooManyRequests, post.StatusCode);
        Assert.Contains("quá nhiều lần", await post.Content.ReadAsStringAsync());
    }
}
