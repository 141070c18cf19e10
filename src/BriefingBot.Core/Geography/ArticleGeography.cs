namespace BriefingBot.Core.Geography;

/// <summary>
/// Where a story is: the countries and regions it is about, each with a score (mentions weighted by where
/// they appear). Only places above the tagger's threshold are listed, strongest first.
/// </summary>
public sealed record ArticleGeography(IReadOnlyList<PlaceScore> Countries, IReadOnlyList<PlaceScore> Regions)
{
    public static ArticleGeography Empty { get; } = new([], []);

    public bool HasCountry(string code) => Countries.Any(c => string.Equals(c.Key, code, StringComparison.OrdinalIgnoreCase));

    public bool HasRegion(string name) => Regions.Any(r => r.Key == Region.KeyOf(name));
}

/// <param name="Key">ISO alpha-2 for a country, <see cref="Region.Key"/> for a region.</param>
/// <param name="Name">The display name.</param>
public sealed record PlaceScore(string Key, string Name, double Score);
