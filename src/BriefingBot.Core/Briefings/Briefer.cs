using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Briefings;

/// <summary>Briefings on demand and on schedule: reads the window from the archive and composes the reply.</summary>
public sealed class Briefer(IBriefingArchive archive, AreaDirectory areas, BriefingOptions options)
{
    // Enough for a busy day of many sources; the composer keeps the best few stories.
    private const int CandidateLimit = 1_000;

    public BriefingOptions Options => options;

    /// <returns>The briefing reply, or null when <paramref name="areaName"/> is no region or country we know.</returns>
    public async Task<Reply?> BriefAsync(string areaName, DateTimeOffset now, TimeSpan? window = null, CancellationToken cancellationToken = default)
    {
        var area = await FindAreaAsync(areaName, cancellationToken).ConfigureAwait(false);
        if (area is null)
        {
            return null;
        }

        var briefing = await ComposeAsync(area, now, window, cancellationToken).ConfigureAwait(false);
        return BriefingReply.From(briefing);
    }

    public async Task<BriefingArea?> FindAreaAsync(string areaName, CancellationToken cancellationToken = default)
    {
        var custom = await archive.CustomRegionsAsync(cancellationToken).ConfigureAwait(false);
        return areas.Find(areaName, custom);
    }

    public async Task<Briefing> ComposeAsync(BriefingArea area, DateTimeOffset now, TimeSpan? window = null, CancellationToken cancellationToken = default)
    {
        var from = now - (window ?? options.DefaultWindow);
        var candidates = await archive.ArticlesAsync(from, now, CandidateLimit, cancellationToken).ConfigureAwait(false);
        return BriefingComposer.Compose(area, candidates, from, now, options);
    }

    /// <summary>A reply listing what can be asked for, when a name was not recognised.</summary>
    public async Task<Reply> UnknownAreaAsync(string areaName, CancellationToken cancellationToken = default)
    {
        var custom = await archive.CustomRegionsAsync(cancellationToken).ConfigureAwait(false);
        var groupings = areas.SuggestedRegions(custom).Take(12);
        return new Reply(
            $"I don't know a region called \u201c{areaName}\u201d",
            [$"Try a country, a UN subregion such as Western Asia, or one of {string.Join(", ", groupings)}."],
            [], [], ["brief me on the South Caucasus", "brief me on Turkey"]);
    }
}
