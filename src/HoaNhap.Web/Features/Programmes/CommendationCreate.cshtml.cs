using HoaNhap.Data;
using HoaNhap.Domain.Programmes;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;

namespace HoaNhap.Web.Features.Programmes;

/// <summary>Recording a commendation proposal.</summary>
public sealed class CommendationCreateModel(HoaNhapDbContext db) : ProgrammeRecordPage<CommendationInput, Commendation>(db)
{
    protected override void StartOn(CommendationInput input, string today) => input.ProposedOn = today;
    protected override Task<Outcome<Commendation>> RecordAsync(HoaNhapDbContext db, CurrentUser me, CommendationInput input, CancellationToken ct) =>
        CommendationCommands.CreateAsync(db, me, input, ct);
    protected override string Recorded => "Đã ghi nhận đề nghị khen thưởng.";
    protected override string ListPage => "/Programmes/Commendations";
}
