using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using HoaNhap.Data.Identity;
using HoaNhap.Web.Features.Users;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace HoaNhap.Web.Tests.Account;

/// <summary>A user made by one test for itself, so that lockouts and two-factor set-ups touch no shared account.</summary>
public sealed record OwnUser(string Id, string UserName, string FullName, string Password);

/// <summary>Steps of the account tests that several test classes share.</summary>
public static partial class AccountSteps
{
    /// <summary>The one answer to a refused sign-in: it names the lockout without telling whether the user name exists.</summary>
    public const string WrongCredentials = HoaNhap.Web.Features.Account.SignInRefusal.Message;
    public const string LockedOut = "tài khoản đang bị tạm khóa do nhập sai mật khẩu nhiều lần";

    static int _serial = Random.Shared.Next(1000, 9000);

    /// <summary>Creates an active user through the application's own command (as the start-up seeding does).</summary>
    public static async Task<OwnUser> CreateUserAsync(HoaNhapApp app, string role, string unitCode, string? fullName = null)
    {
        var userName = $"own{Interlocked.Increment(ref _serial)}.{Guid.NewGuid().ToString("N")[..6]}";
        fullName ??= TestData.Unique("Lê Thị Riêng");
        const string password = "Own-Passw0rd-2026";
        using var scope = app.Services.CreateScope();
        var outcome = await UserCommands.CreateAsync(app.NewDbContext(scope), scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>(),
            new UserInput { UserName = userName, Password = password, FullName = fullName, Role = role, UnitCode = unitCode },
            CancellationToken.None);
        if (!outcome.Succeeded) throw new InvalidOperationException(string.Join(" ", outcome.Errors.SelectMany(e => e.Value)));
        return new OwnUser(outcome.Value!.Id, userName, fullName, password);
    }

    public static async Task<AppUser> ReadUserAsync(HoaNhapApp app, string userName)
    {
        using var scope = app.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName))!;
    }

    /// <summary>A browser-like client: cookies kept, redirects not followed.</summary>
    public static HttpClient Browser(HoaNhapApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Fills in and submits the sign-in form; answers what the form answered (no exception on refusal).</summary>
    public static Task<HttpResponseMessage> SubmitLoginAsync(HttpClient browser, string userName, string password, string? returnUrl = null)
    {
        var url = returnUrl is null ? "/Account/Login" : "/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl);
        return HoaNhapApp.PostFormAsync(browser, url, url, new() { ["UserName"] = userName, ["Password"] = password });
    }

    public static Task<HttpResponseMessage> RequestTokenAsync(HttpClient client, string userName, string password, string? totp = null) =>
        client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password, totpCode = totp });

    /// <summary>Whether the browser is signed in: the start page answers 200 instead of sending it to the sign-in page.</summary>
    public static async Task<bool> IsSignedInAsync(HttpClient browser)
    {
        var home = await browser.GetAsync("/");
        return home.StatusCode == HttpStatusCode.OK;
    }

    /// <summary>The key shown on the set-up page, as an authenticator app would read it.</summary>
    public static string SharedKey(string setupPage)
    {
        var m = SharedKeyPattern().Match(setupPage);
        if (!m.Success) throw new InvalidOperationException("The two-factor page shows no shared key.");
        return WebUtility.HtmlDecode(m.Groups[1].Value).Replace(" ", "").ToUpperInvariant();
    }

    /// <summary>The code the authenticator app shows, <paramref name="steps"/> 30-second steps from now (the server accepts ±2).</summary>
    public static string Code(string key, int steps = 0) =>
        new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow.AddSeconds(30 * steps));

    /// <summary>A six-digit code that is none of the codes the server accepts around now.</summary>
    public static string WrongCode(string key)
    {
        var accepted = Enumerable.Range(-3, 7).Select(s => Code(key, s)).ToHashSet();
        for (var n = 0; ; n++)
        {
            var candidate = ((int.Parse(Code(key)) + 111_111 * (n + 1)) % 1_000_000).ToString("D6");
            if (!accepted.Contains(candidate)) return candidate;
        }
    }

    /// <summary>Where a redirect sends the browser: path and query, whether the header is absolute or relative.</summary>
    public static string Target(HttpResponseMessage response) =>
        response.Headers.Location is not { } uri ? "" : uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The messages of one field of a validation problem (empty when the field is not named).</summary>
    public static string[] FieldErrors(JsonElement problem, string field) =>
        problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var list)
            ? list.EnumerateArray().Select(e => e.GetString()!).ToArray()
            : [];

    /// <summary>The anti-forgery token of the (first) form on a page.</summary>
    public static string FormToken(string page)
    {
        var m = AntiForgeryPattern().Match(page);
        if (!m.Success) throw new InvalidOperationException("The page has no anti-forgery token.");
        return WebUtility.HtmlDecode(m.Groups[1].Value);
    }

    /// <summary>Like <see cref="HoaNhapApp.PostFormAsync"/>, for forms that send one name several times (checkboxes).</summary>
    public static async Task<HttpResponseMessage> PostFormPairsAsync(HttpClient client, string formUrl, string postUrl,
        IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = FormToken(await client.GetStringAsync(formUrl));
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgeryPattern();

    [GeneratedRegex("data-testid=\"shared-key\">([^<]+)<")]
    private static partial Regex SharedKeyPattern();
}
