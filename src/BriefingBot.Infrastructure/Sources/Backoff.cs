namespace BriefingBot.Infrastructure.Sources;

/// <summary>
/// When to try a failing source again: its interval, doubled for each further consecutive failure, at most
/// a cap, never sooner than the server's Retry-After; with jitter so sources that failed together (one host
/// down) do not all come back in the same second.
/// </summary>
internal static class Backoff
{
    public static TimeSpan After(TimeSpan interval, int consecutiveFailures, TimeSpan? retryAfter, TimeSpan max)
    {
        var doublings = Math.Clamp(consecutiveFailures - 1, 0, 20);
        var seconds = Math.Min(interval.TotalSeconds * Math.Pow(2, doublings), max.TotalSeconds);
        // Up to 10% later, never earlier: a Retry-After or the cap is a floor the jitter must not undercut.
        seconds *= 1 + (Random.Shared.NextDouble() * 0.1);
        var wait = TimeSpan.FromSeconds(seconds);
        return retryAfter is { } asked && asked > wait ? asked : wait;
    }
}
