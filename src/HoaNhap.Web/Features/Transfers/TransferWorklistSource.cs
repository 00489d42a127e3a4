using HoaNhap.Data;
using HoaNhap.Domain.Transfers;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Transfers;

/// <summary>
/// Cases sent to a commune and not yet acknowledged: an item of the receiving commune, due on the day
/// the receiver must act (<see cref="Domain.Rules.ResidenceChangeRules.ReceiverActsBy"/>). The link goes to
/// the transfer, since the case is not the receiver's until acknowledged.
/// </summary>
public sealed class TransferWorklistSource : IWorklistSource
{
    public async Task<IReadOnlyList<WorklistItem>> CollectAsync(HoaNhapDbContext db, DateOnly today, WorklistScope scope, CancellationToken ct)
    {
        var transfers = db.Set<CaseTransfer>().AsNoTracking().Where(t => t.Status == TransferStatus.Sent);
        // The item belongs to the receiving province.
        transfers = scope.PersonId is { } person ? transfers.Where(t => t.PersonId == person) : transfers.Where(t => t.ToProvinceCode == scope.ProvinceCode);
        var rows = await transfers
            .Join(db.People, t => t.PersonId, p => p.Id, (t, p) => new { t, p.FullName })
            .Join(db.Communes, x => x.t.CommuneCode, c => c.Code, (x, c) => new { x.t, x.FullName, From = c })
            .ToListAsync(ct);
        return rows.Select(r => new WorklistItem
        {
            Kind = WorklistKind.TransferAwaitingAcknowledgement, PersonId = r.t.PersonId, CaseId = r.t.CaseId,
            ProvinceCode = r.t.ToProvinceCode, CommuneCode = r.t.ToCommuneCode,
            DueOn = r.t.ReceiverDueOn ?? r.t.SentOn ?? today,
            Title = $"Tiếp nhận hồ sơ chuyển đến từ {r.From.FullName}: {r.FullName}",
            Link = $"/Transfers/Details/{r.t.Id}",
        }).ToList();
    }
}
