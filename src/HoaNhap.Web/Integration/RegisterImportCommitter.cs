using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Data.Audit;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Import;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Features.Cases;
using HoaNhap.Web.Features.Judgments;
using HoaNhap.Web.Features.People;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Imports;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Integration;

/// <summary>The officer who uploaded a register acts in the audit log while it is written in the background.</summary>
public sealed class ImportActor(RegisterImport import) : IAuditActor
{
    public string? UserId => import.UserId;
    public string UserName => import.CreatedBy;
    public string? ClientAddress => null;
}

/// <summary>
/// Writes an import's rows into the registry in ONE transaction, in bulk. Every row is first checked with the registry's own
/// rules — the person form's (<see cref="PersonChecks"/>), the judgment's (<see cref="JudgmentChecks"/>: penalty limits,
/// articles), the reintegration case's (<see cref="CaseChecks"/>) — as the officer who uploaded it, and its records are made by
/// the same code as the forms' (<see cref="PersonCommands.Apply"/>, <see cref="JudgmentCommands.New"/>, <see cref="CaseCommands.New"/>).
/// Then the people, their judgments or cases and their audit entries (each record's "Create", and "Import" with the source:
/// file, sheet, row) are inserted in chunks — binary COPY on PostgreSQL, batched inserts on SQLite — the audit entries chained
/// as every save chains them (<see cref="HoaNhapDbContext.AppendAuditAsync"/>). A row those checks refuse, an error or a stop
/// (kill -9) rolls everything back: the import is Failed (or, after a stop, taken up again at the next start) and nothing of it
/// is in the registry.
/// </summary>
public sealed class RegisterImportCommitter(IServiceScopeFactory scopes, ImportQueue queue, ILogger<RegisterImportCommitter> log) : IImportCommitter
{
    /// <summary>Rows written per chunk: the progress moves by this much.</summary>
    public const int RowsPerChunk = 2000;

    public async Task RunAsync(Guid importId, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var sp = scope.ServiceProvider;
        var options = sp.GetRequiredService<DbContextOptions<HoaNhapDbContext>>();
        RegisterImport? import;
        await using (var probe = new HoaNhapDbContext(options)) import = await probe.Set<RegisterImport>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == importId, ct);
        if (import is not { Status: ImportStatus.Committing }) return;
        await using var db = new HoaNhapDbContext(options, new ImportActor(import), sp.GetRequiredService<AuditChainSettings>(), sp.GetRequiredService<TimeProvider>());
        try
        {
            var (created, skipped) = await WriteAsync(db, import, n => queue.Report(importId, n), ct);
            log.LogInformation("Nhập sổ {Id}: {Created} người, bỏ qua {Skipped} dòng.", importId, created, skipped);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Nhập sổ {Id} không thành công; không ghi gì.", importId);
            await using var again = new HoaNhapDbContext(options, new ImportActor(import), sp.GetRequiredService<AuditChainSettings>(), sp.GetRequiredService<TimeProvider>());
            var failed = await again.Set<RegisterImport>().FirstAsync(i => i.Id == importId, CancellationToken.None);
            failed.Fail(e is ImportRowException row ? row.Message : "Lỗi khi ghi sổ: " + e.Message);
            await again.SaveChangesAsync(CancellationToken.None);
        }
        finally
        {
            queue.Forget(importId);
        }
    }

    /// <summary>
    /// Checks and writes a Committing import on <paramref name="db"/> (whose actor is the officer who uploaded it) in one
    /// transaction; <paramref name="progress"/> hears the rows written so far. Throws <see cref="ImportRowException"/> naming the
    /// first row the registry refuses; nothing is written then.
    /// </summary>
    public static async Task<(int Created, int Skipped)> WriteAsync(HoaNhapDbContext db, RegisterImport import, Action<int>? progress, CancellationToken ct)
    {
        var content = await db.Set<RegisterImportFile>().Where(f => f.ImportId == import.Id).Select(f => f.Content).FirstAsync(ct);
        var encoding = Enum.TryParse<RegisterEncoding>(import.Encoding, out var e) ? e : (RegisterEncoding?)null;
        var (table, error) = RegisterFile.Read(content, encoding);
        if (table is null) throw new ImportRowException(error ?? "Không đọc được tệp.");
        var rows = await RegisterFile.RowsAsync(db, import, table, RegisterFile.ParseMapping(import.Mapping), ct);
        var user = new CurrentUser(import.UserId, import.CreatedBy, import.UserFullName, import.Role, import.ProvinceCode,
            import.UserCommuneCode.Length > 0 ? import.UserCommuneCode : null);
        var records = await CheckAsync(db, import, user, rows, ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = AuditChain.Normalize(db.Clock.GetUtcNow());
        var anchors = new List<AuditAnchor>();
        var written = 0;
        foreach (var chunk in records.Chunk(RowsPerChunk))
        {
            foreach (var r in chunk) Stamp(r, now, db.Actor.UserName);
            await BulkInsert.InsertRecordsAsync(db, chunk.Select(r => r.Person).ToList(), ct);
            await BulkInsert.InsertRecordsAsync(db, chunk.Select(r => r.Judgment).OfType<Judgment>().ToList(), ct);
            await BulkInsert.InsertRecordsAsync(db, chunk.Select(r => r.Case).OfType<Case>().ToList(), ct);
            var entries = new List<AuditEntry>(chunk.Length * 3);
            foreach (var r in chunk)
            {
                // As a save would record them: the person's creation, its source, then its judgment's or case's creation.
                entries.Add(AuditTrail.Created(db.Model, r.Person));
                entries.Add(new AuditEntry
                {
                    Action = AuditActions.Import, EntityType = nameof(Person), EntityId = r.Person.Id.ToString(), PersonId = r.Person.Id,
                    ProvinceCode = r.Person.ProvinceCode, CommuneCode = r.Person.CommuneCode,
                    Details = JsonSerializer.Serialize(new ImportSource(import.Id, import.FileName, import.Sheet, r.Row), AuditTrail.Json),
                });
                entries.Add(AuditTrail.Created(db.Model, (object?)r.Judgment ?? r.Case!));
            }
            anchors.AddRange(await db.AppendAuditAsync(entries, now, ct));
            written += chunk.Length;
            progress?.Invoke(written);
        }
        var done = await db.Set<RegisterImport>().FirstAsync(i => i.Id == import.Id, ct);
        done.Finish(written, rows.Count - written, db.Clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.AuditSettings?.Append(anchors);
        return (written, rows.Count - written);
    }

    /// <summary>One row's records, made and checked, not yet written.</summary>
    sealed record RowRecords(int Row, Person Person, Judgment? Judgment, Case? Case);

    /// <summary>
    /// Every row to write checked with the registry's rules and made into its records. The rows listed as bad in the preview are
    /// the ones the officer agreed to skip; a row that was good then and is not now (its personal ID recorded meanwhile…) stops
    /// the whole import.
    /// </summary>
    static async Task<List<RowRecords>> CheckAsync(HoaNhapDbContext db, RegisterImport import, CurrentUser user, List<RegisterRow> rows, CancellationToken ct)
    {
        if (!user.EditsRegistry) throw new ImportRowException("Người tải lên không còn được phép ghi vào sổ quản lý; không dòng nào được ghi.");
        // The communes of the officer's unit (the form's check), each with its province.
        var communes = await db.Communes.AsNoTracking()
            .Where(c => user.CommuneCode == null ? c.ProvinceCode == user.ProvinceCode : c.Code == user.CommuneCode)
            .ToDictionaryAsync(c => c.Code, c => c.ProvinceCode, ct);
        var listedBad = (JsonSerializer.Deserialize<List<ListedProblem>>(import.Problems) ?? []).Select(p => p.Row).ToHashSet();
        var today = db.Today;
        // Personal IDs already recorded were checked against the registry when the rows were read (RegisterFile.RowsAsync);
        // here those of the rows written before this one.
        var ids = new HashSet<string>();
        var records = new List<RowRecords>(rows.Count);
        foreach (var row in rows.Where(r => !listedBad.Contains(r.RowNumber) || r.IsValid))
        {
            if (!row.IsValid) throw Refused(row, row.Problems.Select(p => p.Message));
            var personInput = new PersonInput
            {
                FullName = row.FullName, DateOfBirth = row.DateOfBirth is { } d ? VietnameseDate.Format(d) : row.BirthYear.ToString(),
                Gender = row.Gender.ToString(), PersonalIdNumber = row.PersonalIdNumber, CommuneCode = row.CommuneCode,
                Address = row.Address, Phone = row.Phone,
            };
            if (PersonChecks.Check(personInput, today, ids.Contains, communes.ContainsKey) is { Count: > 0 } personErrors)
                throw Refused(row, personErrors.SelectMany(x => x.Value));
            var person = new Person();
            PersonCommands.Apply(person, personInput, communes[personInput.CommuneCode!]);
            if (person.PersonalIdNumber is { } id) ids.Add(id);
            // A new person has no judgment or case yet: the commands' checks against earlier ones have nothing to compare.
            if (import.Kind == RegisterKind.CommunitySentences)
            {
                var input = new JudgmentInput
                {
                    Number = row.JudgmentNumber, Court = row.Court, JudgmentDate = Date(row.JudgmentDate), EffectiveOn = Date(row.EffectiveOn),
                    Offences = [.. row.Offences], MainPenalty = row.Penalty.ToString(), TermMonths = row.TermMonths, ProbationMonths = row.ProbationMonths,
                };
                if (JudgmentChecks.Check(input, today) is { Count: > 0 } errors) throw Refused(row, errors.SelectMany(x => x.Value));
                records.Add(new RowRecords(row.RowNumber, person, JudgmentCommands.New(person, input), null));
            }
            else
            {
                var input = new CaseInput
                {
                    Kind = nameof(Domain.Cases.CaseKind.Reintegration), ReleaseKind = nameof(Domain.Cases.ReleaseKind.SentenceCompleted),
                    StartsOn = Date(row.ReleasedOn),
                };
                if (CaseChecks.Check(input, today) is { Count: > 0 } errors) throw Refused(row, errors.SelectMany(x => x.Value));
                records.Add(new RowRecords(row.RowNumber, person, null, CaseCommands.New(person, input)));
            }
        }
        return records;
    }

    /// <summary>What a save stamps on a new record (<c>HoaNhapDbContext.StampVersions</c>).</summary>
    static void Stamp(RowRecords r, DateTimeOffset now, string by)
    {
        (r.Person.CreatedAt, r.Person.CreatedBy, r.Person.UpdatedAt, r.Person.UpdatedBy) = (now, by, now, by);
        if (r.Judgment is { } j) (j.CreatedAt, j.CreatedBy, j.UpdatedAt, j.UpdatedBy) = (now, by, now, by);
        if (r.Case is { } c) (c.CreatedAt, c.CreatedBy, c.UpdatedAt, c.UpdatedBy) = (now, by, now, by);
    }

    static string? Date(DateOnly? d) => d is { } x ? VietnameseDate.Format(x) : null;

    /// <summary>The row's refusal as the reason the whole import is rolled back.</summary>
    static ImportRowException Refused(RegisterRow row, IEnumerable<string> messages) =>
        new($"Dòng {row.RowNumber} không ghi được nên không ghi dòng nào: {string.Join(" ", messages)}");
}

sealed record ListedProblem(int Row);

public sealed class ImportRowException(string message) : Exception(message);

/// <summary>Commits queued imports one at a time; at start, imports left Committing by a stop are written again from nothing.</summary>
public sealed class RegisterImportWorker(ImportQueue queue, IImportCommitter committer, IServiceScopeFactory scopes, ILogger<RegisterImportWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Yield();
            using (var scope = scopes.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
                foreach (var id in await db.Set<RegisterImport>().AsNoTracking().Where(i => i.Status == ImportStatus.Committing)
                             .OrderBy(i => i.CreatedAt).Select(i => i.Id).ToListAsync(stoppingToken))
                    queue.Enqueue(id);
            }
            await foreach (var id in queue.ReadAllAsync(stoppingToken))
                await committer.RunAsync(id, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            log.LogError(e, "Không khởi động được việc nhập sổ nền.");
        }
    }
}
