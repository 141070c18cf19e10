using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Tests.Support;

/// <summary>
/// A real HTTP server standing in for the Bot Connector service (the activity's serviceUrl). It records
/// what the bot posts to /v3/conversations/{id}/activities[/{activityId}] and answers 200 {"id": "..."},
/// as the real service does, unless a test planned failures (<see cref="FailNext"/>, <see cref="FailAlways"/>):
/// 429 with Retry-After, 5xx, or 403 for a conversation the bot was removed from. Tests wait for calls with
/// a timeout; nothing sleeps.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    private readonly WebApplication _app;
    private readonly Channel<ConnectorCall> _calls = Channel.CreateUnbounded<ConnectorCall>();
    private readonly List<ConnectorCall> _all = [];
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _planned = new();
    private int? _always;
    private int _nextId;

    private FakeBotConnector(WebApplication app) => _app = app;

    /// <summary>The serviceUrl to put into activities, e.g. http://127.0.0.1:41234/.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    public IReadOnlyList<ConnectorCall> All
    {
        get
        {
            lock (_all)
            {
                return [.. _all];
            }
        }
    }

    public static async Task<FakeBotConnector> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeBotConnector(app);

        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext context, string conversationId, string activityId) =>
            connector.RecordAsync(context, conversationId, activityId));
        app.MapPost("/v3/conversations/{conversationId}/activities", (HttpContext context, string conversationId) =>
            connector.RecordAsync(context, conversationId, null));
        app.MapFallback(async context =>
        {
            // Anything else the bot calls is recorded too, so a test can see an unexpected call.
            await connector.RecordAsync(context, null, null);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/";
        return connector;
    }

    /// <summary>The next message post gets this status (and Retry-After header, when given) instead of 200; calls queue up.</summary>
    public void FailNext(int status, string? retryAfter = null) => _planned.Enqueue((status, retryAfter));

    /// <summary>Every message post from now on gets this status (403: the bot was removed from the conversation).</summary>
    public void FailAlways(int status) => _always = status;

    /// <summary>The next call the bot makes, or a TimeoutException.</summary>
    public async Task<ConnectorCall> NextAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? DefaultTimeout);
        try
        {
            return await _calls.Reader.ReadAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The bot made no connector call within {timeout ?? DefaultTimeout}. Calls so far: {All.Count}.");
        }
    }

    /// <summary>The next posted message activity (skipping typing indicators and the like).</summary>
    public async Task<ConnectorCall> NextMessageAsync(TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            var remaining = deadline - DateTime.UtcNow;
            var call = await NextAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.FromMilliseconds(1));
            if (call.Type == "message")
            {
                return call;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> RecordAsync(HttpContext context, string? conversationId, string? activityId)
    {
        JsonElement activity;
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body);
            activity = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            activity = JsonDocument.Parse("{}").RootElement.Clone();
        }

        var call = new ConnectorCall(
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            conversationId,
            activityId,
            context.Request.Headers.Authorization.Count > 0,
            activity,
            context.Connection.Id);
        lock (_all)
        {
            _all.Add(call);
        }

        _calls.Writer.TryWrite(call);
        if (conversationId is not null && TryPlanned(out var status, out var retryAfter))
        {
            if (retryAfter is not null)
            {
                context.Response.Headers.RetryAfter = retryAfter;
            }

            return Results.Json(new { error = new { code = "Planned", message = $"planned {status}" } }, statusCode: status);
        }

        return Results.Ok(new { id = $"reply-{Interlocked.Increment(ref _nextId)}" });
    }

    private bool TryPlanned(out int status, out string? retryAfter)
    {
        retryAfter = null;
        if (_always is { } always)
        {
            status = always;
            return true;
        }

        var planned = _planned.TryDequeue(out var next);
        (status, retryAfter) = planned ? next : (200, null);
        return planned;
    }
}
