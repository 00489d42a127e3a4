using HoaNhap.Data;
using HoaNhap.Data.Identity;
using HoaNhap.Domain.People;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Portal;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HoaNhap.Web.Features.Portal;

public sealed record InvitationDto(string Code, DateOnly ExpiresOn);
public sealed record PortalTokenDto(string AccessToken, DateTimeOffset ExpiresAt);

/// <summary>
/// The portal's API (issue 18), for a mobile app later: the commune police's invitation, the person's activation and sign-in
/// (rate limited, lock-out after wrong PINs, every attempt audited), and the person's own file under <c>/api/v1/me</c>.
/// </summary>
public static class PortalApi
{
    public static void MapPortalApi(this RouteGroupBuilder api)
    {
        api.MapPost("/people/{id:guid}/portal-invitation", async (Guid id, HttpContext http, HoaNhapDbContext db, IOptions<PortalOptions> options,
                CancellationToken ct) =>
                ApiResults.From(await PortalAccounts.IssueAsync(db, http.Me(), options.Value, id, ct), i => Results.Ok(new InvitationDto(i.Code, i.ExpiresOn))))
            .WithTags("Cổng thông tin người chấp hành án")
            .WithSummary("Công an xã cấp mã kích hoạt cổng thông tin (dùng một lần, có hạn) cho người chấp hành án; mã cũ chưa dùng bị thay thế.")
            .Produces<InvitationDto>().ProducesProblem(403).ProducesProblem(404).ProducesValidationProblem(422);

        var me = api.MapGroup("/me").WithTags("Cổng thông tin người chấp hành án");
        me.MapPost("/activate", async (ActivationInput input, HoaNhapDbContext db, UserManager<AppUser> users, IOptions<PortalOptions> options,
                CancellationToken ct) =>
            {
                input.PinAgain = null;
                var outcome = await PortalAccounts.ActivateAsync(db, users, options.Value, input, ct);
                if (outcome.RefusedByRule) return Results.Problem(title: "Không kích hoạt được", detail: PortalAccounts.ActivationRefused, statusCode: 401);
                return ApiResults.From(outcome, _ => Results.Ok());
            })
            .AllowAnonymous().RequireRateLimiting(PortalSignIn.RateLimit).NoPersonalData()
            .WithSummary("Kích hoạt cổng thông tin bằng số định danh cá nhân, mã kích hoạt và mã PIN tự chọn (6 chữ số); sai → 401, quá nhiều lần thử → 429.")
            .Produces(200).ProducesValidationProblem().ProducesProblem(401).ProducesProblem(429);
        me.MapPost("/one-time-code", async (OneTimeCodeRequest input, HoaNhapDbContext db, UserManager<AppUser> users, CancellationToken ct) =>
            {
                if (PortalOneTimeCodes.IdNumberProblems(input.PersonalIdNumber) is { Count: > 0 } errors) return ApiResults.Invalid(errors);
                await PortalOneTimeCodes.RequestAsync(db, users, input, "portal-code-api", ct);
                return Results.Accepted(value: new { message = PortalOneTimeCodes.Sent });
            })
            .AllowAnonymous().RequireRateLimiting(PortalSignIn.RateLimit).NoPersonalData()
            .WithSummary("Gửi mã đăng nhập một lần (6 chữ số, hiệu lực 5 phút) bằng SMS tới số điện thoại đăng ký; luôn trả lời 202, không cho biết số định danh có tài khoản hay không.")
            .Produces(202).ProducesValidationProblem().ProducesProblem(429);
        me.MapPost("/token", async (PortalSignInInput input, HoaNhapDbContext db, SignInManager<AppUser> signIn,
                IUserClaimsPrincipalFactory<AppUser> claims, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock, CancellationToken ct) =>
            {
                if (string.IsNullOrEmpty(input.Pin) && !string.IsNullOrEmpty(input.Code))
                {
                    var byCode = new OneTimeCodeSignInInput { PersonalIdNumber = input.PersonalIdNumber, Code = input.Code };
                    if (PortalOneTimeCodes.SignInProblems(byCode) is { Count: > 0 } codeErrors) return ApiResults.Invalid(codeErrors);
                    var signedIn = await PortalOneTimeCodes.CheckAsync(db, signIn.UserManager, byCode, "portal-code-api", ct);
                    if (signedIn is null) return Results.Problem(title: "Không xác thực được", detail: PortalOneTimeCodes.Refused, statusCode: 401);
                    var (codeToken, codeExpires) = await BearerTokens.IssueAsync(signedIn, claims, bearer, clock);
                    return Results.Ok(new PortalTokenDto(codeToken, codeExpires));
                }
                if (PortalAccounts.SignInProblems(input) is { Count: > 0 } errors) return ApiResults.Invalid(errors);
                var user = await PortalAccounts.CheckPinAsync(db, signIn, input, (u, pin) => signIn.CheckPasswordSignInAsync(u, pin, lockoutOnFailure: true), "portal-api", ct);
                if (user is null) return Results.Problem(title: "Không xác thực được", detail: PortalAccounts.SignInRefused, statusCode: 401);
                var (token, expires) = await BearerTokens.IssueAsync(user, claims, bearer, clock);
                return Results.Ok(new PortalTokenDto(token, expires));
            })
            .AllowAnonymous().RequireRateLimiting(PortalSignIn.RateLimit).NoPersonalData()
            .WithSummary("Bearer token của người chấp hành án từ số định danh cá nhân và mã PIN, hoặc mã đăng nhập một lần gửi qua SMS (code thay cho pin); 5 lần sai liên tiếp khóa tài khoản 15 phút.")
            .Produces<PortalTokenDto>().ProducesValidationProblem().ProducesProblem(401).ProducesProblem(429);

        var mine = me.MapGroup("").ForThePerson();
        mine.MapGet("/", async (HttpContext http, HoaNhapDbContext db, UnitNames units, CancellationToken ct) =>
                await PortalQueries.MeAsync(db, http.Me(), units, ct) is { } dto ? Results.Ok(dto) : ApiResults.NotFound())
            .WithSummary("Người chấp hành án đang đăng nhập và hồ sơ hiện tại của mình.").Produces<MeDto>().ReadsOwnPersonalData();
        mine.MapGet("/obligations", async (HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                await PortalQueries.ObligationsAsync(db, http.Me(), rules, ct) is { } dto ? Results.Ok(dto) : ApiResults.NotFound())
            .WithSummary("Nghĩa vụ của người chấp hành án, bằng lời dễ hiểu, kèm căn cứ pháp lý.").Produces<List<ObligationDto>>().ReadsOwnPersonalData();
        mine.MapGet("/dates", async (HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                await PortalQueries.DatesAsync(db, http.Me(), rules, ct) is { } dto ? Results.Ok(dto) : ApiResults.NotFound())
            .WithSummary("Các mốc sắp tới: điểm danh (CheckIn), khung giờ tự điểm danh (SelfCheckIn), lịch hẹn (Appointment), nộp bản tự nhận xét (SelfReportDue), trình diện khi về (AbsenceReturn), hết thời hạn (EndOfTerm), xóa án tích (RecordExpungement).")
            .Produces<List<DateDto>>().ReadsOwnPersonalData();
        mine.MapGet("/decisions", async (HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                await PortalQueries.DecisionsAsync(db, http.Me(), ct) is { } dto ? Results.Ok(dto) : ApiResults.NotFound())
            .WithSummary("Các quyết định về người chấp hành án (vắng mặt, rút ngắn/giảm/miễn, thay đổi nơi cư trú) và tình trạng.").Produces<List<DecisionDto>>().ReadsOwnPersonalData();
        mine.MapGet("/loans", async (HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                await PortalQueries.LoansAsync(db, http.Me(), ct) is { } dto ? Results.Ok(dto) : ApiResults.NotFound())
            .WithSummary("Tình trạng vay vốn theo Quyết định 22/2023/QĐ-TTg.").Produces<List<LoanDto>>().ReadsOwnPersonalData();
        mine.MapGet("/documents", async (HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                await PortalQueries.DocumentsAsync(db, http.Me(), ct) is { } dto ? Results.Ok(dto) : ApiResults.NotFound())
            .WithSummary("Giấy tờ đã cấp cho người chấp hành án (giấy triệu tập, quyết định, giấy chứng nhận), để tải về.").Produces<List<DocumentDto>>().ReadsOwnPersonalData();
        mine.MapGet("/documents/{fileId:guid}", async (Guid fileId, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                await PortalQueries.DocumentAsync(db, http.Me(), fileId, ct) is { } item
                    ? Results.File(item.Content!, item.ContentType ?? "application/octet-stream", CaseDocuments.FileName(item))
                    : ApiResults.NotFound())
            .WithSummary("Tải một giấy tờ của mình; giấy tờ của người khác → 404.").ProducesProblem(404)
            .WithMetadata(new Shared.Audit.PersonalDataAttribute(typeof(Domain.Cases.CaseFileItem), "fileId"));
        mine.MapGet("/messages", async (HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                Results.Ok(await PortalQueries.MessagesAsync(db, http.Me(), 100, ct)))
            .WithSummary("Tin nhắc việc, thông báo đã gửi tới cổng thông tin của người chấp hành án (mới nhất trước, tối đa 100).")
            .Produces<List<PortalMessageDto>>().ReadsOwnPersonalData();
        mine.MapGet("/consents", async (HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                await PortalConsents.ListAsync(db, http.Me(), ct) is { } dto ? Results.Ok(dto) : ApiResults.NotFound())
            .WithSummary("Đồng ý nhận nhắc việc theo từng kênh (Sms, Zalo, Email), với thời điểm và người ghi nhận.").Produces<List<ConsentDto>>().ReadsOwnPersonalData();
        mine.MapPut("/consents", async (List<ConsentInput?>? input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await PortalConsents.SetAsync(db, http.Me(), input, ct), Results.Ok))
            .WithSummary("Ghi nhận đồng ý / không đồng ý nhận nhắc việc theo kênh: [{\"channel\":\"Sms\",\"granted\":true}, {\"channel\":\"Email\",\"granted\":true,\"address\":\"…\"}].")
            .Produces<List<ConsentDto>>().ProducesValidationProblem();
        mine.MapPut("/phone", async (PhoneChangeInput input, HttpContext http, HoaNhapDbContext db, UserManager<AppUser> users, CancellationToken ct) =>
                ApiResults.From(await PortalPhoneChange.RequestAsync(db, users, http.Me(), input, ct), dto => Results.Accepted(value: dto)))
            .WithSummary("Đổi số điện thoại: gửi mã xác nhận (6 chữ số, hiệu lực 10 phút) bằng SMS tới số mới; hồ sơ chỉ đổi khi mã được xác nhận.")
            .Produces<PhoneChangeDto>(202).ProducesValidationProblem();
        mine.MapPost("/phone/confirm", async (PhoneConfirmInput input, HttpContext http, HoaNhapDbContext db, UserManager<AppUser> users, CancellationToken ct) =>
                ApiResults.From(await PortalPhoneChange.ConfirmAsync(db, users, http.Me(), input, ct), Results.Ok))
            .RequireRateLimiting(PortalSignIn.RateLimit)
            .WithSummary("Xác nhận số điện thoại mới bằng mã đã gửi tới số đó; sai hoặc hết hạn → 422 (3 lần sai thì phải yêu cầu mã mới).")
            .Produces<PhoneChangeDto>().ProducesValidationProblem().ProducesValidationProblem(422);
    }
}
