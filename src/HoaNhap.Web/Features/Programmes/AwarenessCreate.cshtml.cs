using HoaNhap.Data;
using HoaNhap.Domain.Programmes;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;

namespace HoaNhap.Web.Features.Programmes;

/// <summary>Recording an awareness activity that took place.</summary>
public sealed class AwarenessCreateModel(HoaNhapDbContext db) : ProgrammeRecordPage<AwarenessInput, AwarenessActivity>(db)
{
    protected override void StartOn(AwarenessInput input, string today) => input.HeldOn = today;
    protected override Task<Outcome<AwarenessActivity>> RecordAsync(HoaNhapDbContext db, CurrentUser me, AwarenessInput input, CancellationToken ct) =>
        AwarenessCommands.CreateAsync(db, me, input, ct);
    protected override string Recorded => "Đã ghi nhận hoạt động tuyên truyền.";
    protected override string ListPage => "/Programmes/Awareness";
}
