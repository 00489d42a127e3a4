using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Audit;
using HoaNhap.Web.Features.AuditLog;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.AuditLog;

/// <summary>An application of its own: these tests break its audit chains for good. Every entry is anchored, so the first bad one can be named.</summary>
public sealed class TamperedSqliteApp : HoaNhapApp
{
    public override bool IsPostgres => false;
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Audit:AnchorEvery", "1");
    }
}

public sealed class TamperedPostgresApp : HoaNhapApp
{
    public override bool IsPostgres => true;
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Audit:AnchorEvery", "1");
    }
}

[CollectionDefinition(Name)]
public sealed class TamperedSqliteCollection : ICollectionFixture<TamperedSqliteApp> { public const string Name = "SQLite-audit-tamper"; }

[CollectionDefinition(Name)]
public sealed class TamperedPostgresCollection : ICollectionFixture<TamperedPostgresApp> { public const string Name = "Postgres-audit-tamper"; }

/// <summary>
/// Someone with direct access to the database lifts the append-only guard and edits, removes or
/// recomputes entries of one province's chain: verification names the first entry that no longer
/// holds, <c>verify-audit</c> exits 1, and the API and the page say the same. Each test tampers with a
/// province of its own.
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

    Task<VerificationResult> VerifyAsync(string chain) =>
        App.WithDbAsync(db => AuditVerification.VerifyAsync(db, chain));

    Task<List<AuditEntry>> ChainAsync(string chain) =>
        App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Chain == chain).OrderBy(a => a.Sequence).ToListAsync());

    /// <summary>A province with a few entries that verify, and its officer.</summary>
    async Task<(HttpClient Api, string Commune, List<AuditEntry> Entries)> IntactChainAsync(string province)
    {
        var (api, commune) = await AuditSteps.CommuneOfficerInAsync(App, province);
        for (var i = 0; i < 3; i++) await AuditSteps.CreateAndViewAsync(api, commune, "Đào Văn Chuỗi");
        var intact = await VerifyAsync(province);
        Assert.True(intact.Intact, $"Broken before any tampering, at {intact.FirstBadEntry}: {intact.Reason}");
        return (api, commune, await ChainAsync(province));
    }

    /// <summary>The same verdict from the command line (exit 1), the province's API and the audit page.</summary>
    async Task AssertReportedEverywhereAsync(string province, long sequence, long? id, string reason)
    {
        var result = await VerifyAsync(province);
        Assert.False(result.Intact);
        Assert.Equal(new AuditEntryRef(province, sequence, id), result.FirstBadEntry);
        Assert.Contains(reason, result.Reason);
        Assert.Equal(1, await AuditVerification.RunCommandAsync(App.Services));

        var admin = await App.ApiAsync(Roles.SystemAdmin, Unit.A);
        var all = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        Assert.False(all.GetProperty("intact").GetBoolean());
        var chain = all.GetProperty("chains").EnumerateArray().Single(c => c.GetProperty("chain").GetString() == province);
        Assert.False(chain.GetProperty("intact").GetBoolean());
        Assert.Equal(sequence, chain.GetProperty("firstBadEntry").GetProperty("sequence").GetInt64());
        Assert.Contains(reason, chain.GetProperty("reason").GetString());

        var page = await HoaNhapApp.PostFormAsync(await App.PagesAsync(Roles.SystemAdmin, Unit.A), "/AuditLog", "/AuditLog?handler=Verify", new());
        Assert.Contains(AuditVerification.Describe(new AuditEntryRef(province, sequence, id)), await page.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task A_changed_row_is_named()
    {
        App.EnsureAvailable();
        var (_, _, entries) = await IntactChainAsync("04");
        var edited = entries.First(a => a.Action == AuditActions.Create && a.EntityType == "Person");
        var forged = edited.Details!.Replace("0987654321", "0900000000");
        Assert.NotEqual(edited.Details, forged);
        await App.WithDbAsync(async db =>
        {
            await DisableGuardAsync(db);
            return await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Details\" = {0} WHERE \"Id\" = {1}", forged, edited.Id);
        });
        await AssertReportedEverywhereAsync("04", edited.Sequence, edited.Id, "đã bị thay đổi");
        Assert.Equal(edited.Sequence - 1, (await VerifyAsync("04")).EntriesChecked);
    }

    [SkippableFact]
    public async Task A_deleted_entry_in_the_middle_is_named_as_a_gap()
    {
        App.EnsureAvailable();
        var (_, _, entries) = await IntactChainAsync("08");
        var removed = entries[2];
        await App.WithDbAsync(async db =>
        {
            await DisableGuardAsync(db);
            return await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Id\" = {0}", removed.Id);
        });
        await AssertReportedEverywhereAsync("08", removed.Sequence, null, $"Thiếu bản ghi số {removed.Sequence}: đã bị xóa");
    }

    [SkippableFact]
    public async Task A_deleted_tail_is_named_by_the_head_and_by_the_anchors_when_the_head_is_rewound()
    {
        App.EnsureAvailable();
        var (_, _, entries) = await IntactChainAsync("11");
        var keep = entries[^3];
        await App.WithDbAsync(async db =>
        {
            await DisableGuardAsync(db);
            return await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Chain\" = '11' AND \"Sequence\" > {0}", keep.Sequence);
        });
        await AssertReportedEverywhereAsync("11", keep.Sequence + 1, null, "Thiếu 2 bản ghi cuối chuỗi");
        Assert.Contains("đầu chuỗi ghi nhận", (await VerifyAsync("11")).Reason);

        // The head is in the database too: rewinding it leaves the anchors outside the database.
        await App.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"AuditChainHeads\" SET \"Sequence\" = {0}, \"Hash\" = {1} WHERE \"Chain\" = '11'", keep.Sequence, keep.Hash));
        await AssertReportedEverywhereAsync("11", keep.Sequence + 1, null, "mốc neo ngoài cơ sở dữ liệu ghi nhận");
        var result = await VerifyAsync("11");
        Assert.Equal(keep.Sequence, result.AnchoredUpTo["11"]);
    }

    [SkippableFact]
    public async Task Numbers_reused_after_a_deleted_tail_are_named_and_row_ids_are_never_reused()
    {
        App.EnsureAvailable();
        var (api, commune, entries) = await IntactChainAsync("12");
        var keep = entries[^3];
        await App.WithDbAsync(async db =>
        {
            await DisableGuardAsync(db);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Chain\" = '12' AND \"Sequence\" > {0}", keep.Sequence);
            return await db.Database.ExecuteSqlRawAsync(
                "UPDATE \"AuditChainHeads\" SET \"Sequence\" = {0}, \"Hash\" = {1} WHERE \"Chain\" = '12'", keep.Sequence, keep.Hash);
        });
        // The application goes on writing: the numbers after the rewound head are given again, the row ids are not.
        await AuditSteps.CreateAndViewAsync(api, commune, "Đào Văn Lặp");
        var after = await ChainAsync("12");
        var reused = after.Single(a => a.Sequence == keep.Sequence + 1);
        Assert.True(reused.Id > entries.Max(a => a.Id), "A deleted row's id was given again.");
        await AssertReportedEverywhereAsync("12", reused.Sequence, reused.Id, "số thứ tự đã bị dùng lại");
    }

    [SkippableFact]
    public async Task A_chain_recomputed_without_the_key_or_with_another_key_is_named_at_the_first_recomputed_entry()
    {
        App.EnsureAvailable();
        var (_, _, entries) = await IntactChainAsync("14");
        var from = entries.First(a => a.Action == AuditActions.Create && a.EntityType == "Person");
        await RecomputeAsync("14", entries, from, e => AuditChain.ComputeUnkeyedHash(e));
        await AssertReportedEverywhereAsync("14", from.Sequence, from.Id, "tính lại không có khóa");

        await RecomputeAsync("14", entries, from, e => AuditChain.ComputeHash(e, Encoding.UTF8.GetBytes("một-khóa-khác-không-phải-của-hệ-thống")));
        await AssertReportedEverywhereAsync("14", from.Sequence, from.Id, "bằng khóa khác");
    }

    /// <summary>What someone with the database but not the key would do: edit an entry and rehash from it to the end, head included.</summary>
    async Task RecomputeAsync(string chain, List<AuditEntry> entries, AuditEntry from, Func<AuditEntry, string> hash)
    {
        await App.WithDbAsync(async db =>
        {
            await DisableGuardAsync(db);
            var previous = entries.Where(e => e.Sequence < from.Sequence).Select(e => e.Hash).LastOrDefault() ?? AuditChain.Genesis;
            foreach (var e in entries.Where(e => e.Sequence >= from.Sequence))
            {
                if (e.Id == from.Id) e.Details = "{\"FullName\":[null,\"Người Khác\"]}";
                e.PreviousHash = previous;
                e.Hash = hash(e);
                previous = e.Hash;
                await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Details\" = {0}, \"PreviousHash\" = {1}, \"Hash\" = {2} WHERE \"Id\" = {3}",
                    e.Details!, e.PreviousHash, e.Hash, e.Id);
            }
            return await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditChainHeads\" SET \"Hash\" = {0} WHERE \"Chain\" = {1}", previous, chain);
        });
    }
}

[Collection(TamperedSqliteCollection.Name)]
public sealed class AuditTamperTests_Sqlite(TamperedSqliteApp app) : AuditTamperTests(app);

[Collection(TamperedPostgresCollection.Name)]
public sealed class AuditTamperTests_Postgres(TamperedPostgresApp app) : AuditTamperTests(app);
