using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HoaNhap.Web.Tests.Notifications;

/// <summary>
/// A stand-in for the SMS gateway and Zalo ZNS, started by the test: a real HTTP server on loopback speaking the request
/// shapes the application's adapters document (README "Tin nhắn, nhắc việc"). It records every request, answers with the
/// status codes a test queues (then 200), drops a repeated request id as a gateway does, and can be slow.
/// </summary>
public sealed class ProviderStandIn : IAsyncDisposable
{
    readonly WebApplication _app;
    readonly ConcurrentDictionary<string, ConcurrentQueue<int>> _answers = new();
    public ConcurrentQueue<Received> Requests { get; } = new();
    /// <summary>The messages the gateway took (request ids, each once).</summary>
    public ConcurrentDictionary<string, string> Accepted { get; } = new();
    public TimeSpan Delay { get; set; }
    public string BaseUrl { get; }
    public string SmsUrl => BaseUrl + "/sms/send";
    public string ZaloUrl => BaseUrl + "/message/template";

    public sealed record Received(string Path, string? Authorization, string? AccessToken, JsonElement Body);

    ProviderStandIn(WebApplication app, string url) { _app = app; BaseUrl = url; }

    public static async Task<ProviderStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        ProviderStandIn? me = null;
        app.MapPost("/sms/send", async (HttpContext http, CancellationToken ct) => await me!.AnswerAsync(http, body =>
            (body.GetProperty("requestId").GetString()!, (object)new { messageId = "GW-" + body.GetProperty("requestId").GetString()![..8] })));
        app.MapPost("/message/template", async (HttpContext http, CancellationToken ct) => await me!.AnswerAsync(http, body =>
            (body.GetProperty("tracking_id").GetString()!, (object)new { error = 0, message = "Success", data = new { msg_id = "ZNS-" + body.GetProperty("tracking_id").GetString()![..8] } })));
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        me = new ProviderStandIn(app, url);
        return me;
    }

    /// <summary>The next answers (status codes) to requests for one message, before the stand-in answers 200 again.</summary>
    public void AnswerNext(Guid message, params int[] statuses)
    {
        var queue = _answers.GetOrAdd(message.ToString(), _ => new());
        foreach (var s in statuses) queue.Enqueue(s);
    }

    async Task<IResult> AnswerAsync(HttpContext http, Func<JsonElement, (string Id, object Ok)> ok)
    {
        var body = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body);
        Requests.Enqueue(new Received(http.Request.Path, http.Request.Headers.Authorization.ToString(), http.Request.Headers["access_token"].ToString(), body));
        if (Delay > TimeSpan.Zero) await Task.Delay(Delay);
        var (id, answer) = ok(body);
        if (_answers.TryGetValue(id, out var queue) && queue.TryDequeue(out var status) && status != 200) return Results.StatusCode(status);
        Accepted.TryAdd(id, body.GetRawText());
        return Results.Json(answer);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
