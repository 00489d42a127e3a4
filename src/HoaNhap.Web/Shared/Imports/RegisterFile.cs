using System.Text.Json;
using System.Threading.Channels;
using HoaNhap.Data;
using HoaNhap.Domain.Import;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Web.Shared.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Shared.Imports;

/// <summary>
/// An uploaded register as the import reads it, the same way at preview and at commit: .xlsx/.xls (first sheet, .VnTime
/// cells converted) or CSV in the detected (or chosen) encoding, then the mapping, then <see cref="RegisterReader"/>.
/// </summary>
public static class RegisterFile
{
    public const long MaxBytes = 30 * 1024 * 1024;

    public sealed record Table(List<IReadOnlyList<string>> Rows, string Sheet, RegisterEncoding? Encoding, bool IsSpreadsheet)
    {
        public IReadOnlyList<string> Headers => Rows.Count > 0 ? Rows[0] : [];
    }

    /// <summary>The table, or the reason the file cannot be read (Vietnamese). <paramref name="encoding"/> forces a CSV's encoding.</summary>
    public static (Table? Table, string? Error) Read(byte[] content, RegisterEncoding? encoding)
    {
        if (content.Length == 0) return (null, "Tệp rỗng.");
        if (SheetReader.IsXlsx(content) || SheetReader.IsXls(content))
        {
            var (sheet, error) = SheetReader.Read(content);
            if (sheet is null) return (null, error);
            var (rows, converted) = RegisterText.RepairSpreadsheet(sheet.Table);
            return Checked(new Table(rows, sheet.Name, converted ? RegisterEncoding.Tcvn3 : null, true));
        }
        var chosen = encoding ?? RegisterText.Detect(content);
        return Checked(new Table(CsvTable.Read(RegisterText.Decode(content, chosen)), "", chosen, false));
    }

    static (Table?, string?) Checked(Table t) =>
        t.Rows.Count < 2 ? (null, "Tệp không có dữ liệu: cần một dòng tiêu đề và ít nhất một dòng.") : (t, null);

    public static string MappingJson(IReadOnlyList<RegisterField?> mapping) =>
        JsonSerializer.Serialize(mapping.Select(m => m?.ToString()).ToList());

    public static List<RegisterField?> ParseMapping(string json) =>
        (JsonSerializer.Deserialize<List<string?>>(json) ?? []).Select(s => Enum.TryParse<RegisterField>(s, out var f) ? f : (RegisterField?)null).ToList();

    /// <summary>The rows as they will be stored, each with its problems; registry duplicates of a personal ID are problems too.</summary>
    public static async Task<List<RegisterRow>> RowsAsync(HoaNhapDbContext db, RegisterImport import, Table table, IReadOnlyList<RegisterField?> mapping,
        CancellationToken ct)
    {
        var locator = await LocatorAsync(db, import.ProvinceCode, ct) ?? throw new InvalidOperationException("Không có danh mục xã, phường của tỉnh.");
        var rows = RegisterReader.Read(table.Rows, mapping, new RegisterReader.Options(import.Kind, locator, db.Today)
        {
            DefaultCommuneCode = import.CommuneCode.Length > 0 ? import.CommuneCode : null,
        });
        // The same personal ID twice in the file, or already in the registry (any province): the form refuses it too.
        var ids = rows.Where(r => r.PersonalIdNumber is { Length: 12 }).Select(r => r.PersonalIdNumber!).Distinct().ToList();
        var known = new HashSet<string>();
        foreach (var chunk in ids.Chunk(1000))
            known.UnionWith(await db.People.AsNoTracking().Where(p => chunk.Contains(p.PersonalIdNumber!)).Select(p => p.PersonalIdNumber!).ToListAsync(ct));
        var seen = new Dictionary<string, int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            if (r.PersonalIdNumber is not { Length: 12 } id) continue;
            string? problem = known.Contains(id) ? "Số định danh cá nhân này đã có trong hệ thống (một người khác đã được ghi nhận với số này)."
                : seen.TryGetValue(id, out var first) ? $"Số định danh cá nhân trùng với dòng {first} của tệp." : null;
            seen.TryAdd(id, r.RowNumber);
            if (problem is not null)
                rows[i] = r with { Problems = [.. r.Problems, new RegisterProblem(r.RowNumber, RegisterField.PersonalIdNumber, problem)] };
        }
        return rows;
    }

    /// <summary>The official units of a province, to find communes by name (shared with the reconciliation's lists).</summary>
    public static async Task<CommuneLocator?> LocatorAsync(HoaNhapDbContext db, string provinceCode, CancellationToken ct)
    {
        var province = await db.Provinces.AsNoTracking().FirstOrDefaultAsync(p => p.Code == provinceCode, ct);
        if (province is null) return null;
        return new CommuneLocator(province, await db.Communes.AsNoTracking().Where(c => c.ProvinceCode == provinceCode).ToListAsync(ct));
    }
}

/// <summary>Imports whose commit waits for the background worker, and the progress of the one being written (rows done).</summary>
public sealed class ImportQueue
{
    readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });
    readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, int> _progress = new();

    public void Enqueue(Guid id) => _channel.Writer.TryWrite(id);
    public IAsyncEnumerable<Guid> ReadAllAsync(CancellationToken ct) => _channel.Reader.ReadAllAsync(ct);
    public void Report(Guid id, int rows) => _progress[id] = rows;
    public void Forget(Guid id) => _progress.TryRemove(id, out _);
    /// <summary>Rows written so far in this instance's open transaction (not visible in the database until it commits).</summary>
    public int Progress(Guid id) => _progress.TryGetValue(id, out var n) ? n : 0;
}

/// <summary>Writes a Committing import's rows into the registry with the registry's own rules, in bulk and in one transaction (implemented where they meet: Integration).</summary>
public interface IImportCommitter
{
    Task RunAsync(Guid importId, CancellationToken ct);
}
