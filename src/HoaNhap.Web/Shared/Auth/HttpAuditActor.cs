using System.Security.Claims;
using HoaNhap.Data.Audit;

namespace HoaNhap.Web.Shared.Auth;

/// <summary>The audit log's "who and from where", read from the current request.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor http) : IAuditActor
{
    ClaimsPrincipal? User => http.HttpContext?.User;
    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);
    /// <summary>Outside a request (start-up, seeding) the system acts; inside one, the signed-in user or "anonymous".</summary>
    public string UserName => http.HttpContext is null ? SystemActor.Instance.UserName
        : User?.Identity?.IsAuthenticated == true ? User.Identity.Name ?? "" : "anonymous";
    public string? ClientAddress => http.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
