using HoaNhap.Data;
using HoaNhap.Domain.Programmes;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;

namespace HoaNhap.Web.Features.Programmes;

/// <summary>Recording a training session that took place.</summary>
public sealed class TrainingCreateModel(HoaNhapDbContext db) : ProgrammeRecordPage<TrainingInput, TrainingSession>(db)
{
    protected override void StartOn(TrainingInput input, string today) => input.HeldOn = today;
    protected override void ForCommune(TrainingInput input, string commune) => input.CommuneCode = commune;
    protected override Task<Outcome<TrainingSession>> RecordAsync(HoaNhapDbContext db, CurrentUser me, TrainingInput input, CancellationToken ct) =>
        TrainingCommands.CreateAsync(db, me, input, ct);
    protected override string Recorded => "Đã ghi nhận buổi tập huấn.";
    protected override string ListPage => "/Programmes/Training";
}
