using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Tests.Support;

/// <summary>
/// A FakeTimeProvider that tells the test each time code starts waiting on it (a retry's Retry-After, a
/// rate limit's pause) and for how long, so the test advances the clock exactly when and as far as needed.
/// </summary>
public sealed class RecordingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Channel<TimeSpan> _waits = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _waits.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>The next wait started on this clock, or a TimeoutException.</summary>
    public async Task<TimeSpan> NextWaitAsync()
    {
        using var cancel = new CancellationTokenSource(FakeBotConnector.DefaultTimeout);
        try
        {
            return await _waits.Reader.ReadAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("Nothing started waiting on the clock.");
        }
    }
}
