using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefingBot.LoadHarness;

/// <summary>
/// A minimal Bot Connector on loopback: accepts replies at /v3/conversations/{id}/activities/{replyToId}
/// and completes the waiting turn for that activity id, so a turn counts only once its reply has arrived.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _waiting = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private long _unexpected;

    public string ServiceUrl { get; private set; } = string.Empty;

    public long Unexpected => Interlocked.Read(ref _unexpected);

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", async (HttpContext context, string activityId) =>
        {
            // Read the reply as the real service would, then let the waiting turn finish.
            await context.Request.Body.CopyToAsync(Stream.Null);
            if (_waiting.TryRemove(activityId, out var turn))
            {
                turn.TrySetResult(Stopwatch.GetTimestamp());
            }
            else
            {
                Interlocked.Increment(ref _unexpected);
            }

            return Results.Text("{\"id\":\"reply\"}", "application/json");
        });
        _app.MapFallback(context =>
        {
            Interlocked.Increment(ref _unexpected);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        await _app.StartAsync();
        ServiceUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
    }

    /// <summary>Completes with the timestamp at which the reply to <paramref name="activityId"/> arrived.</summary>
    public Task<long> ExpectReply(string activityId)
    {
        var turn = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[activityId] = turn;
        return turn.Task;
    }

    public void Forget(string activityId) => _waiting.TryRemove(activityId, out _);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
