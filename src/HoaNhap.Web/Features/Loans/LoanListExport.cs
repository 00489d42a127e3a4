using HoaNhap.Domain.Access;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Exports;

namespace HoaNhap.Web.Features.Loans;

/// <summary>
/// The loan list as .xlsx in the background (kind "loans", parameters {"communeCode"}): the province-wide list of the bank
/// and of the province police goes through a job; the commune's own small list still downloads at once.
/// </summary>
public sealed class LoanListExport(UnitNames names) : IExportKind
{
    public string Kind => "loans";

    public Task<Outcome<string>> CheckAsync(HoaNhapDbContext db, CurrentUser me, JsonElement parameters, CancellationToken ct)
    {
        if (!me.May(Act.ReadLoans)) return Task.FromResult(Outcome<string>.Denied());
        var commune = Commune(parameters);
        if (commune is { Length: > 5 }) return Task.FromResult(Outcome<string>.Invalid("Parameters.CommuneCode", "Mã xã, phường (communeCode) gồm 5 chữ số."));
        return Task.FromResult(Outcome<string>.Ok(commune is null && me.CommuneCode is null
            ? "Danh sách vay vốn toàn tỉnh (.xlsx)" : $"Danh sách vay vốn {names.Of(commune ?? me.CommuneCode!)} (.xlsx)"));
    }

    public async Task<ExportFile> RunAsync(HoaNhapDbContext db, CurrentUser me, JsonElement parameters, Func<int, Task> progress, CancellationToken ct)
    {
        await progress(10);
        var list = await LoanCommands.ListAsync(db, me, Commune(parameters), ct, file: ".xlsx");
        await progress(70);
        return new ExportFile($"danh-sach-vay-von-{db.Today:yyyy-MM-dd}.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", LoanCommands.Xlsx(list, names));
    }

    static string? Commune(JsonElement p) =>
        p.ValueKind == JsonValueKind.Object && p.TryGetProperty("communeCode", out var c) && c.ValueKind == JsonValueKind.String && c.GetString() is { Length: > 0 } s ? s : null;
}
