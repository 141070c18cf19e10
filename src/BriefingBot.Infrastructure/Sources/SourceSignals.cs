namespace BriefingBot.Infrastructure.Sources;

/// <summary>Tells the poller that sources changed (added, resumed), so a new source is polled now rather than at the next idle check.</summary>
public sealed class SourceSignals
{
    public event Action? Changed;

    public void NotifyChanged() => Changed?.Invoke();
}
