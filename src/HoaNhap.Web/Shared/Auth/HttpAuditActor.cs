using System.Security.Claims;
using HoaNhap.Data.Audit;

namespace HoaNhap.Web.Shared.Auth;

/// <summary>The audit log's "who and from where", read from the current request.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor http) : IAuditActor
{
    ClaimsPrincipal? User => http.HttpContext?.User;
    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);
    public string UserName => User?.Identity?.IsAuthenticated == true ? User.Identity.Name ?? "" : "anonymous";
    public string? ClientAddress => http.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
