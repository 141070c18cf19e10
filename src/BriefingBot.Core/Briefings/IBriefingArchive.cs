using BriefingBot.Core.Geography;

namespace BriefingBot.Core.Briefings;

/// <summary>What briefings read from the archive.</summary>
public interface IBriefingArchive
{
    /// <summary>
    /// Articles published (else stored) in [<paramref name="from"/>, <paramref name="until"/>), newest first,
    /// with their places and up to three key quotes each.
    /// </summary>
    Task<IReadOnlyList<BriefingArticle>> ArticlesAsync(DateTimeOffset from, DateTimeOffset until, int limit, CancellationToken cancellationToken = default);

    /// <summary>The regions admins defined, beside the built-in ones.</summary>
    Task<IReadOnlyList<Region>> CustomRegionsAsync(CancellationToken cancellationToken = default);
}
