using System.Security.Claims;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Data.Audit;
using HoaNhap.Data.Identity;
using HoaNhap.Domain.Audit;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HoaNhap.Web.Features.Account;

/// <summary>
/// One answer for every refused sign-in — unknown user name, inactive account, wrong password, account locked out — so that
/// neither the message nor the status tells whether a user name exists.
/// </summary>
public static class SignInRefusal
{
    public const string Message = "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang bị tạm khóa do nhập sai mật khẩu nhiều lần "
        + "(hãy thử lại sau 15 phút hoặc liên hệ quản trị viên).";
}

public sealed record TokenRequest(string? UserName, string? Password, string? TotpCode);
public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt);

/// <summary>Bearer tokens for agencies' systems: the same users, roles and lockout as the web sign-in.</summary>
public static class AuthApi
{
    public static void MapAuthApi(this RouteGroupBuilder api) =>
        api.MapPost("/auth/token", IssueAsync).AllowAnonymous()
            .WithSummary("Cấp bearer token từ tên đăng nhập và mật khẩu (và mã TOTP nếu tài khoản bật xác thực hai lớp).")
            .Produces<TokenResponse>().ProducesProblem(400).ProducesProblem(401);

    static async Task<IResult> IssueAsync(TokenRequest request, UserManager<AppUser> users, SignInManager<AppUser> signIn,
        IUserClaimsPrincipalFactory<AppUser> claims, IOptionsMonitor<BearerTokenOptions> bearer, HoaNhapDbContext db,
        TimeProvider clock, ReferenceCache cache)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["userName"] = string.IsNullOrWhiteSpace(request.UserName) ? [FormMessages.Required("Tên đăng nhập")] : [],
                ["password"] = string.IsNullOrEmpty(request.Password) ? [FormMessages.Required("Mật khẩu")] : [],
            }.Where(kv => kv.Value.Length > 0).ToDictionary(), title: "Dữ liệu không hợp lệ");

        var user = await users.FindByNameAsync(request.UserName.Trim());
        var refused = Results.Problem(title: "Không xác thực được", detail: SignInRefusal.Message, statusCode: 401);
        // A portal account (role Person) signs in on the portal only.
        if (user is null || !user.IsActive || user.Role == HoaNhap.Domain.Access.Roles.Person) return refused;
        var check = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        Record(db, user, check.Succeeded);
        await db.SaveChangesAsync();
        if (!check.Succeeded) return refused;

        var required = await cache.RequiresTwoFactorAsync(db, user.Role, CancellationToken.None);
        if (required && !user.TwoFactorEnabled)
            return Results.Problem(title: "Chưa thiết lập xác thực hai lớp",
                detail: "Vai trò của tài khoản này bắt buộc xác thực hai lớp. Hãy đăng nhập trên trang web để thiết lập trước.", statusCode: 401);
        if (user.TwoFactorEnabled)
        {
            var code = (request.TotpCode ?? "").Replace(" ", "");
            if (code.Length == 0)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["totpCode"] = ["Tài khoản này bật xác thực hai lớp: hãy gửi kèm mã TOTP 6 chữ số."] }, title: "Dữ liệu không hợp lệ");
            if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                await users.AccessFailedAsync(user);
                return Results.Problem(title: "Không xác thực được", detail: "Mã TOTP không đúng hoặc đã hết hạn.", statusCode: 401);
            }
        }

        var (token, expires) = await Shared.Auth.BearerTokens.IssueAsync(user, claims, bearer, clock,
            identity => { if (user.TwoFactorEnabled) identity.AddClaim(new Claim("amr", "mfa")); });
        return Results.Ok(new TokenResponse(token, expires));
    }

    static void Record(HoaNhapDbContext db, AppUser user, bool ok) =>
        db.Record(ok ? AuditActions.SignIn : AuditActions.SignInFailed, nameof(AppUser), user.Id, null,
            user.ProvinceCode, user.CommuneCode,
            JsonSerializer.Serialize(new { userName = user.UserName, channel = "api" }, AuditTrail.Json));
}
