using HoaNhap.Domain.Notifications;
using HoaNhap.Web.Shared.Notifications;
using Microsoft.Extensions.Http.Resilience;

namespace HoaNhap.Web.Features.Notifications;

/// <summary>Registration of the notifications: channels (adapters), their HTTP clients with Polly's retries, the dispatcher, the reminders.</summary>
public static class NotificationsServices
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(sp => Outbox.Quiet(sp.GetRequiredService<IConfiguration>()));
        foreach (var client in new[] { SmsChannel.Client, ZaloChannel.Client })
            services.AddHttpClient(client).AddStandardResilienceHandler(o =>
            {
                // Transient answers (5xx, 408, 429, timeouts) are tried again at once with a short back-off; the provider drops
                // a repeated request id. What still fails goes back to the outbox, tried again minutes later.
                o.Retry.MaxRetryAttempts = 3;
                o.Retry.Delay = TimeSpan.FromMilliseconds(config.GetValue("Notifications:RetryDelayMilliseconds", 500));
                o.Retry.BackoffType = Polly.DelayBackoffType.Exponential;
                o.Retry.UseJitter = true;
                o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(10);
                o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(45);
                o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
            });
        services.AddScoped<IMessageChannel, SmsChannel>();
        services.AddScoped<IMessageChannel, ZaloChannel>();
        services.AddScoped<IMessageChannel, EmailChannel>();
        services.AddScoped<IMessageChannel, PortalChannel>();
        services.AddSingleton<MessageDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<MessageDispatcher>());
        services.AddSingleton<ReminderJob>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderJob>());
        services.AddScoped<IWorklistSource, FailedMessagesSource>();
        return services;
    }
}
