using HoaNhap.Web.Shared.Audit;
using HoaNhap.Data;

namespace HoaNhap.Web.Features.Health;

public static class HealthEndpoint
{
    /// <summary>200 when the database answers, 503 otherwise; for load balancers and monitoring.</summary>
    public static void MapHealth(this WebApplication app) =>
        app.MapGet("/healthz", async (HoaNhapDbContext db, CancellationToken ct) =>
            {
                bool ok;
                try { ok = await db.Database.CanConnectAsync(ct); }
                catch (Exception) { ok = false; }
                return ok ? Results.Text("ok") : Results.Text("database unavailable", statusCode: 503);
            })
            .AllowAnonymous().ExcludeFromDescription()
            .NoPersonalData();
}
