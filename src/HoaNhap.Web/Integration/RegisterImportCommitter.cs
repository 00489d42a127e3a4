using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Data.Audit;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Import;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Features.Cases;
using HoaNhap.Web.Features.Judgments;
using HoaNhap.Web.Features.People;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared;
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
/// Writes an import's rows into the registry in ONE transaction, each row through the registry's own commands — the person
/// form's checks (<see cref="PersonCommands"/>), the judgment's (<see cref="JudgmentCommands"/>: penalty limits, articles),
/// the reintegration case's (<see cref="CaseCommands"/>) — as the officer who uploaded it. A row those checks refuse, an
/// error or a stop (kill -9) rolls everything back: the import is Failed (or, after a stop, taken up again at the next start)
/// and nothing of it is in the registry. Each created person's audit entry "Import" keeps the source (file, sheet, row).
/// </summary>
public sealed class RegisterImportCommitter(IServiceScopeFactory scopes, ImportQueue queue, ILogger<RegisterImportCommitter> log) : IImportCommitter
{
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
            var (created, skipped) = await WriteAsync(db, import, ct);
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

    async Task<(int Created, int Skipped)> WriteAsync(HoaNhapDbContext db, RegisterImport import, CancellationToken ct)
    {
        var content = await db.Set<RegisterImportFile>().Where(f => f.ImportId == import.Id).Select(f => f.Content).FirstAsync(ct);
        var encoding = Enum.TryParse<RegisterEncoding>(import.Encoding, out var e) ? e : (RegisterEncoding?)null;
        var (table, error) = RegisterFile.Read(content, encoding);
        if (table is null) throw new ImportRowException(error ?? "Không đọc được tệp.");
        var rows = await RegisterFile.RowsAsync(db, import, table, RegisterFile.ParseMapping(import.Mapping), ct);
        var user = new CurrentUser(import.UserId, import.CreatedBy, import.UserFullName, import.Role, import.ProvinceCode,
            import.UserCommuneCode.Length > 0 ? import.UserCommuneCode : null);
        var rules = new RuleBook(db);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = 0;
        // The rows listed as bad in the preview are the ones the officer agreed to skip; a row that was good then and is not
        // now (its personal ID recorded meanwhile…) stops the whole import.
        var listedBad = (JsonSerializer.Deserialize<List<ListedProblem>>(import.Problems) ?? []).Select(p => p.Row).ToHashSet();
        foreach (var row in rows.Where(r => !listedBad.Contains(r.RowNumber) || r.IsValid))
        {
            if (!row.IsValid)
                throw new ImportRowException($"Dòng {row.RowNumber} không ghi được nên không ghi dòng nào: "
                    + string.Join(" ", row.Problems.Select(p => p.Message)));
            var person = Take(row, await PersonCommands.CreateAsync(db, user, new PersonInput
            {
                FullName = row.FullName, DateOfBirth = row.DateOfBirth is { } d ? VietnameseDate.Format(d) : row.BirthYear.ToString(),
                Gender = row.Gender.ToString(), PersonalIdNumber = row.PersonalIdNumber, CommuneCode = row.CommuneCode,
                Address = row.Address, Phone = row.Phone,
            }, null, ct));
            var source = new ImportSource(import.Id, import.FileName, import.Sheet, row.RowNumber);
            db.Record(AuditActions.Import, nameof(Person), person.Id.ToString(), person.Id, person.ProvinceCode, person.CommuneCode,
                JsonSerializer.Serialize(source, AuditTrail.Json));
            if (import.Kind == RegisterKind.CommunitySentences)
                Take(row, await JudgmentCommands.CreateAsync(db, user, person.Id, new JudgmentInput
                {
                    Number = row.JudgmentNumber, Court = row.Court, JudgmentDate = Date(row.JudgmentDate), EffectiveOn = Date(row.EffectiveOn),
                    Offences = [.. row.Offences], MainPenalty = row.Penalty.ToString(), TermMonths = row.TermMonths, ProbationMonths = row.ProbationMonths,
                }, ct));
            else
                Take(row, await CaseCommands.OpenAsync(db, rules, user, person.Id, new CaseInput
                {
                    Kind = nameof(Domain.Cases.CaseKind.Reintegration), ReleaseKind = nameof(Domain.Cases.ReleaseKind.SentenceCompleted),
                    StartsOn = Date(row.ReleasedOn),
                }, ct));
            db.ChangeTracker.Clear();
            queue.Report(import.Id, ++created);
        }
        var done = await db.Set<RegisterImport>().FirstAsync(i => i.Id == import.Id, ct);
        done.Finish(created, rows.Count - created, db.Clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (created, rows.Count - created);
    }

    static string? Date(DateOnly? d) => d is { } x ? VietnameseDate.Format(x) : null;

    /// <summary>The record, or the row's refusal as the reason the whole import is rolled back.</summary>
    static T Take<T>(RegisterRow row, Shared.Outcome<T> outcome) => outcome.Succeeded && outcome.Value is { } v ? v
        : throw new ImportRowException($"Dòng {row.RowNumber} không ghi được nên không ghi dòng nào: "
            + (outcome.Errors.Count > 0 ? string.Join(" ", outcome.Errors.SelectMany(x => x.Value)) : "không được phép hoặc không tìm thấy."));
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
