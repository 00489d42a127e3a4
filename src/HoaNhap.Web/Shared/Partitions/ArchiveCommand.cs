using System.Globalization;
using HoaNhap.Data;
using HoaNhap.Data.Partitioning;
using HoaNhap.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HoaNhap.Web.Shared.Partitions;

/// <summary>
/// <c>dotnet HoaNhap.Web.dll archive-month 2025-03</c> (PostgreSQL): detaches the month's partitions of the check-ins,
/// self-reports and audit entries from the live tables (<see cref="PostgresPartitioning.ArchiveMonthAsync"/>), then
/// prints where each audit chain now starts and the <c>pg_dump</c> and <c>DROP TABLE</c> commands that finish the
/// archive. Exit 0 done, 1 refused (the message says why), 2 no month given.
/// </summary>
public static class ArchiveCommand
{
    public const string Verb = "archive-month";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var at = Array.IndexOf(args, Verb);
        if (at < 0 || at + 1 >= args.Length || !DateOnly.TryParseExact(args[at + 1] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            output.WriteLine($"Cách dùng: {Verb} NĂM-THÁNG, ví dụ: {Verb} 2025-03");
            return 2;
        }
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
        MonthArchive archive;
        try
        {
            archive = await PostgresPartitioning.ArchiveMonthAsync(db, month, db.Today);
        }
        catch (ArchiveRefusedException e)
        {
            output.WriteLine("Không lưu trữ: " + e.Message);
            return 1;
        }
        var label = month.ToString("MM/yyyy", CultureInfo.InvariantCulture);
        if (archive.Detached.Count == 0)
        {
            output.WriteLine($"Tháng {label} không có dữ liệu trong các bảng chia phân vùng: không có gì để lưu trữ.");
            return 0;
        }
        output.WriteLine($"Đã tách tháng {label} khỏi các bảng đang dùng:");
        foreach (var (table, rows) in archive.Detached) output.WriteLine($"  {table}: {rows} dòng");
        foreach (var c in archive.Chains)
            output.WriteLine($"  {AuditChain.Title(c.Chain)}: bản ghi số {c.FirstSequence}–{c.LastSequence} đã lưu trữ; chuỗi kiểm tra tiếp từ mã băm {c.LastHash}");
        var cs = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        var file = $"hoanhap-{month.ToString("yyyy-MM", CultureInfo.InvariantCulture)}.dump";
        var tables = string.Join(" ", archive.Detached.Select(d => $"-t 'public.\"{d.Table}\"'"));
        output.WriteLine();
        output.WriteLine("Các bảng trên vẫn còn trong cơ sở dữ liệu. Sao lưu ra tệp, kiểm tra tệp, rồi mới xóa:");
        output.WriteLine($"  pg_dump -h {cs.Host} -p {cs.Port} -U {cs.Username} -d {cs.Database} -Fc {tables} -f {file}");
        output.WriteLine($"  pg_restore --list {file}");
        output.WriteLine($"  psql -h {cs.Host} -p {cs.Port} -U {cs.Username} -d {cs.Database} -c 'DROP TABLE {string.Join(", ", archive.Detached.Select(d => $"\"{d.Table}\""))}'");
        return 0;
    }
}
