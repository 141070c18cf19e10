using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace BriefingBot.LoadHarness;

/// <summary>
/// Sends question turns over many connections and conversations; a turn is done when /api/messages
/// answered 200 and its reply reached the fake connector. Results are drained by whoever samples them.
/// </summary>
internal sealed class LoadRun(Uri service, FakeConnector connector, int connections, int conversations, string questions)
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(10);
    private readonly ConcurrentQueue<double> _latencies = new();
    private readonly ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _asked = new(StringComparer.Ordinal);
    private long _repeats;
    private long _sequence;

    public IReadOnlyDictionary<string, int> Errors => _errors;

    /// <summary>Distinct questions sent, and how many turns repeated an earlier question (what a cache could serve at best).</summary>
    public (int Distinct, long Repeats) Questions => (_asked.Count, Interlocked.Read(ref _repeats));

    public Task RunAsync(CancellationToken stop)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        var client = new HttpClient(handler) { BaseAddress = service, Timeout = ReplyTimeout };
        return Task.WhenAll(Enumerable.Range(0, connections).Select(worker => Task.Run(() => WorkAsync(client, worker, stop), CancellationToken.None)))
            .ContinueWith(_ => client.Dispose(), TaskScheduler.Default);
    }

    /// <summary>Latencies (ms) of the turns finished since the last call.</summary>
    public List<double> Drain()
    {
        var drained = new List<double>(_latencies.Count);
        while (_latencies.TryDequeue(out var latency))
        {
            drained.Add(latency);
        }

        return drained;
    }

    public void ClearErrors() => _errors.Clear();

    private async Task WorkAsync(HttpClient client, int worker, CancellationToken stop)
    {
        var random = new Random(worker);
        while (!stop.IsCancellationRequested)
        {
            var sequence = Interlocked.Increment(ref _sequence);
            var activityId = $"load-{sequence}";
            var question = SyntheticQuestions.Next(random, questions);
            if (!_asked.TryAdd(question, 0))
            {
                Interlocked.Increment(ref _repeats);
            }

            var body = Activity(activityId, $"load-conversation-{sequence % conversations}", question);
            var reply = connector.ExpectReply(activityId);
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
                using var response = await client.PostAsync("api/messages", content, CancellationToken.None);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Count($"HTTP {(int)response.StatusCode}");
                    connector.Forget(activityId);
                    continue;
                }

                await reply.WaitAsync(ReplyTimeout, CancellationToken.None);
                _latencies.Enqueue(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (TimeoutException)
            {
                Count("no reply within 10 s");
                connector.Forget(activityId);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Count(e.GetType().Name);
                connector.Forget(activityId);
            }
        }
    }

    private void Count(string kind) => _errors.AddOrUpdate(kind, 1, (_, n) => n + 1);

    private byte[] Activity(string id, string conversation, string text)
    {
        var activity = new
        {
            type = "message",
            id,
            timestamp = DateTimeOffset.UtcNow,
            serviceUrl = connector.ServiceUrl,
            channelId = "msteams",
            from = new { id = "user-" + conversation, name = "Load User" },
            conversation = new { id = conversation },
            recipient = new { id = "bot", name = "BriefingBot" },
            text,
            locale = "en-US",
        };
        return JsonSerializer.SerializeToUtf8Bytes(activity);
    }
}

/// <summary>p50/p99 of a set of latencies.</summary>
internal static class Percentiles
{
    public static (double P50, double P99) Of(List<double> latencies)
    {
        if (latencies.Count == 0)
        {
            return (double.NaN, double.NaN);
        }

        latencies.Sort();
        return (latencies[(int)(latencies.Count * 0.50)], latencies[Math.Min(latencies.Count - 1, (int)(latencies.Count * 0.99))]);
    }
}

internal static class TableText
{
    public static string Row(params object[] cells) => string.Join(" | ", cells.Select(c => string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0,12}", c is double d ? d.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : c)));
}
