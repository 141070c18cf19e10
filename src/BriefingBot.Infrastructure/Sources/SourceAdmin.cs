using BriefingBot.Infrastructure.Admin;
using Microsoft.Extensions.Options;

namespace BriefingBot.Infrastructure.Sources;

/// <summary>
/// What an admin can do to sources, the same from chat, the HTTP API and the CLI: every change is audited
/// (who, when, what) and wakes the poller. Callers check that the actor is an admin first.
/// </summary>
public sealed class SourceAdmin(SqliteSourceStore sources, SqliteAdminStore admin, SourceSignals signals, IOptions<SourceOptions> options)
{
    public SourceOptions Options { get; } = options.Value;

    /// <param name="interval">As typed ("15m"), or null for the default.</param>
    /// <exception cref="SourceException">Bad URL, interval or region, or already added.</exception>
    public async Task<Source> AddAsync(string actor, string url, string? region, string? interval, CancellationToken cancellationToken = default)
    {
        var every = string.IsNullOrWhiteSpace(interval) ? (TimeSpan?)null : PollInterval.Parse(interval, Options);
        var source = await sources.AddAsync(new NewSource(url, region, every, actor), cancellationToken);
        await admin.RecordAsync(actor, "source.add", $"#{source.Id} {source.Url} region={source.Region ?? "-"} every={PollInterval.Format(source.Interval)}", cancellationToken);
        signals.NotifyChanged();
        return source;
    }

    public Task<IReadOnlyList<Source>> ListAsync(CancellationToken cancellationToken = default) => sources.ListAsync(cancellationToken);

    /// <exception cref="SourceException">No such source.</exception>
    public async Task<Source> SetPausedAsync(string actor, string idOrUrl, bool paused, CancellationToken cancellationToken = default)
    {
        var source = await FindAsync(idOrUrl, cancellationToken);
        var changed = await sources.SetPausedAsync(source.Id, paused, cancellationToken) ?? throw NotFound(idOrUrl);
        await admin.RecordAsync(actor, paused ? "source.pause" : "source.resume", $"#{source.Id} {source.Url}", cancellationToken);
        if (!paused)
        {
            signals.NotifyChanged();
        }

        return changed;
    }

    /// <exception cref="SourceException">No such source.</exception>
    public async Task<Source> RemoveAsync(string actor, string idOrUrl, CancellationToken cancellationToken = default)
    {
        var source = await FindAsync(idOrUrl, cancellationToken);
        if (!await sources.RemoveAsync(source.Id, cancellationToken))
        {
            throw NotFound(idOrUrl);
        }

        await admin.RecordAsync(actor, "source.remove", $"#{source.Id} {source.Url}", cancellationToken);
        return source;
    }

    private async Task<Source> FindAsync(string idOrUrl, CancellationToken cancellationToken) =>
        await sources.FindAsync(idOrUrl, cancellationToken) ?? throw NotFound(idOrUrl);

    private static SourceException NotFound(string idOrUrl) =>
        new($"There is no source '{idOrUrl.Trim()}'; \"sources\" lists them with their numbers.", SourceProblem.NotFound);
}
