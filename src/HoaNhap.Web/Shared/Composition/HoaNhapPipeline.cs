using HoaNhap.Web.Shared.ReadReplica;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Web.Features.Contacts;
using HoaNhap.Web.Features.Dashboard;
using HoaNhap.Web.Features.Reports;
using HoaNhap.Web.Features.Programmes;
using HoaNhap.Web.Features.Loans;
using HoaNhap.Web.Features.Employment;
using HoaNhap.Web.Features.Reintegration;
using HoaNhap.Web.Features.ReintegrationModels;
using HoaNhap.Web.Features.Absences;
using HoaNhap.Web.Features.AuditLog;
using HoaNhap.Web.Features.Account;
using HoaNhap.Web.Features.Breaches;
using HoaNhap.Web.Features.Prevention;
using HoaNhap.Web.Features.Cases;
using HoaNhap.Web.Features.EarlyTermination;
using HoaNhap.Web.Features.Exchange;
using HoaNhap.Web.Features.Health;
using HoaNhap.Web.Features.Judgments;
using HoaNhap.Web.Features.People;
using HoaNhap.Web.Features.Reconciliation;
using HoaNhap.Web.Features.Rules;
using HoaNhap.Web.Features.Supervision;
using HoaNhap.Web.Features.Transfers;
using HoaNhap.Web.Features.Worklist;
using HoaNhap.Web.Features.Units;
using HoaNhap.Web.Features.Users;

namespace HoaNhap.Web.Shared.Composition;

public static class HoaNhapPipeline
{
    public static WebApplication UseHoaNhap(this WebApplication app)
    {
        // Behind a reverse proxy (trusted addresses: ForwardedHeaders:KnownProxies / KnownNetworks) the request is HTTPS
        // when the proxy says so: HSTS and Secure cookies follow the client's scheme, the audit log the client's address.
        app.UseForwardedHeaders();
        app.UseHsts();
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), api =>
        {
            // No API answer is kept by a browser or a proxy cache.
            api.Use((ctx, next) =>
            {
                ctx.Response.OnStarting(() => { ctx.Response.Headers.CacheControl = "no-store"; return Task.CompletedTask; });
                return next(ctx);
            });
            api.UseMiddleware<ApiFailures>();
            api.UseMiddleware<ApiBadRequest>();
            api.UseStatusCodePages();   // problem details for an empty 401, 404, 405…
        });
        app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api"), web =>
        {
            if (!app.Environment.IsDevelopment()) web.UseExceptionHandler("/Error");
            web.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        });
        // Before a response is sent, the worklist items of the people the request recorded something about are computed again.
        app.Use(async (ctx, next) =>
        {
            var updates = ctx.RequestServices.GetRequiredService<Features.Worklist.WorklistUpdates>();
            ctx.Response.OnStarting(() => updates.FlushAsync(CancellationToken.None));
            await next();
        });
        app.Use(async (ctx, next) =>
        {
            var h = ctx.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "no-referrer";
            h.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'";
            await next();
        });
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseReadReplicaRouting();
        // Anything under /api that matches no route (an unknown path, an id that fails its constraint) answers 404 problem
        // details at once, and a route refused for its method or content type 405 / 415 — before the sign-in check, whose
        // fallback would otherwise send it to the sign-in page.
        app.Use((ctx, next) => !ctx.Request.Path.StartsWithSegments("/api") ? next(ctx)
            : ctx.GetEndpoint() switch
            {
                null => ApiResults.NotFound().ExecuteAsync(ctx),
                RouteEndpoint => next(ctx),
                { RequestDelegate: { } refusal } => refusal(ctx),   // routing's own 405 / 415 answer
                _ => next(ctx),
            });
        app.UseAuthentication();
        app.UseAuthorization();
        // A person's portal account reaches the portal and nothing else (Shared/Portal/PortalGate.cs).
        app.UseMiddleware<HoaNhap.Web.Shared.Portal.PortalGate>();
        app.UseRateLimiter();
        app.UseReadYourWrites();
        app.UseMiddleware<HoaNhap.Web.Shared.Audit.PersonalDataAudit>();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous().NoPersonalData();
        app.MapRazorPages();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous().NoPersonalData();
        app.MapHealth();

        var api = app.MapGroup("/api/v1").RequireAuthorization(HoaNhapServices.ApiPolicy)
            .AddEndpointFilter<HoaNhap.Web.Shared.Auth.ApiUserStillValid>();
        api.MapAuthApi();
        api.MapUsersApi();
        api.MapUnitsApi();
        api.MapPeopleApi();
        HoaNhap.Web.Features.People.PersonCircumstancesApi.MapPersonCircumstancesApi(api);
        api.MapJudgmentsApi();
        api.MapCasesApi();
        api.MapEarlyTerminationApi();
        api.MapBreachesApi();
        api.MapPreventionApi();
        HoaNhap.Web.Features.Alerts.AlertsApi.MapAlertsApi(api);
        HoaNhap.Web.Features.Plans.PlansApi.MapPlansApi(api);
        HoaNhap.Web.Features.Inspections.InspectionsApi.MapInspectionsApi(api);
        api.MapAbsencesApi();
        HoaNhap.Web.Features.Absences.UnauthorisedAbsencesApi.MapUnauthorisedAbsencesApi(api);
        HoaNhap.Web.Features.AtLarge.AtLargeApi.MapAtLargeApi(api);
        // The person's own portal (issue 18): the portal's API, and the parts its features contribute.
        HoaNhap.Web.Features.Portal.PortalApi.MapPortalApi(api);
        api.MapPortalSelfReportsApi();
        HoaNhap.Web.Features.SelfCheckIns.SelfCheckInApi.MapSelfCheckInApi(api);
        api.MapPortalAbsencesApi();
        api.MapSupervisionApi();
        HoaNhap.Web.Features.Supervision.CaseloadApi.MapCaseloadApi(api);
        api.MapAuditApi();
        api.MapRulesApi();
        api.MapAlmostEligibleApi();
        api.MapRuleParametersApi();
        api.MapReconciliationApi();
        HoaNhap.Web.Features.Import.ImportApi.MapImportApi(api);
        api.MapAgencyClientsApi();
        var exchange = app.MapGroup("/api/v1/exchange").RequireAuthorization(HoaNhap.Web.Features.Exchange.ExchangeAuth.Policy).WithTags("Trao đổi dữ liệu liên ngành");
        exchange.MapExchangeToken();
        Integration.ExchangeApi.MapExchangeApi(exchange);
        api.MapTransfersApi();
        api.MapWorklistApi();
        api.MapDashboardApi();
        api.MapReportsApi();
        api.MapProgrammesApi();
        api.MapReintegrationApi();
        api.MapLoansApi();
        api.MapReintegrationModelsApi();
        api.MapEmploymentApi();
        api.MapContactsApi();
        HoaNhap.Web.Features.Contacts.ReturneeContactsApi.MapReturneeContactsApi(api);
        HoaNhap.Web.Features.Notifications.MessagesApi.MapMessagesApi(api);
        HoaNhap.Web.Features.Privacy.PrivacyApi.MapPrivacyApi(api);
        // Working without signal: the pages' own script syncs what was recorded offline, with the user's cookie and an anti-forgery token.
        var sync = app.MapGroup("/api/v1/sync").RequireAuthorization(HoaNhapServices.SyncPolicy).WithTags("Làm việc khi không có mạng")
            .AddEndpointFilter<HoaNhap.Web.Shared.Auth.ApiUserStillValid>().AddEndpointFilter<SyncAntiforgery>();
        sync.MapSyncToken();
        sync.MapSupervisionSync();
        sync.MapContactsSync();
        HoaNhap.Web.Features.Exports.ExportsApi.MapExportsApi(api);
        return app;
    }
}
