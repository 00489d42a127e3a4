using System.Text.RegularExpressions;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HoaNhap.Browser.Tests;

/// <summary>
/// The real application on Kestrel (a real port on 127.0.0.1, SQLite), with the seeded users of
/// <see cref="HoaNhapApp"/>, and one headless Chromium driven by Playwright for all browser tests.
/// Chromium is the system one (<see cref="TestEnvironment.Chromium"/>): nothing is ever downloaded.
/// Without it the tests skip, or fail when HOANHAP_REQUIRE_BROWSER=1 (test.sh --strict).
/// </summary>
public sealed partial class BrowserApp : HoaNhapApp
{
    IPlaywright? _playwright;
    IBrowser? _browser;
    string? _baseUrl;

    public override bool IsPostgres => false;

    public bool BrowserAvailable { get; private set; }
    public string? BrowserUnavailableReason { get; private set; }

    /// <summary>http://127.0.0.1:PORT, where Kestrel listens.</summary>
    public string BaseUrl => _baseUrl ?? throw new InvalidOperationException("The server has not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(BrowserUnavailableReason ?? "No browser.");

    public static string Screenshots
    {
        get
        {
            var dir = Path.Combine(TestEnvironment.Artifacts, "screenshots");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    protected override void StartApplication()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        _baseUrl = addresses.FirstOrDefault(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
            ?? addresses.FirstOrDefault(a => a.StartsWith("http://localhost:", StringComparison.Ordinal))?.Replace("localhost", "127.0.0.1")
            ?? throw new InvalidOperationException("Kestrel has no http://127.0.0.1 address: " + string.Join(", ", addresses));
        _baseUrl = _baseUrl.TrimEnd('/');
        ClientOptions.BaseAddress = new Uri(_baseUrl + "/");
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        if (!Available) return;
        await LaunchBrowserAsync();
    }

    async Task LaunchBrowserAsync()
    {
        var chromium = TestEnvironment.Chromium;
        if (chromium is null || !File.Exists(chromium))
        {
            Unavailable(chromium is null
                ? "No Chromium: /usr/bin/chromium is missing and HOANHAP_CHROMIUM is not set."
                : $"No Chromium at HOANHAP_CHROMIUM={chromium}.");
            return;
        }
        try
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-component-update", "--no-first-run"],
            });
            BrowserAvailable = true;
        }
        catch (PlaywrightException e) when (!TestEnvironment.RequireBrowser)
        {
            Unavailable($"Chromium at {chromium} did not start under Playwright: {e.Message}");
        }
    }

    void Unavailable(string reason)
    {
        BrowserUnavailableReason = reason;
        if (TestEnvironment.RequireBrowser)
            throw new InvalidOperationException(reason + " A browser is required (HOANHAP_REQUIRE_BROWSER=1).");
        BrowserAvailable = false;
    }

    /// <summary>
    /// An API client with a bearer token for that role and unit, on the Kestrel port. (It hides
    /// <see cref="HoaNhapApp.ApiAsync"/>, whose client options keep the default http://localhost base.)
    /// </summary>
    public new async Task<HttpClient> ApiAsync(string role, Unit unit)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(BaseUrl + "/") });
        var token = await TokenAsync(client, UserName(role, unit), Password);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Skips the test (with the reason) when the database or the browser is not here.</summary>
    public void EnsureBrowser()
    {
        EnsureAvailable();
        Skip.IfNot(BrowserAvailable, BrowserUnavailableReason);
    }

    /// <summary>A fresh, cookie-less browser context (one "person at a computer"), in Vietnamese and Vietnam's time zone.</summary>
    public async Task<IBrowserContext> NewContextAsync(ViewportSize? viewport = null, bool mobile = false, bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 },
            IsMobile = mobile,
            HasTouch = mobile,
            BypassCSP = bypassCsp,
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(45_000);   // a page computed on first read (the national dashboard) on a loaded two-core machine
        return context;
    }

    /// <summary>Signs in through the login form and waits for the home page.</summary>
    public static async Task SignInAsync(IPage page, string role, Unit unit)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByTestId("username").FillAsync(UserName(role, unit));
        await page.GetByTestId("password").FillAsync(Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.WaitForURLAsync(NotLoginPage());
    }

    /// <summary>Opens a new page in a new context, already signed in as that role of that unit.</summary>
    public async Task<(IBrowserContext Context, IPage Page)> SignedInAsync(string role, Unit unit,
        ViewportSize? viewport = null, bool mobile = false, bool bypassCsp = false)
    {
        var context = await NewContextAsync(viewport, mobile, bypassCsp);
        var page = await context.NewPageAsync();
        await SignInAsync(page, role, unit);
        return (context, page);
    }

    /// <summary>A full-page PNG in artifacts/screenshots; returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(Screenshots, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }

    [GeneratedRegex(@"^(?!.*/Account/Login).*$")]
    private static partial Regex NotLoginPage();

    public override async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp> { public const string Name = "Browser"; }
