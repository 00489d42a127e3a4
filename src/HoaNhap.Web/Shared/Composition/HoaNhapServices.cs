using HoaNhap.Domain.Access;
using System.Globalization;
using HoaNhap.Data;
using HoaNhap.Data.Audit;
using HoaNhap.Data.Identity;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;

namespace HoaNhap.Web.Shared.Composition;

public static class HoaNhapServices
{
    public const string ApiPolicy = "api";
    /// <summary>The sync API (<c>/api/v1/sync</c>): the pages' own script, with the signed-in user's cookie (and an anti-forgery token to write).</summary>
    public const string SyncPolicy = "sync";

    public static WebApplicationBuilder AddHoaNhap(this WebApplicationBuilder builder)
    {
        // `dotnet run` serves from the build output in every environment, not only Development: without the
        // build's static-web-assets manifest, MapStaticAssets answers a gzip/br request for /css/site.css with
        // an empty 200 (the compressed files live under obj/, not wwwroot). A published app has no manifest,
        // and this is then a no-op.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        var settings = DatabaseSettings.From(builder.Configuration, Directory.GetCurrentDirectory());
        services.AddSingleton(settings);
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(HoaNhap.Data.Jobs.JobInstance.New());
        services.AddSingleton<UnitNames>();
        services.AddScoped<IAuditActor, HttpAuditActor>();
        services.AddSingleton(sp => AuditChainSettings.From(sp.GetRequiredService<IConfiguration>(), Directory.GetCurrentDirectory()));
        services.AddHostedService<Features.AuditLog.AuditAnchoring>();
        services.AddScoped<RuleBook>();
        services.AddSingleton<ReferenceCache>();
        services.AddSingleton<ReferenceCacheInvalidation>();
        services.AddHostedService<Features.Rules.ForecastService>();
        services.AddScoped<IWorklistSource, Features.Cases.DeadlineWorklistSource>();
        services.AddSingleton<Features.Reconciliation.ReconciliationQueue>();
        services.AddHostedService<Features.Reconciliation.ReconciliationWorker>();
        services.AddSingleton<Imports.ImportQueue>();
        services.AddSingleton<Imports.IImportCommitter, Integration.RegisterImportCommitter>();
        services.AddHostedService<Integration.RegisterImportWorker>();
        Features.Exchange.ExchangeAuth.AddExchange(services);
        services.Configure<OfflineSettings>(builder.Configuration.GetSection("Offline"));
        services.AddSingleton<Features.Worklist.WorklistJob>();
        services.AddHostedService(sp => sp.GetRequiredService<Features.Worklist.WorklistJob>());
        Features.Notifications.NotificationsServices.AddNotifications(services, builder.Configuration);
        services.AddSingleton<Partitions.PartitionMaintenanceJob>();
        services.AddHostedService(sp => sp.GetRequiredService<Partitions.PartitionMaintenanceJob>());
        services.AddScoped<IWorklistSource, Features.Worklist.SentenceEndingSoonSource>();
        services.AddScoped<IWorklistSource, Features.Transfers.TransferWorklistSource>();
        services.AddScoped<IWorklistSource, Features.Breaches.BreachWorklist>();
        services.AddScoped<IWorklistSource, Features.Prevention.GradeWorklistSource>();
        services.AddScoped<IWorklistSource, Features.Alerts.AlertWorklistSource>();
        services.AddScoped<IWorklistSource, Features.Employment.RetentionWorklistSource>();
        services.AddScoped<IWorklistSource, Features.Plans.PlanWorklistSource>();
        services.AddScoped<IWorklistSource, Features.Inspections.RemedyWorklistSource>();
        services.AddScoped<IWorklistSource, Features.Judgments.JudgmentWorklistSource>();
        services.AddScoped<IWorklistSource, Features.Absences.AbsenceWorklist>();
        services.AddScoped<IWorklistSource, Features.Supervision.SupervisionWorklistSource>();
        services.AddScoped<IWorklistSource, Features.Reports.ReportDueSource>();
        services.AddScoped<IWorklistSource, Features.Reintegration.ReintegrationWorklist>();
        services.AddScoped<IWorklistSource, Features.Contacts.AppointmentWorklistSource>();
        // Scheduled self check-in from the portal (issue 18 part 4): a missed window goes on the worklist when it closes.
        services.Configure<Features.SelfCheckIns.SelfCheckInOptions>(builder.Configuration.GetSection("SelfCheckIn"));
        services.AddScoped<IWorklistSource, Features.SelfCheckIns.SelfCheckInWorklistSource>();
        services.AddSingleton<IWorklistRefresh, Features.Worklist.WorklistRefresh>();
        services.AddHostedService<Features.SelfCheckIns.SelfCheckInWindowJob>();
        // The case page's sections, in order: each feature contributes its own (Shared/Cases/CaseSections.cs).
        services.AddCaseSection<Features.Cases.IntakeSection>(10, CaseSections.Community, CasePage.Intake,
            c => [new(CasePage.Intake, c.Status == Domain.Cases.CaseStatus.Intake ? "Tiếp nhận (các việc)" : "Tiếp nhận, thời hạn")]);
        services.AddCaseSection<Features.Reintegration.ReintegrationSection>(20,
            menu: c => CaseSections.Community(c) ? [] : [new("reintegration", "Tiếp nhận, nhu cầu"), new("support", "Hỗ trợ"), new("credit", "Vay vốn")]);
        services.AddCaseSection<Features.Employment.JobsSection>(30, menu: _ => [new("jobs", "Việc làm, học nghề")]);
        services.AddCaseSection<Features.ReintegrationModels.ModelsSection>(40);
        services.AddCaseSection<Features.Reintegration.ViolationsSection>(50,
            menu: c => CaseSections.Community(c) ? [] : [new("returnee-violations", "Vi phạm pháp luật")]);
        services.AddCaseSection<Features.Supervision.SupervisionSectionViewComponent>(60, CaseSections.Community, CasePage.Supervision,
            _ => [new(CasePage.Supervision, "Giám sát, điểm danh")]);
        services.AddCaseSection<Features.SelfCheckIns.SelfCheckInSection>(65, CaseSections.Community, Features.SelfCheckIns.SelfCheckInSection.Anchor);
        services.AddCaseSection<Features.Prevention.PreventionSection>(66, CaseSections.Community, Features.Prevention.PreventionSection.Anchor,
            _ => [new(Features.Prevention.PreventionSection.Anchor, "Mức quản lý")]);
        services.AddCaseSection<Features.Breaches.BreachesSection>(70, CaseSections.Community, CasePage.Breaches, _ => [new(CasePage.Breaches, "Vi phạm")]);
        services.AddCaseSection<Features.Absences.AbsencesSection>(80, CaseSections.Community, CasePage.Absences, _ => [new(CasePage.Absences, "Vắng mặt")]);
        services.AddCaseSection<Features.EarlyTermination.EarlyTerminationSection>(90, CaseSections.Community, CasePage.Termination);
        services.AddCaseSection<Features.Transfers.TransfersSection>(100, anchor: CasePage.Transfers, menu: _ => [new(CasePage.Transfers, "Chuyển hồ sơ")]);
        services.AddCaseSection<Features.Cases.CompletionSection>(110, CaseSections.Community, CasePage.Completion,
            _ => [new(CasePage.Completion, "Chấp hành xong")]);
        services.AddCaseSection<Features.Contacts.ContactsSection>(120, menu: _ => [new("contacts", "Tiếp xúc, lịch hẹn")]);
        services.AddCaseSection<Features.Notifications.MessagesSection>(125, anchor: "messages", menu: _ => [new("messages", "Tin nhắn")]);
        services.AddCaseSection<Features.Cases.FilesSection>(130, anchor: CasePage.Files, menu: _ => [new(CasePage.Files, "Tài liệu")]);
        // The start page's parts contributed by features.
        services.AddHomeSection<Features.Worklist.WorklistHomeSection>(10, me => me.May(Domain.Access.Act.UseWorklist));
        services.AddHomeSection<Features.Supervision.MyPeopleHomeSection>(20, me => me.Role == Domain.Access.Roles.Supervisor);
        services.AddHomeSection<Features.Plans.PlansHomeSection>(30, me => me.Role == Domain.Access.Roles.PartnerBody);
        // The worklist follows the events a request records (Features/Worklist/WorklistUpdates.cs).
        services.AddScoped<Features.Worklist.WorklistUpdates>();
        // The dashboard's stored figures: marked stale as events are saved, computed again by the job or on the next read.
        services.AddScoped<Features.Dashboard.RollupMarker>();
        services.AddScoped<Features.Dashboard.IndicatorRollups>();
        services.AddSingleton<Features.Dashboard.RollupJob>();
        services.AddHostedService(sp => sp.GetRequiredService<Features.Dashboard.RollupJob>());
        services.AddSingleton<ReadReplica.ReadReplicaRouter>();
        services.AddSingleton<Audit.AuditWriter>();
        services.AddDbContext<HoaNhapDbContext>((sp, o) =>
        {
            ReadReplica.ReadReplicaRouting.Apply(sp, settings, o);
            o.AddInterceptors(sp.GetRequiredService<Features.Worklist.WorklistUpdates>(), sp.GetRequiredService<Features.Dashboard.RollupMarker>(),
                sp.GetRequiredService<ReferenceCacheInvalidation>());
        });
        services.AddSingleton<Exports.ExportSignal>();
        services.AddSingleton<Exports.ExportWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<Exports.ExportWorker>());
        services.AddSingleton<Exports.IExportKind, Features.Loans.LoanListExport>();
        services.AddSingleton<Exports.IExportKind, Features.Reports.ReportDocumentExport>();
        services.AddDataProtection().SetApplicationName("HoaNhap").PersistKeysToDbContext<HoaNhapDbContext>()
            .ProtectKeys(builder.Configuration, builder.Environment, settings);

        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<HoaNhapDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<VietnameseIdentityErrors>()
            .AddClaimsPrincipalFactory<HoaNhapClaimsFactory>();
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            // The minute's re-check rebuilds the sign-in from the database; keep "signed in with two factors".
            o.OnRefreshingPrincipal = ctx =>
            {
                if (ctx.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity && ctx.CurrentPrincipal is { } current)
                    foreach (var amr in current.FindAll("amr").Where(c => !identity.HasClaim("amr", c.Value)))
                        identity.AddClaim(new System.Security.Claims.Claim("amr", amr.Value));
                return Task.CompletedTask;
            };
        });

        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "hoanhap";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;   // Secure whenever the request is HTTPS (also behind a proxy)
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // A page the role may not open answers 403 (with the error page), not a redirect.
            o.Events.OnRedirectToAccessDenied = ctx => { ctx.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
            // The API is never sent to the sign-in page: 401 (problem details from the API's status-code pages).
            o.Events.OnRedirectToLogin = ctx =>
            {
                if (ctx.Request.Path.StartsWithSegments("/api")) ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                // The person's portal has its own sign-in (personal ID number and PIN).
                else if (ctx.Request.Path.StartsWithSegments(Portal.PortalSignIn.Root))
                    ctx.Response.Redirect(Portal.PortalSignIn.Path + "?ReturnUrl=" + Uri.EscapeDataString(ctx.Request.Path + ctx.Request.QueryString));
                else ctx.Response.Redirect(ctx.RedirectUri);
                return Task.CompletedTask;
            };
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder(IdentityConstants.ApplicationScheme)
                .RequireAuthenticatedUser().Build())
            .AddPolicy(ApiPolicy, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser())
            .AddPolicy(SyncPolicy, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser());
        // One policy per act of the permission table, for pages that are whole acts ([Authorize(Policy = nameof(Act.ManageUsers))]).
        services.Configure<Microsoft.AspNetCore.Authorization.AuthorizationOptions>(o =>
        {
            foreach (var act in Enum.GetValues<Domain.Access.Act>())
                o.AddPolicy(act.ToString(), p => p.RequireRole(Domain.Access.Permissions.RolesFor(act)));
        });

        Portal.PortalSignIn.AddPortalSignIn(services, builder.Configuration);
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/LoginWith2fa");
            o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
            o.Conventions.AllowAnonymousToPage("/Error");
        }).AddMvcOptions(o => o.Filters.Add<TwoFactorEnrollmentFilter>());
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "hoanhap-af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        ConfigureForwardedHeaders(services, builder.Configuration);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "HoaNhap API";
            doc.Info.Description = "API cho cơ quan phối hợp: Tòa án, Viện kiểm sát, Ngân hàng Chính sách xã hội, Công an tỉnh. Xác thực bằng bearer token lấy từ POST /api/v1/auth/token; cổng thông tin của người chấp hành án (/api/v1/me) lấy token từ POST /api/v1/me/token.";
            return Task.CompletedTask;
        }));
        services.AddProblemDetails();
        // Vietnamese letters are written as they are, not as &#x...; entities: pages stay small on slow links.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddModelBindingMessagesInVietnamese();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var vi = new CultureInfo("vi-VN");
            o.DefaultRequestCulture = new RequestCulture(vi);
            o.SupportedCultures = [vi];
            o.SupportedUICultures = [vi];
        });
        return builder;
    }

    /// <summary>
    /// X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies named in configuration
    /// (<c>ForwardedHeaders:KnownProxies</c>: addresses, <c>ForwardedHeaders:KnownNetworks</c>: CIDR ranges, comma-separated);
    /// loopback is always trusted.
    /// </summary>
    static void ConfigureForwardedHeaders(IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var address in List(configuration["ForwardedHeaders:KnownProxies"]))
                o.KnownProxies.Add(System.Net.IPAddress.Parse(address));
            foreach (var network in List(configuration["ForwardedHeaders:KnownNetworks"]))
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });

    static string[] List(string? value) => (value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
