namespace HoaNhap.Web.Tests.Infrastructure;

/// <summary>What test.sh tells the tests (see README): where PostgreSQL and Chromium are, and whether they must run.</summary>
public static class TestEnvironment
{
    public static string? PostgresConnection => Environment.GetEnvironmentVariable("HOANHAP_TEST_POSTGRES") is { Length: > 0 } s ? s : null;
    public static bool RequirePostgres => Environment.GetEnvironmentVariable("HOANHAP_REQUIRE_POSTGRES") == "1";
    /// <summary>The loopback SMTP server test.sh starts (aiosmtpd), "host:port", and the Maildir it writes what arrives to.</summary>
    public static string? Smtp => Environment.GetEnvironmentVariable("HOANHAP_TEST_SMTP") is { Length: > 0 } s ? s : null;
    public static string? SmtpMailDir => Environment.GetEnvironmentVariable("HOANHAP_TEST_SMTP_DIR") is { Length: > 0 } s ? s : null;
    public static bool RequireBrowser => Environment.GetEnvironmentVariable("HOANHAP_REQUIRE_BROWSER") == "1";

    public static string? Chromium =>
        Environment.GetEnvironmentVariable("HOANHAP_CHROMIUM") is { Length: > 0 } c ? c
        : File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;

    public static string Artifacts
    {
        get
        {
            var dir = Environment.GetEnvironmentVariable("HOANHAP_ARTIFACTS") is { Length: > 0 } a ? a
                : Path.Combine(AppContext.BaseDirectory, "artifacts");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }
}
