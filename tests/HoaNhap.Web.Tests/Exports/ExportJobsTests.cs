using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Domain.Exports;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Shared.Exports;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HoaNhap.Web.Tests.Exports;

/// <summary>
/// Large exports as background jobs: started with 202 and a job id, progress readable (API and a self-refreshing page), the
/// file downloaded when done by its owner only, and a job claimed by exactly one instance even when several poll the store.
/// </summary>
public abstract class ExportJobsTests(HoaNhapApp app)
{
    async Task<JsonElement> WaitDoneAsync(HttpClient client, Guid id)
    {
        for (var i = 0; i < 150; i++)
        {
            var job = await client.GetFromJsonAsync<JsonElement>($"/api/v1/exports/{id}");
            if (job.GetProperty("status").GetString() is "Done" or "Failed") return job;
            await Task.Delay(200);
        }
        throw new TimeoutException($"Export {id} not finished.");
    }

    [SkippableFact]
    public async Task Province_wide_loan_list_is_produced_in_the_background_and_downloaded_by_its_owner()
    {
        app.EnsureAvailable();
        var bank = await app.ApiAsync(Roles.BankOfficer, Unit.A);
        var started = await bank.PostAsJsonAsync("/api/v1/exports", new { kind = "loans" });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var body = await started.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/exports/{id}", started.Headers.Location!.OriginalString);
        Assert.Contains("toàn tỉnh", body.GetProperty("title").GetString());

        var done = await WaitDoneAsync(bank, id);
        Assert.Equal("Done", done.GetProperty("status").GetString());
        Assert.Equal(100, done.GetProperty("progress").GetInt32());
        var file = await bank.GetAsync(done.GetProperty("downloadUrl").GetString());
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        var bytes = await file.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
        Assert.Contains("danh-sach-vay-von", file.Content.Headers.ContentDisposition!.FileNameStar ?? file.Content.Headers.ContentDisposition.FileName);

        // Someone else's job does not exist for them.
        var other = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/exports/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/exports/{id}/file")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == ExportJobs.AuditAction && a.EntityId == id.ToString() && a.Details!.Contains("downloaded"))));
    }

    [SkippableFact]
    public async Task Bad_or_forbidden_requests_answer_at_once()
    {
        app.EnsureAvailable();
        var bank = await app.ApiAsync(Roles.BankOfficer, Unit.A);
        var unknown = await bank.PostAsJsonAsync("/api/v1/exports", new { kind = "everything" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("loans", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.Supervisor, Unit.A)).PostAsJsonAsync("/api/v1/exports", new { kind = "loans" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await bank.PostAsJsonAsync("/api/v1/exports", new { kind = "report-docx", parameters = new { } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bank.GetAsync($"/api/v1/exports/{Guid.NewGuid()}")).StatusCode);
    }

    [SkippableFact]
    public async Task A_job_runs_exactly_once_when_several_instances_poll_the_store()
    {
        app.EnsureAvailable();
        var officer = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var started = await officer.PostAsJsonAsync("/api/v1/exports", new { kind = "loans" });
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        // Two more instances (beside the application's own worker) poll and claim at the same time.
        var scopes = app.Services.GetRequiredService<IServiceScopeFactory>();
        var kinds = app.Services.GetServices<IExportKind>().ToList();
        var config = app.Services.GetRequiredService<IConfiguration>();
        var workers = Enumerable.Range(0, 2).Select(_ => new ExportWorker(scopes, kinds, new ExportSignal(), config, NullLogger<ExportWorker>.Instance, app.Clock)).ToList();
        await Task.WhenAll(workers.SelectMany(w => Enumerable.Range(0, 3).Select(_ => w.RunWaitingAsync(CancellationToken.None))));

        var done = await WaitDoneAsync(officer, id);
        Assert.Equal("Done", done.GetProperty("status").GetString());
        var job = await app.WithDbAsync(db => db.Set<ExportJob>().AsNoTracking().SingleAsync(j => j.Id == id));
        Assert.Equal(1, job.Attempts);
        Assert.NotNull(job.ClaimedBy);

        // Claiming a finished job again changes nothing.
        Assert.False(await app.WithDbAsync(db => ExportJobs.TryClaimAsync(db, id, "late-instance", DateTimeOffset.UtcNow, CancellationToken.None)));
    }

    [SkippableFact]
    public async Task A_claim_is_won_by_one_of_two_instances_racing()
    {
        app.EnsureAvailable();
        var me = await app.CurrentUserAsync(Roles.ProvinceOfficer, Unit.A);
        // A job row as another instance would see it, but of a kind no worker knows yet, so only the racers below claim it.
        var job = new ExportJob
        {
            Kind = "race-test", Title = "Thử", Status = ExportJobStatus.Queued, CreatedAt = DateTimeOffset.UtcNow.AddYears(1),
            UserId = me.UserId, UserName = me.UserName, Role = me.Role, ProvinceCode = me.ProvinceCode, Attempts = ExportJobs.MaxAttempts - 1,
        };
        await app.WithDbAsync(async db => { db.Add(job); return await db.SaveChangesAsync(); });
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            app.WithDbAsync(db => ExportJobs.TryClaimAsync(db, job.Id, $"instance-{i}", DateTimeOffset.UtcNow, CancellationToken.None))));
        var stored = await app.WithDbAsync(db => db.Set<ExportJob>().AsNoTracking().SingleAsync(j => j.Id == job.Id));
        // The application's own worker may have been one of the racers: exactly one claim in all.
        Assert.Equal(ExportJobs.MaxAttempts, stored.Attempts);
        Assert.True(results.Count(r => r) <= 1);
        Assert.Equal(results.Count(r => r) == 1, stored.ClaimedBy!.StartsWith("instance-"));
    }

    [SkippableFact]
    public async Task The_loan_page_starts_the_province_export_and_its_page_refreshes_until_the_file_is_ready()
    {
        app.EnsureAvailable();
        var pages = await app.PagesAsync(Roles.ProvinceOfficer, Unit.A);
        var index = await pages.GetStringAsync("/Loans");
        Assert.Contains("data-testid=\"loans-export-job\"", index);
        var posted = await HoaNhapApp.PostFormAsync(pages, "/Loans", "/Loans?handler=Export", new());
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var location = posted.Headers.Location!.OriginalString;
        Assert.StartsWith("/Exports/Details/", location);

        var html = await pages.GetStringAsync(location);
        for (var i = 0; i < 150 && !html.Contains("data-status=\"Done\""); i++)
        {
            Assert.Contains("http-equiv=\"refresh\"", html);
            await Task.Delay(200);
            html = await pages.GetStringAsync(location);
        }
        Assert.Contains("data-testid=\"export-ready\"", html);
        Assert.DoesNotContain("http-equiv=\"refresh\"", html);
        var file = await pages.GetAsync(location + "?handler=File");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Contains("Danh sách vay vốn toàn tỉnh", await pages.GetStringAsync("/Exports"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ExportJobsTests_Sqlite(SqliteApp app) : ExportJobsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ExportJobsTests_Postgres(PostgresApp app) : ExportJobsTests(app);
