using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Notifications;

/// <summary>The approved message templates, for officers to read what the system may send and when.</summary>
[Shared.Audit.NoPersonalData]
public sealed class TemplatesModel(IConfiguration config) : PageModel
{
    public Domain.Notifications.QuietHours Quiet { get; } = Shared.Notifications.Outbox.Quiet(config);
    public void OnGet() { }
}
