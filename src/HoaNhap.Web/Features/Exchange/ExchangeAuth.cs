using System.Security.Claims;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Data.Audit;
using HoaNhap.Domain.Exchange;
using HoaNhap.Domain.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HoaNhap.Web.Features.Exchange;

public sealed record ClientCredentials(string? ClientId, string? ClientSecret);

/// <summary>OAuth 2.0 style answer of the client-credentials token endpoint.</summary>
public sealed record ExchangeToken(
    [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("token_type")] string TokenType,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn,
    [property: System.Text.Json.Serialization.JsonPropertyName("scope")] string Scope);

/// <summary>
/// Client credentials for agencies' systems: the same bearer tokens as users get, carrying the
/// agency's claims instead of a user's (no role, so no user endpoint accepts them) and its scopes.
/// </summary>
public static class ExchangeAuth
{
    public const string Policy = "exchange";
    public const string AgencyClaim = "hn:agency";
    public const string ScopeClaim = "scope";

    public static IServiceCollection AddExchange(this IServiceCollection services) =>
        services.AddAuthorization(o => o.AddPolicy(Policy, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme)
            .RequireAuthenticatedUser().RequireClaim(AgencyClaim)));

    public static Guid? AgencyId(this ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue(AgencyClaim), out var id) ? id : null;

    public static void MapExchangeToken(this RouteGroupBuilder exchange) =>
        exchange.MapPost("/token", IssueAsync).AllowAnonymous()
            .WithSummary("Cấp bearer token cho hệ thống của cơ quan khác (client credentials): JSON {\"clientId\",\"clientSecret\"} "
                + "hoặc form grant_type=client_credentials, client_id, client_secret. Token có hiệu lực 1 giờ.")
            .Produces<ExchangeToken>().ProducesValidationProblem().ProducesProblem(401);

    static async Task<IResult> IssueAsync(HttpContext http, HoaNhapDbContext db, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock, CancellationToken ct)
    {
        ClientCredentials? credentials = null;
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(ct);
            credentials = new ClientCredentials(form["client_id"], form["client_secret"]);
        }
        else
        {
            try { credentials = await http.Request.ReadFromJsonAsync<ClientCredentials>(ct); }
            catch (Exception e) when (e is JsonException or InvalidOperationException) { credentials = null; }
        }
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(credentials?.ClientId)) errors["clientId"] = [FormMessages.Required("Mã hệ thống (client_id)")];
        if (string.IsNullOrEmpty(credentials?.ClientSecret)) errors["clientSecret"] = [FormMessages.Required("Khóa bí mật (client_secret)")];
        if (errors.Count > 0) return Results.ValidationProblem(errors, title: "Dữ liệu không hợp lệ");

        var client = await db.Set<AgencyClient>().FirstOrDefaultAsync(c => c.ClientId == credentials!.ClientId!.Trim(), ct);
        var ok = client is { IsActive: true } && AgencyClients.SecretMatches(client, credentials!.ClientSecret!);
        db.Record(ok ? AuditActions.SignIn : AuditActions.SignInFailed, nameof(AgencyClient), client?.Id.ToString(), null, client?.ProvinceCode, null,
            JsonSerializer.Serialize(new { clientId = credentials!.ClientId, channel = "exchange" }, AuditTrail.Json));
        await db.SaveChangesAsync(ct);
        if (!ok) return Results.Problem(title: "Không xác thực được", detail: "Mã hệ thống hoặc khóa bí mật không đúng, hoặc hệ thống đã bị khóa.", statusCode: 401);

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "agency:" + client!.Id),
            new Claim(ClaimTypes.Name, "agency:" + client.ClientId),
            new Claim(AgencyClaim, client.Id.ToString()),
            new Claim("hn:agency-kind", client.Kind.ToString()),
            .. client.ScopeList.Select(s => new Claim(ScopeClaim, s)),
        ], IdentityConstants.BearerScheme);
        var options = bearer.Get(IdentityConstants.BearerScheme);
        var now = clock.GetUtcNow();
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(identity),
            new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now.Add(options.BearerTokenExpiration) }, IdentityConstants.BearerScheme);
        return Results.Ok(new ExchangeToken(options.BearerTokenProtector.Protect(ticket), "Bearer", (int)options.BearerTokenExpiration.TotalSeconds, client.Scopes));
    }

    /// <summary>The calling agency's client, still active, holding the scope; otherwise 401 or 403.</summary>
    public static async Task<(AgencyClient? Client, IResult? Refusal)> ClientAsync(HttpContext http, HoaNhapDbContext db, string scope, CancellationToken ct)
    {
        var id = http.User.AgencyId();
        var client = id is null ? null : await db.Set<AgencyClient>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (client is not { IsActive: true })
            return (null, Results.Problem(title: "Phiên làm việc không còn hiệu lực", detail: "Hệ thống này đã bị khóa. Hãy liên hệ quản trị.", statusCode: 401));
        if (!client.ScopeList.Contains(scope) || !http.User.HasClaim(ScopeClaim, scope))
            return (null, Results.Problem(title: "Không có quyền", detail: $"Hệ thống này không được cấp quyền {scope}.", statusCode: 403));
        return (client, null);
    }
}
