using HoaNhap.Data;
using HoaNhap.Domain.SelfCheckIns;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Web.Shared.Portal;
using Microsoft.Extensions.Options;

namespace HoaNhap.Web.Features.SelfCheckIns;

/// <summary>
/// Scheduled self check-in (issue 18 part 4). The commune police: the schedule, the list and the photo, and the review, under the
/// case. The person: the check-in itself from the portal (multipart, with the photo), and their own list.
/// </summary>
public static class SelfCheckInApi
{
    public static void MapSelfCheckInApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/cases/{id:guid}").WithTags("Tự điểm danh qua cổng thông tin");
        g.MapGet("/self-check-ins", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await SelfCheckInQueries.ForCaseAsync(db, http.Me(), id, ct), Results.Ok))
            .WithSummary("Lịch tự điểm danh của hồ sơ (nếu có), các khung giờ bị bỏ lỡ gần đây và các lượt tự điểm danh (mới nhất trước).")
            .Produces<CaseSelfCheckInsDto>().ProducesProblem(403).ProducesProblem(404).ReadsPersonalData<Domain.Cases.Case>();
        g.MapPut("/self-check-in", async (Guid id, ScheduleInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await SelfCheckInCommands.ScheduleAsync(db, http.Me(), id, input, ct), s => Results.Ok(ScheduleDto.From(s, db.Clock.GetUtcNow()))))
            .WithSummary("Công an xã đặt (hoặc sửa, kết thúc bằng endOn) lịch tự điểm danh: {repeat: \"Weekdays\"|\"EveryDays\", weekdays: [1..7], everyDays, "
                + "windowStart: \"07:00\", windowEnd: \"11:00\" (giờ Việt Nam), startOn, endOn?, reason, version?}. Không thay thế việc có mặt trực tiếp theo luật.")
            .Produces<ScheduleDto>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesValidationProblem(422);
        g.MapGet("/self-check-ins/{checkInId:guid}/photo", async (Guid id, Guid checkInId, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await SelfCheckInQueries.PhotoAsync(db, http.Me(), id, checkInId, ct), p => Results.File(p.Content, p.ContentType)))
            .WithSummary("Ảnh của một lượt tự điểm danh: chỉ cán bộ của xã quản lý hồ sơ; mỗi lần xem được ghi nhật ký.")
            .ProducesProblem(403).ProducesProblem(404).ReadsPersonalData<SelfCheckInPhoto>("checkInId");
        g.MapPost("/self-check-ins/{checkInId:guid}/review", async (Guid id, Guid checkInId, ReviewInput input, HttpContext http, HoaNhapDbContext db,
                CancellationToken ct) =>
                ApiResults.From(await SelfCheckInCommands.ReviewAsync(db, http.Me(), id, checkInId, input, ct), x => Results.Ok(SelfCheckInDto.From(x, true))))
            .WithSummary("Công an xã xem xét một lượt tự điểm danh: {decision: \"Accepted\"|\"Queried\", note} (cần làm rõ thì phải có ghi chú; người chấp hành án đọc được trên cổng).")
            .Produces<SelfCheckInDto>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);

        var me = api.MapGroup("/me/check-ins").WithTags("Cổng thông tin người chấp hành án").ForThePerson();
        me.MapGet("/", async (HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                await SelfCheckInQueries.MineAsync(db, http.Me(), ct) is { } dto ? Results.Ok(dto) : ApiResults.NotFound())
            .WithSummary("Lịch tự điểm danh của mình, khung giờ tới (hoặc đang mở), các lượt đã gửi và ý kiến của cán bộ.")
            .Produces<MyCheckInsDto>().ReadsOwnPersonalData();
        me.MapPost("/", async (HttpContext http, HoaNhapDbContext db, IOptions<SelfCheckInOptions> options, CancellationToken ct) =>
            {
                if (!http.Request.HasFormContentType)
                    return ApiResults.Invalid(new Dictionary<string, string[]> { [CheckInPhoto.Field] = ["Hãy gửi multipart/form-data với trường photo (ảnh chụp lúc này)."] });
                var form = await http.Request.ReadFormAsync(ct);
                var (photo, error) = await CheckInPhoto.ReadAsync(form.Files.GetFile("photo"), options.Value.PhotoMaxKilobytes, ct);
                var input = new PortalCheckInInput
                {
                    LocationConsent = bool.TryParse(form["locationConsent"], out var consent) && consent,
                    Latitude = form["latitude"], Longitude = form["longitude"],
                };
                return ApiResults.From(await SelfCheckInCommands.CheckInAsync(db, http.Me(), input, photo, error, ct), r => r.Repeated
                    ? ApiResults.Replayed(System.Text.Json.JsonSerializer.Serialize(SelfCheckInDto.From(r.CheckIn, false), System.Text.Json.JsonSerializerOptions.Web), 200)
                    : Results.Created("/api/v1/me/check-ins", SelfCheckInDto.From(r.CheckIn, false)));
            })
            .WithSummary("Tự điểm danh trong khung giờ: multipart/form-data với photo (ảnh JPEG/PNG/WebP chụp lúc này), locationConsent (true/false), "
                + "latitude, longitude (chỉ lưu khi đồng ý). Ngoài khung giờ → 422; gửi lại trong cùng khung giờ → 200 với lượt đã có.")
            .Produces<SelfCheckInDto>(201).Produces<SelfCheckInDto>().ProducesValidationProblem().ProducesProblem(404).ProducesValidationProblem(422);
    }
}
