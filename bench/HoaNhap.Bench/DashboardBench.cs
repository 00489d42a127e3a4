// The province dashboard at national scale: every indicator of the catalogue computed by the application's
// own query (grouped by province and commune in PostgreSQL) against a naive baseline that loads the rows into
// memory and counts there, in the same run on the same data.
//
//   bench/run.sh dashboard [--people 300000] [--runs 10]
using System.Diagnostics;
using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Breaches;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Features.Dashboard;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;
using Npgsql;

static class DashboardBench
{
    /// <summary>Cases for every generated person (80 % community sentences, 20 % reintegration), breaches for 3 % of them.</summary>
    public static async Task GenerateAsync(string cs)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        async Task Sql(string sql) { await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 }; await cmd.ExecuteNonQueryAsync(); }
        await Sql("""
            INSERT INTO "Cases" ("Id","PersonId","ProvinceCode","CommuneCode","Kind","SentenceType","StartOn","EndedOn","Status","LegalBasisVersion",
                "CustodyDaysServed","CommunityLabour","TermMonths","Version","CreatedAt","CreatedBy","UpdatedAt","UpdatedBy")
            SELECT gen_random_uuid(), p."Id", p."ProvinceCode", p."CommuneCode",
                   CASE WHEN r < 0.8 THEN 'CommunitySentence' ELSE 'Reintegration' END,
                   CASE WHEN r < 0.5 THEN 'SuspendedSentence' WHEN r < 0.8 THEN 'NonCustodialReform' ELSE NULL END,
                   date '2023-01-01' + (r2 * 1400)::int,
                   CASE WHEN r3 < 0.3 THEN date '2024-06-01' + (r2 * 700)::int ELSE NULL END,
                   CASE WHEN r3 < 0.3 THEN 'Completed' WHEN r3 < 0.32 THEN 'Absconded' ELSE 'Active' END,
                   '2019', 0, false, 24, 0, now(), 'bench', now(), 'bench'
            FROM (SELECT p.*, random() r, random() r2, random() r3 FROM "People" p) p
            """);
        await Sql("""
            INSERT INTO "Breach" ("Id","CaseId","PersonId","ProvinceCode","CommuneCode","Kind","OccurredOn","Description","Intentional","AdministrativeSanction","CreatedAt","CreatedBy")
            SELECT gen_random_uuid(), c."Id", c."PersonId", c."ProvinceCode", c."CommuneCode",
                   CASE WHEN random() < 0.5 THEN 'ObligationBreach' WHEN random() < 0.8 THEN 'LawViolation' ELSE 'NewOffence' END,
                   c."StartOn" + (random() * 300)::int, 'bench', true, false, now(), 'bench'
            FROM "Cases" c WHERE random() < 0.03
            """);
        await Sql("VACUUM ANALYZE \"Cases\"");
        await Sql("VACUUM ANALYZE \"Breach\"");
    }

    public static async Task RunAsync(string cs, Func<HoaNhapDbContext> context, int runs)
    {
        await using (var db = context())
        {
            var cases = await db.Cases.CountAsync();
            var breaches = await db.Set<Breach>().CountAsync();
            // The province with the most cases.
            var province = await db.Cases.GroupBy(c => c.ProvinceCode).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            var communes = await db.Communes.CountAsync(c => c.ProvinceCode == province);
            Console.WriteLine($"Data: {cases:N0} cases, {breaches:N0} breaches; province {province} ({communes} communes).");
            var user = new CurrentUser("bench", "bench", "Bench", Roles.ProvinceOfficer, province, null);
            var area = (await IndicatorQueries.AreaAsync(db, user, null, null, default)).Value!;
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var month = ReportingPeriod.MonthContaining(today, 15);

            var queried = new List<double>();
            DashboardView? view = null;
            for (var i = 0; i <= runs; i++)
            {
                await using var run = context();
                var sw = Stopwatch.StartNew();
                view = await IndicatorQueries.DashboardAsync(run, user, area, month, today, default);
                if (i > 0) queried.Add(sw.Elapsed.TotalMilliseconds); // the first run warms up
            }

            // Naive baseline: load the rows, then count the same two main figures in memory.
            var naive = new List<double>();
            long naiveServed = 0, naiveViolations = 0, naiveCaseload = 0;
            var from = month.From.AddMonths(-11);
            for (var i = 0; i <= Math.Min(runs, 3); i++)
            {
                await using var run = context();
                var sw = Stopwatch.StartNew();
                var allCases = await run.Cases.AsNoTracking().ToListAsync();
                var allBreaches = await run.Set<Breach>().AsNoTracking().ToListAsync();
                var byCase = allBreaches.Where(b => b.Kind is BreachKind.LawViolation or BreachKind.NewOffence && b.OccurredOn >= from && b.OccurredOn <= month.To)
                    .Select(b => b.CaseId).ToHashSet();
                var served = allCases.Where(c => c.ProvinceCode == province && c.Kind == CaseKind.CommunitySentence && c.StartOn <= month.To && (c.EndedOn == null || c.EndedOn >= from)).ToList();
                naiveServed = served.Count;
                naiveViolations = served.Count(c => byCase.Contains(c.Id));
                var snap = month.To < today ? month.To : today;
                naiveCaseload = allCases.Count(c => c.ProvinceCode == province && c.Kind == CaseKind.CommunitySentence && c.StartOn <= snap && (c.EndedOn == null || c.EndedOn > snap) && c.Status != CaseStatus.Transferred);
                if (i > 0) naive.Add(sw.Elapsed.TotalMilliseconds);
            }
            var rate = view!.Total[Indicators.ViolationRate];
            if (rate.Numerator != naiveViolations || rate.Denominator != naiveServed || view.Total[Indicators.Caseload].Numerator != naiveCaseload)
                throw new InvalidOperationException("The dashboard and the baseline disagree.");
            Console.WriteLine();
            Console.WriteLine($"Province dashboard ({Indicators.All.Count} indicators, every commune side by side, caseload table), {runs} runs:");
            Console.WriteLine($"  naive baseline (load all rows, count in memory; 2 indicators only): median {Median(naive):F0} ms");
            Console.WriteLine($"  grouped queries (production, all indicators):                      median {Median(queried):F0} ms, max {queried.Max():F0} ms");
            Console.WriteLine($"  speed-up (baseline / production, median): {Median(naive) / Median(queried):F1}x");
            await using (var each = context())
                foreach (var i in Indicators.All.Where(i => i.HasData))
                {
                    var sw = Stopwatch.StartNew();
                    await IndicatorQueries.CellsAsync(each, i, IndicatorQueries.PeriodFor(i, month, today), area, default);
                    Console.WriteLine($"    {i.Key,-28} {sw.Elapsed.TotalMilliseconds,7:F0} ms");
                }
            Console.WriteLine($"  same figures: violation rate {rate.Text} ({rate.Numerator}/{rate.Denominator}), caseload {naiveCaseload:N0}.");
        }
    }

    static double Median(List<double> xs) { var s = xs.Order().ToList(); return s[s.Count / 2]; }
}
