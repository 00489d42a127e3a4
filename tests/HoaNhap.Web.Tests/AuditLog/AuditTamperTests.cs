using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Audit;
using HoaNhap.Web.Features.AuditLog;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.AuditLog;

/// <summary>An application of its own: these tests break its audit chain for good.</summary>
public sealed class TamperedSqliteApp : HoaNhapApp
{
    public override bool IsPostgres => false;
}

public sealed class TamperedPostgresApp : HoaNhapApp
{
    public override bool IsPostgres => true;
}

[CollectionDefinition(Name)]
public sealed class TamperedSqliteCollection : ICollectionFixture<TamperedSqliteApp> { public const string Name = "SQLite-audit-tamper"; }

[CollectionDefinition(Name)]
public sealed class TamperedPostgresCollection : ICollectionFixture<TamperedPostgresApp> { public const string Name = "Postgres-audit-tamper"; }

/// <summary>
/// Someone with direct access to the database switches off the append-only guard and edits or
/// removes an entry: the hash chain names the first entry that no longer fits.
/// </summary>
public abstract class AuditTamperTests(HoaNhapApp app)
{
    protected HoaNhapApp App { get; } = app;

    /// <summary>What a database administrator would run to lift the guard (the migration's trigger names).</summary>
    async Task DisableGuardAsync(HoaNhapDbContext db)
    {
        if (App.IsPostgres)
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"AuditEntries\" DISABLE TRIGGER audit_entries_no_change");
        else
        {
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER IF EXISTS AuditEntries_no_update");
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER IF EXISTS AuditEntries_no_delete");
        }
    }

    async Task<VerificationResult> VerifyAsync()
    {
        using var scope = App.Services.CreateScope();
        return await AuditVerification.VerifyAsync(App.NewDbContext(scope));
    }

    [SkippableFact]
    public async Task Changing_or_removing_an_entry_is_detected_and_the_first_broken_entry_is_named()
    {
        App.EnsureAvailable();
        var api = await App.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var created = await (await api.PostAsJsonAsync("/api/v1/people", TestData.PersonJson(TestData.Unique("Đào Văn Chuỗi"), "04792")))
                .Content.ReadFromJsonAsync<JsonElement>();
            ids.Add(Guid.Parse(created.GetProperty("id").GetString()!));
            (await api.GetAsync($"/api/v1/people/{ids[^1]}")).EnsureSuccessStatusCode();
        }

        var intact = await VerifyAsync();
        Assert.True(intact.Intact, $"Broken before any tampering, at {intact.FirstBrokenEntryId}: {intact.Reason}");
        Assert.Equal(0, await AuditVerification.RunCommandAsync(App.Services));

        using var scope = App.Services.CreateScope();
        var db = App.NewDbContext(scope);
        var edited = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.PersonId == ids[0] && a.Action == AuditActions.Create);
        var removed = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.PersonId == ids[2] && a.Action == AuditActions.View);
        var afterRemoved = await db.AuditEntries.AsNoTracking().Where(a => a.Id > removed.Id).OrderBy(a => a.Id).FirstOrDefaultAsync();
        // Something must follow the removed entry for its absence to show: the next save adds it.
        if (afterRemoved is null)
        {
            (await api.GetAsync($"/api/v1/people/{ids[0]}")).EnsureSuccessStatusCode();
            afterRemoved = await db.AuditEntries.AsNoTracking().Where(a => a.Id > removed.Id).OrderBy(a => a.Id).FirstAsync();
        }
        var before = await db.AuditEntries.LongCountAsync(a => a.Id < edited.Id);
        await DisableGuardAsync(db);

        // Removing the view of the third person: the entry after it no longer points at its predecessor.
        Assert.Equal(1, await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Id\" = {0}", removed.Id));
        var gap = await VerifyAsync();
        Assert.False(gap.Intact);
        Assert.Equal(afterRemoved.Id, gap.FirstBrokenEntryId);
        Assert.Contains("bị xóa hoặc chèn", gap.Reason);

        // Rewriting what the first person's creation recorded: that very entry is named, earlier ones still hold.
        var forged = edited.Details!.Replace("0987654321", "0900000000");
        Assert.NotEqual(edited.Details, forged);
        Assert.Equal(1, await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Details\" = {0} WHERE \"Id\" = {1}", forged, edited.Id));
        var broken = await VerifyAsync();
        Assert.False(broken.Intact);
        Assert.Equal(edited.Id, broken.FirstBrokenEntryId);
        Assert.Contains("đã bị thay đổi", broken.Reason);
        Assert.Equal(before, broken.EntriesChecked);
        Assert.Equal(1, await AuditVerification.RunCommandAsync(App.Services));

        // The administrator sees the same through the API and the page.
        var admin = await App.ApiAsync(Roles.SystemAdmin, Unit.A);
        var verified = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        Assert.False(verified.GetProperty("intact").GetBoolean());
        Assert.Equal(edited.Id, verified.GetProperty("firstBrokenEntryId").GetInt64());
        var page = await HoaNhapApp.PostFormAsync(await App.PagesAsync(Roles.SystemAdmin, Unit.A), "/AuditLog", "/AuditLog?handler=Verify", new());
        Assert.Contains($"Chuỗi nhật ký bị phá vỡ tại bản ghi số {edited.Id}", await page.Content.ReadAsStringAsync());
    }
}

[Collection(TamperedSqliteCollection.Name)]
public sealed class AuditTamperTests_Sqlite(TamperedSqliteApp app) : AuditTamperTests(app);

[Collection(TamperedPostgresCollection.Name)]
public sealed class AuditTamperTests_Postgres(TamperedPostgresApp app) : AuditTamperTests(app);
