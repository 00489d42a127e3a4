using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using HoaNhap.Data.Jobs;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Features.Rules;
using HoaNhap.Web.Features.Worklist;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HoaNhap.Web.Tests.Scale;

/// <summary>
/// A second instance of the application on the same database as <paramref name="first"/>, as a second web
/// server behind a load balancer would be: its own data folder, the same data-protection certificate, and
/// <paramref name="settings"/> besides (e.g. the same read replica).
/// </summary>
public sealed class PeerInstance(HoaNhapApp first, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    readonly string _folder = Path.Combine(Path.GetTempPath(), "hoanhap-peer-" + Guid.NewGuid().ToString("N")[..8]);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("DataFolder", _folder);
        builder.UseSetting("Seed:Demo", "false");
        builder.UseSetting("HOANHAP_ADMIN_PASSWORD", HoaNhapApp.AdminPassword);
        builder.UseSetting(first.IsPostgres ? "ConnectionStrings:Postgres" : "ConnectionStrings:Sqlite", first.AppConnectionString);
        builder.UseSetting("DataProtection:Certificate", Path.Combine(first.DataFolder, "data-protection.pfx"));
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Two web servers on one PostgreSQL database: nothing lives in one server's memory or disk only.</summary>
public abstract partial class StatelessTierTests(HoaNhapApp app)
{
    static HttpClient Client(WebApplicationFactory<Program> f) =>
        f.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    static string Cookies(HttpResponseMessage r) =>
        string.Join("; ", r.Headers.TryGetValues("Set-Cookie", out var v) ? v.Select(c => c.Split(';')[0]) : []);

    [SkippableFact]
    public async Task A_sign_in_on_one_server_works_on_the_other_and_the_keys_are_encrypted_at_rest()
    {
        app.EnsureAvailable();
        await using var peer = new PeerInstance(app);
        var one = Client(app);
        var two = Client(peer);

        // The form comes from server one, the sign-in is posted to server two (anti-forgery keys shared).
        var form = await one.GetAsync("/Account/Login");
        var token = WebUtility.HtmlDecode(AntiForgery().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value);
        var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = HoaNhapApp.UserName(Roles.CommuneOfficer, Unit.A), ["Password"] = HoaNhapApp.Password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", Cookies(form));
        var signedIn = await two.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = Cookies(signedIn);
        Assert.Contains("hoanhap=", cookie);

        // The cookie issued by server two opens the people list on server one.
        var list = new HttpRequestMessage(HttpMethod.Get, "/People");
        list.Headers.Add("Cookie", cookie);
        var page = await one.SendAsync(list);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Nguyễn Văn Thử", await page.Content.ReadAsStringAsync());

        // A bearer token from server one works on server two.
        var bearer = await HoaNhapApp.TokenAsync(one, HoaNhapApp.UserName(Roles.CommuneOfficer, Unit.A), HoaNhapApp.Password);
        two.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        Assert.Equal(HttpStatusCode.OK, (await two.GetAsync("/api/v1/people")).StatusCode);

        // In the database the keys are encrypted with the certificate: no master key in clear.
        var keys = await app.WithDbAsync(db => db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml!).ToListAsync());
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("EncryptedData", xml);
            Assert.DoesNotContain("<masterKey", xml);
        });
    }

    [SkippableFact]
    public async Task Background_jobs_run_once_however_many_servers_run_them()
    {
        app.EnsureAvailable();
        await using var peer = new PeerInstance(app);
        _ = peer.Server;
        var day = new DateOnly(2026, 3, Random.Shared.Next(1, 28));
        var worklists = await Task.WhenAll(
            app.Services.GetRequiredService<WorklistJob>().RunOnceForDayAsync(day, CancellationToken.None),
            peer.Services.GetRequiredService<WorklistJob>().RunOnceForDayAsync(day, CancellationToken.None));
        Assert.Single(worklists, r => r is not null);
        // Later the same day (a restart, the other server's timer): already done.
        Assert.Null(await peer.Services.GetRequiredService<WorklistJob>().RunOnceForDayAsync(day, CancellationToken.None));
        Assert.NotNull(await app.Services.GetRequiredService<WorklistJob>().RunOnceForDayAsync(day.AddDays(1), CancellationToken.None));

        static ForecastService Forecast(IServiceProvider sp) => sp.GetServices<IHostedService>().OfType<ForecastService>().Single();
        var forecasts = await Task.WhenAll(Forecast(app.Services).RunOnceAsync(CancellationToken.None), Forecast(peer.Services).RunOnceAsync(CancellationToken.None));
        Assert.Single(forecasts, ran => ran);

        var lease = await app.WithDbAsync(db => db.Set<JobLease>().AsNoTracking().SingleAsync(l => l.Name == WorklistJob.LeaseName));
        Assert.Equal(day.AddDays(1).ToString("yyyy-MM-dd"), lease.LastDone);
        Assert.Null(lease.Holder);
    }

    [SkippableFact]
    public async Task A_list_uploaded_to_one_server_is_matched_once_and_its_progress_shows_on_the_other()
    {
        app.EnsureAvailable();
        await using var peer = new PeerInstance(app);
        var one = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var two = Client(peer);
        two.DefaultRequestHeaders.Authorization = one.DefaultRequestHeaders.Authorization;

        var month = $"2025-{Random.Shared.Next(1, 13):00}";
        var csv = "so_ban_an;ngay_ban_an;toa_an;ho_ten;ngay_sinh;so_dinh_danh;gioi_tinh;noi_cu_tru;hinh_phat;thoi_han_thang;ngay_hieu_luc\r\n"
            + $"12/{month[..4]}/HS-ST;01/{month[5..]}/{month[..4]};Tòa án nhân dân khu vực 1 - Phú Thọ;Hoàng Văn Nhất;02/03/1990;;Nam;"
            + $"Phường Tân Hòa, Tỉnh Phú Thọ;Cải tạo không giam giữ;12;10/{month[5..]}/{month[..4]}\r\n";
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "danh-sach.csv");
        form.Add(new StringContent("25"), "provinceCode");
        form.Add(new StringContent(month), "month");
        form.Add(new StringContent("true"), "acceptProblems");
        var uploaded = await one.PostAsync("/api/v1/reconciliations", form);
        Assert.Equal(HttpStatusCode.Accepted, uploaded.StatusCode);
        var id = (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        // Server two reads the upload and follows its progress to the end.
        var done = await Reconciliation.ReconciliationTests.WaitUntilDoneAsync(two, id);
        Assert.Equal(1, done.GetProperty("rows").GetInt32());

        var lease = await app.WithDbAsync(db => db.Set<JobLease>().AsNoTracking()
            .SingleAsync(l => l.Name == Features.Reconciliation.ReconciliationWorker.LeaseName(id)));
        Assert.Equal(app.Services.GetRequiredService<JobInstance>().Id, lease.LastDoneBy);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgery();
}

public sealed class StatelessPostgresApp : HoaNhapApp
{
    public override bool IsPostgres => true;
}

public sealed class StatelessTierTests_Postgres(StatelessPostgresApp app) : StatelessTierTests(app), IClassFixture<StatelessPostgresApp>;
