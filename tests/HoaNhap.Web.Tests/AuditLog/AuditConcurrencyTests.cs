using System.Net;
using System.Net.Http.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Audit;
using HoaNhap.Web.Features.AuditLog;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.AuditLog;

/// <summary>
/// The audit chain does not serialise the nation: each province appends to its own chain, so many
/// units reading and writing at once all get their answer, and every chain still verifies.
/// </summary>
public abstract class AuditConcurrencyTests(HoaNhapApp app)
{
    protected HoaNhapApp App { get; } = app;
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [SkippableFact]
    public async Task Sixty_four_concurrent_audited_requests_across_four_provinces_all_answer_and_every_chain_verifies()
    {
        App.EnsureAvailable();
        string[] provinces = ["15", "19", "20", "22"];
        var units = new List<(string Province, HttpClient Api, string Commune, Guid Person)>();
        foreach (var p in provinces)
        {
            var (api, commune) = await AuditSteps.CommuneOfficerInAsync(App, p);
            units.Add((p, api, commune, await AuditSteps.CreateAndViewAsync(api, commune, "Võ Văn Đồng")));
        }
        var before = await App.WithDbAsync(db => db.AuditEntries.Where(a => provinces.Contains(a.Chain)).GroupBy(a => a.Chain)
            .Select(g => new { g.Key, Count = g.LongCount() }).ToDictionaryAsync(g => g.Key, g => g.Count));

        // Writes (a new person: one entry), reads of a file (one entry) and searches (one entry), 16 per province, all at once.
        var requests = Enumerable.Range(0, 64).Select(async i =>
        {
            var (province, api, commune, person) = units[i % units.Count];
            var response = (i / units.Count % 3) switch
            {
                0 => await api.PostAsJsonAsync("/api/v1/people", TestData.PersonJson(TestData.Unique("Võ Thị Song"), commune)),
                1 => await api.GetAsync($"/api/v1/people/{person}"),
                _ => await api.GetAsync($"/api/v1/people?q={Uri.EscapeDataString("vo van dong")}"),
            };
            return (province, response.StatusCode);
        }).ToList();
        var answers = await Task.WhenAll(requests).WaitAsync(Patience);

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created, $"{a.province}: {(int)a.StatusCode}"));
        var result = await App.WithDbAsync(db => AuditVerification.VerifyAsync(db));
        Assert.True(result.Intact, $"Broken at {result.FirstBadEntry}: {result.Reason}");
        foreach (var p in provinces)
        {
            var chain = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Chain == p).OrderBy(a => a.Sequence).Select(a => a.Sequence).ToListAsync());
            // Every request writes at least its entry (a search also the read of its list, by the personal-data audit).
            Assert.True(chain.Count >= before[p] + 16, $"{p}: {chain.Count} entries, {before[p]} before 16 requests");
            Assert.Equal(Enumerable.Range(1, chain.Count).Select(n => (long)n), chain);
            Assert.Equal(chain.Count, await App.WithDbAsync(db => db.AuditChainHeads.Where(h => h.Chain == p).Select(h => h.Sequence).SingleAsync()));
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuditConcurrencyTests_Sqlite(SqliteApp app) : AuditConcurrencyTests(app);

/// <summary>PostgreSQL only: SQLite has a single writer, so every write waits for the open one by design of the engine.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AuditConcurrencyTests_Postgres(PostgresApp app) : AuditConcurrencyTests(app)
{
    [SkippableFact]
    public async Task A_province_whose_chain_is_held_by_an_open_transaction_does_not_hold_up_another_province()
    {
        App.EnsureAvailable();
        var provinceA = await App.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var provinceB = await App.ApiAsync(Roles.CommuneOfficer, Unit.B);

        // A command of province 25 inside a transaction of its own that has written its entry and not yet committed.
        using var scope = App.Services.CreateScope();
        var db = App.NewDbContext(scope);
        await using var tx = await db.Database.BeginTransactionAsync();
        db.Record(AuditActions.View, "Person", App.PersonA.ToString(), App.PersonA, "25", "04792");
        await db.SaveChangesAsync();

        // Province 01 is not held up.
        var other = await provinceB.GetAsync($"/api/v1/people/{App.PersonB}").WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        // Province 25 waits for the open transaction, and answers as soon as it ends.
        var same = provinceA.GetAsync($"/api/v1/people/{App.PersonA}");
        await Task.Delay(500);
        Assert.False(same.IsCompleted, "A second writer of the same chain did not wait for the first.");
        await tx.CommitAsync();
        Assert.Equal(HttpStatusCode.OK, (await same.WaitAsync(TimeSpan.FromSeconds(30))).StatusCode);

        var result = await App.WithDbAsync(d => AuditVerification.VerifyAsync(d, "25"));
        Assert.True(result.Intact, $"Broken at {result.FirstBadEntry}: {result.Reason}");
    }

    [SkippableFact]
    public async Task Readers_of_one_province_who_arrive_together_are_audited_in_one_commit_each_under_their_own_name()
    {
        App.EnsureAvailable();
        var officer = await App.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var province = await App.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var since = await App.WithDbAsync(d => d.AuditEntries.Where(a => a.Chain == "25").MaxAsync(a => a.Sequence));

        // The chain is held while 32 reads of one file arrive: they queue, then go in (at most) a couple of commits.
        using var scope = App.Services.CreateScope();
        var db = App.NewDbContext(scope);
        var tx = await db.Database.BeginTransactionAsync();
        db.Record(AuditActions.View, "Person", App.PersonA.ToString(), App.PersonA, "25", "04792");
        await db.SaveChangesAsync();
        var reads = Enumerable.Range(0, 32).Select(i => (i % 2 == 0 ? officer : province).GetAsync($"/api/v1/people/{App.PersonA}")).ToList();
        await Task.Delay(1500);
        Assert.DoesNotContain(reads, r => r.IsCompleted);
        await tx.CommitAsync();
        await tx.DisposeAsync();
        Assert.All(await Task.WhenAll(reads).WaitAsync(TimeSpan.FromSeconds(60)), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        var views = await App.WithDbAsync(d => d.AuditEntries.AsNoTracking()
            .Where(a => a.Chain == "25" && a.Sequence > since && a.Action == AuditActions.View && a.EntityId == App.PersonA.ToString()
                && a.UserName != "system" && a.UserName != "")
            .Select(a => new { a.At, a.UserName }).ToListAsync());
        Assert.Equal(32, views.Count(v => v.UserName != scope.ServiceProvider.GetRequiredService<HoaNhap.Data.Audit.IAuditActor>().UserName));
        Assert.InRange(views.Select(v => v.At).Distinct().Count(), 1, 3);
        Assert.Equal(2, views.Select(v => v.UserName).Distinct().Count());
        var result = await App.WithDbAsync(d => AuditVerification.VerifyAsync(d, "25"));
        Assert.True(result.Intact, $"Broken at {result.FirstBadEntry}: {result.Reason}");
    }
}
