using System.Diagnostics;
using System.Threading.Channels;
using HoaNhap.Data;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Domain.Text;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Reconciliation;

/// <summary>Reconciliations waiting to be matched, in the order they were uploaded.</summary>
public sealed class ReconciliationQueue
{
    readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(Guid id) => _channel.Writer.TryWrite(id);

    public IAsyncEnumerable<Guid> ReadAllAsync(CancellationToken ct) => _channel.Reader.ReadAllAsync(ct);
}

/// <summary>
/// Matches queued lists in the background, one at a time, so that a large file can be left running;
/// the page shows the progress (stored in the database, so every instance of the web tier shows it). On start,
/// and then every minute, lists left unfinished (by a stop, or by another instance that went away) are taken up
/// again. Each list is matched by one instance only: it takes the list's <see cref="HoaNhap.Data.Jobs.JobLease"/> first.
/// </summary>
public sealed class ReconciliationWorker(ReconciliationQueue queue, IServiceScopeFactory scopes, ILogger<ReconciliationWorker> log,
    HoaNhap.Data.Jobs.JobInstance instance) : BackgroundService
{
    /// <summary>How long an instance may match one list before another one may take it over.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(15);
    public static string LeaseName(Guid id) => "reconciliation:" + id.ToString("N");

    /// <summary>
    /// At start: every unfinished list. Then every minute: lists uploaded over a minute ago that nobody took, and
    /// lists whose matching instance let its lease expire (it stopped).
    /// </summary>
    async Task EnqueueUnfinishedAsync(bool atStart, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
        var unfinished = await db.Set<MonthlyReconciliation>().AsNoTracking()
            .Where(r => r.Status == ReconciliationStatus.Uploaded || r.Status == ReconciliationStatus.Running)
            .OrderBy(r => r.CreatedAt).Select(r => new { r.Id, r.Status, r.CreatedAt }).ToListAsync(ct);
        if (atStart)
        {
            foreach (var r in unfinished) queue.Enqueue(r.Id);
            return;
        }
        // Leases and the "stuck for a minute" check measure real time, not the application's day.
        var now = DateTimeOffset.UtcNow;
        var names = unfinished.Select(r => LeaseName(r.Id)).ToList();
        var expired = (await db.Set<HoaNhap.Data.Jobs.JobLease>().AsNoTracking()
                .Where(l => names.Contains(l.Name) && l.Holder != null && l.LeasedUntil < now).Select(l => l.Name).ToListAsync(ct))
            .ToHashSet();
        foreach (var r in unfinished)
            if ((r.Status == ReconciliationStatus.Uploaded && now - r.CreatedAt > TimeSpan.FromMinutes(1)) || expired.Contains(LeaseName(r.Id)))
                queue.Enqueue(r.Id);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Yield();
            await EnqueueUnfinishedAsync(atStart: true, stoppingToken);
            _ = Task.Run(async () =>
            {
                using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
                while (await timer.WaitForNextTickAsync(stoppingToken))
                    try { await EnqueueUnfinishedAsync(atStart: false, stoppingToken); }
                    catch (Exception e) when (e is not OperationCanceledException) { log.LogWarning(e, "Không đọc được danh sách đối soát chưa xong."); }
            }, stoppingToken);
            await foreach (var id in queue.ReadAllAsync(stoppingToken))
            {
                try
                {
                    using var scope = scopes.CreateScope();
                    var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
                    if (!await HoaNhap.Data.Jobs.JobLeases.TryClaimAsync(db, LeaseName(id), "done", Lease, instance.Id, stoppingToken)) continue;
                    try
                    {
                        await ReconciliationRunner.RunAsync(db, id, log, stoppingToken);
                    }
                    finally
                    {
                        await HoaNhap.Data.Jobs.JobLeases.CompleteAsync(db, LeaseName(id), "done", instance.Id, CancellationToken.None);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "Đối soát {Id} bị lỗi.", id);
                    using var scope = scopes.CreateScope();
                    var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
                    var failed = await db.Set<MonthlyReconciliation>().FirstOrDefaultAsync(r => r.Id == id, CancellationToken.None);
                    failed?.Fail("Lỗi khi xử lý tệp: " + e.Message[..Math.Min(e.Message.Length, 1500)]);
                    await db.SaveChangesAsync(CancellationToken.None);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The application is stopping; unfinished lists are taken up at the next start.
        }
        catch (Exception e)
        {
            // A database not reachable at start must not stop the application.
            log.LogError(e, "Không khởi động được việc đối soát nền.");
        }
    }
}

/// <summary>One reconciliation from the stored file to the four parts of the result.</summary>
public static class ReconciliationRunner
{
    const int Chunk = 5000;

    public static async Task RunAsync(HoaNhapDbContext db, Guid id, ILogger? log, CancellationToken ct)
    {
        var reconciliation = await db.Set<MonthlyReconciliation>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (reconciliation is null || !reconciliation.Start()) return;
        var clock = Stopwatch.StartNew();
        await db.SaveChangesAsync(ct);
        // Taken up again after a stop: start from nothing.
        await db.Set<ReconciliationRow>().Where(r => r.ReconciliationId == id).ExecuteDeleteAsync(ct);

        var content = await db.Set<ReconciliationFile>().Where(f => f.ReconciliationId == id).Select(f => f.Content).FirstAsync(ct);
        var (table, error) = ListFile.Read(content);
        var locator = await ReconciliationCommands.LocatorAsync(db, reconciliation.ProvinceCode, ct);
        if (table is null || locator is null) throw new InvalidOperationException(error ?? "Không có danh mục xã, phường của tỉnh.");
        var parsed = ListParser.Parse(table, locator);
        if (parsed.FileError is not null) throw new InvalidOperationException(parsed.FileError);

        // The province's registry, loaded once into memory: no query per row.
        var province = reconciliation.ProvinceCode;
        var people = await db.People.AsNoTracking().Where(p => p.ProvinceCode == province)
            .Select(p => new RegistryPerson(p.Id, p.FullName, p.DateOfBirth, p.BirthYear, p.PersonalIdNumber, p.CommuneCode)).ToListAsync(ct);
        var judgments = await db.Judgments.AsNoTracking().Where(j => j.ProvinceCode == province)
            .Select(j => new RegistryJudgment(j.Id, j.PersonId, j.Number, j.Court, j.JudgmentDate, j.EffectiveOn, j.TermMonths, j.MainPenalty, j.CommuneCode))
            .ToListAsync(ct);
        ReconciliationCommands.TryParseMonth(reconciliation.Month, out var year, out var month);
        var report = new Matcher(people, judgments).Run(parsed.Rows, year, month);
        var loaded = clock.Elapsed;

        var rows = new List<ReconciliationRow>(parsed.TotalRows + report.MissingInList.Count);
        var byNumber = parsed.Rows.ToDictionary(r => r.RowNumber);
        foreach (var m in report.Rows)
        {
            var row = FromList(reconciliation, byNumber[m.RowNumber].Raw, m.RowNumber, byNumber[m.RowNumber].CommuneCode);
            row.Part = m.Part;
            row.PersonId = m.PersonId;
            row.JudgmentId = m.JudgmentId;
            row.Confidence = m.Confidence;
            row.Reason = Cut(m.Reason, 1000);
            row.Conflicts = Cut(ConflictField.Format(m.Conflicts), 2000);
            rows.Add(row);
        }
        foreach (var p in parsed.Problems)
        {
            var row = FromList(reconciliation, p.Raw, p.RowNumber, null);
            row.Part = RowPart.Problem;
            row.Reason = Cut(p.Reason, 1000);
            rows.Add(row);
        }
        var personById = people.ToDictionary(p => p.PersonId);
        foreach (var j in report.MissingInList)
        {
            var p = personById.GetValueOrDefault(j.PersonId);
            rows.Add(new ReconciliationRow
            {
                ReconciliationId = id, ProvinceCode = province, CommuneCode = j.CommuneCode, Part = RowPart.MissingInList,
                JudgmentNumber = Cut(j.Number, 100), Court = Cut(j.Court, 200), JudgmentDate = VietnameseDate.Format(j.JudgmentDate),
                EffectiveOn = VietnameseDate.Format(j.EffectiveOn), TermMonths = j.TermMonths?.ToString() ?? "",
                FullName = Cut(p?.FullName ?? "", 200), BirthDate = p is null ? "" : p.DateOfBirth is { } d ? VietnameseDate.Format(d) : p.BirthYear.ToString(),
                PersonalIdNumber = p?.PersonalIdNumber ?? "", PersonId = j.PersonId, JudgmentId = j.JudgmentId,
                Reason = $"Bản án có hiệu lực ngày {VietnameseDate.Format(j.EffectiveOn)} (trong tháng đối soát) nhưng không có trong danh sách.",
            });
        }

        // Written in bulk (binary COPY on PostgreSQL), in chunks; the progress the page shows is the rows written so far.
        // The rows are computed from the stored file: the reconciliation itself is what is audited.
        var written = 0;
        foreach (var chunk in rows.OrderBy(r => r.RowNumber ?? int.MaxValue).Chunk(Chunk))
        {
            written += (int)await BulkInsert.InsertAsync(db, chunk, ct);
            var processed = Math.Min(written, parsed.TotalRows);
            await db.Set<MonthlyReconciliation>().Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.ProcessedRows, processed), ct);
        }

        reconciliation = await db.Set<MonthlyReconciliation>().FirstAsync(r => r.Id == id, ct);
        reconciliation.Finish(rows.Count(r => r.Part == RowPart.Matched), rows.Count(r => r.Part == RowPart.MissingInRegistry),
            rows.Count(r => r.Part == RowPart.MissingInList), rows.Count(r => r.Part == RowPart.Conflict), db.Clock.GetUtcNow());
        ReconciliationCommands.Audit(db, AuditActions.Update, reconciliation, new
        {
            status = "Done", reconciliation.MatchedCount, reconciliation.MissingInRegistryCount, reconciliation.MissingInListCount,
            reconciliation.ConflictCount, reconciliation.ProblemRows,
        });
        await db.SaveChangesAsync(ct);
        log?.LogInformation("Đối soát {Id} ({Province} {Month}): {Rows} dòng, sổ {People} người / {Judgments} bản án; khớp trong {Match} ms, xong trong {Total} ms.",
            id, province, reconciliation.Month, parsed.TotalRows, people.Count, judgments.Count, (long)loaded.TotalMilliseconds, clock.ElapsedMilliseconds);
    }

    static ReconciliationRow FromList(MonthlyReconciliation r, IReadOnlyDictionary<string, string> raw, int number, string? commune) => new()
    {
        ReconciliationId = r.Id, ProvinceCode = r.ProvinceCode, CommuneCode = commune ?? "", RowNumber = number,
        // (a bad row may lack cells: Raw always has every column, possibly empty)
        JudgmentNumber = Cut(raw[ListColumns.JudgmentNumber], 100), JudgmentDate = Cut(raw[ListColumns.JudgmentDate], 100),
        Court = Cut(raw[ListColumns.Court], 200), FullName = Cut(raw[ListColumns.FullName], 200), BirthDate = Cut(raw[ListColumns.BirthDate], 100),
        PersonalIdNumber = Cut(raw[ListColumns.PersonalIdNumber], 100), Gender = Cut(raw[ListColumns.Gender], 100),
        Address = Cut(raw[ListColumns.Address], 500), Penalty = Cut(raw[ListColumns.Penalty], 100),
        TermMonths = Cut(raw[ListColumns.TermMonths], 100), EffectiveOn = Cut(raw[ListColumns.EffectiveOn], 100),
    };

    static string Cut(string s, int max) => s.Length <= max ? s : s[..max];
}
