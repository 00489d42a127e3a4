using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace HoaNhap.Browser.Tests;

/// <summary>
/// The app started exactly as the README's run command starts it — `dotnet run --project src/HoaNhap.Web` from the
/// repository root, no environment name (so Production), the project folder as content root — not through a test
/// host. Only the data folder (a temporary one) and the port (a free one) differ, and the build is the one test.sh made.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ReadmeRunCommandTests(BrowserApp app, ReadmeRunFixture readme) : IClassFixture<ReadmeRunFixture>
{
    [SkippableTheory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData(null)]
    public async Task Stylesheet_is_served_whole_with_and_without_compression(string? encoding)
    {
        app.EnsureBrowser();
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });
        using var request = new HttpRequestMessage(HttpMethod.Get, (await readme.RunAsync()).BaseUrl + "/css/site.css");
        if (encoding is not null) request.Headers.AcceptEncoding.ParseAdd(encoding);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsByteArrayAsync();
        var served = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "gzip" => Decompress(body, s => new GZipStream(s, CompressionMode.Decompress)),
            "br" => Decompress(body, s => new BrotliStream(s, CompressionMode.Decompress)),
            null => body,
            var other => throw new Xunit.Sdk.XunitException("unexpected Content-Encoding " + other),
        };
        var onDisk = await File.ReadAllBytesAsync(Path.Combine(ReadmeRun.RepositoryRoot, "src/HoaNhap.Web/wwwroot/css/site.css"));
        Assert.Equal(Encoding.UTF8.GetString(onDisk), Encoding.UTF8.GetString(served));
    }

    [SkippableFact]
    public async Task Sign_in_page_is_styled_in_a_real_browser()
    {
        app.EnsureBrowser();
        await using var context = await app.Browser.NewContextAsync(new() { Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync((await readme.RunAsync()).BaseUrl + "/Account/Login");
        // .site-header { background: var(--brand) }: an unstyled page has a transparent header.
        var background = await page.EvalOnSelectorAsync<string>("header.site-header", "e => getComputedStyle(e).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", background);
        var font = await page.EvalOnSelectorAsync<string>("body", "e => getComputedStyle(e).fontFamily");
        Assert.DoesNotContain("Times", font);
        await BrowserApp.ScreenshotAsync(page, "readme-run-login");
    }

    static byte[] Decompress(byte[] body, Func<Stream, Stream> open)
    {
        using var input = open(new MemoryStream(body));
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}

/// <summary>One README-started app for the class, started on first use (so a skipped class starts nothing).</summary>
public sealed class ReadmeRunFixture : IAsyncLifetime
{
    readonly Lazy<Task<ReadmeRun>> _run = new(() => ReadmeRun.StartAsync());

    public Task<ReadmeRun> RunAsync() => _run.Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_run.IsValueCreated) await (await _run.Value).DisposeAsync();
    }
}

/// <summary>`dotnet run --project src/HoaNhap.Web` as a child process, killed with its tree on dispose.</summary>
public sealed partial class ReadmeRun : IAsyncDisposable
{
    readonly Process _process;
    readonly string _dataFolder;
    readonly StringBuilder _output = new();

    public string BaseUrl { get; private set; } = "";

    /// <summary>Everything the app printed so far (standard output and error).</summary>
    public string Output { get { lock (_output) return _output.ToString(); } }

    public static string RepositoryRoot { get; } = FindRoot();

#if DEBUG
    const string Configuration = "Debug";
#else
    const string Configuration = "Release";
#endif

    ReadmeRun(Process process, string dataFolder)
    {
        _process = process;
        _dataFolder = dataFolder;
    }

    public static async Task<ReadmeRun> StartAsync(IDictionary<string, string>? environment = null)
    {
        var dataFolder = Directory.CreateTempSubdirectory("hoanhap-readme-run-").FullName;
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The README's command; --no-build -c: the build test.sh already made.
        foreach (var a in new[] { "run", "--no-build", "-c", Configuration, "--project", "src/HoaNhap.Web", "--", "--urls", "http://127.0.0.1:0" })
            info.ArgumentList.Add(a);
        foreach (var name in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS", "ConnectionStrings__Postgres" })
            info.Environment.Remove(name);
        info.Environment["DataFolder"] = dataFolder;
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) info.Environment[k] = v;

        var run = new ReadmeRun(Process.Start(info)!, dataFolder);
        var started = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(string? line)
        {
            if (line is null) return;
            lock (run._output) run._output.AppendLine(line);
            if (Address().Match(line) is { Success: true } m && line.Contains("HoaNhap", StringComparison.Ordinal)) started.TrySetResult(m.Value);
        }
        run._process.OutputDataReceived += (_, e) => OnLine(e.Data);
        run._process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        run._process.BeginOutputReadLine();
        run._process.BeginErrorReadLine();
        var exited = run._process.WaitForExitAsync();
        var first = await Task.WhenAny(started.Task, exited, Task.Delay(TimeSpan.FromMinutes(3)));
        if (first != started.Task)
        {
            var output = run.Output;
            await run.DisposeAsync();
            throw new InvalidOperationException("The app did not print its address. Output:\n" + output);
        }
        run.BaseUrl = (await started.Task).TrimEnd('/');
        return run;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
        try { Directory.Delete(_dataFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "HoaNhap.slnx"))) return dir.FullName;
        throw new InvalidOperationException("HoaNhap.slnx not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/?")]
    private static partial Regex Address();
}
