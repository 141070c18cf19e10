using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace BriefingBot.Infrastructure.Sources;

/// <summary>
/// Starts polls of due sources, each on its own task, at most Sources:MaxConcurrentPolls at a time, never
/// two of the same source. A round does not wait for its slowest source: the next round can start other
/// sources while a slow one is still being fetched.
/// </summary>
public sealed class SourceScheduler : IDisposable
{
    private readonly SqliteSourceStore _sources;
    private readonly SourcePoller _poller;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentDictionary<long, Task<PollReport>> _inFlight = new();

    public SourceScheduler(SqliteSourceStore sources, SourcePoller poller, IOptions<SourceOptions> options, TimeProvider time)
    {
        _sources = sources;
        _poller = poller;
        _time = time;
        _slots = new SemaphoreSlim(options.Value.MaxConcurrentPolls);
    }

    /// <summary>Raised after each poll, from the polling task (tests and logs listen here).</summary>
    public event Action<PollReport>? Polled;

    /// <summary>Starts a poll of every due source not already being polled; returns the started polls.</summary>
    public async Task<IReadOnlyList<Task<PollReport>>> StartDueAsync(CancellationToken cancellationToken)
    {
        var due = await _sources.DueAsync(_time.GetUtcNow(), cancellationToken);
        var started = new List<Task<PollReport>>();
        foreach (var source in due)
        {
            if (_inFlight.ContainsKey(source.Id))
            {
                continue;
            }

            var poll = RunAsync(source, cancellationToken);
            _inFlight[source.Id] = poll;
            started.Add(poll);
            _ = poll.ContinueWith(_ => _inFlight.TryRemove(source.Id, out Task<PollReport>? _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return started;
    }

    /// <summary>Polls every due source now and waits for all of them (the CLI's "poll --once").</summary>
    public async Task<IReadOnlyList<PollReport>> PollDueOnceAsync(CancellationToken cancellationToken)
    {
        var started = await StartDueAsync(cancellationToken);
        return await Task.WhenAll(started);
    }

    public void Dispose() => _slots.Dispose();

    private async Task<PollReport> RunAsync(Source source, CancellationToken cancellationToken)
    {
        // Off the caller's thread at once: the round must not wait while this source's poll starts.
        await Task.Yield();
        await _slots.WaitAsync(cancellationToken);
        try
        {
            var report = await _poller.PollAsync(source, cancellationToken);
            Polled?.Invoke(report);
            return report;
        }
        finally
        {
            _slots.Release();
        }
    }
}
