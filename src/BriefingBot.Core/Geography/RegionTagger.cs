namespace BriefingBot.Core.Geography;

/// <summary>
/// Works out which countries and regions an article is about from the places it names: countries
/// (and "the Foreign Minister of X"), demonyms ("Turkish"), capitals and major cities, and regional terms
/// ("Nagorno-Karabakh"). A mention counts more in the headline and the lead than further down, and a
/// country's score also counts toward every region it belongs to. Pure; one instance serves all threads.
/// </summary>
public sealed class RegionTagger
{
    /// <summary>A place is tagged at this score: one headline mention, one in the lead, or two further down.</summary>
    public const double Threshold = 2.0;

    /// <summary>Characters of the body that count as the lead (roughly the first two sentences of news copy).</summary>
    public const int LeadLength = 400;

    private const double HeadlineWeight = 3.0;
    private const double LeadWeight = 2.0;
    private const double BodyWeight = 1.0;

    private readonly Gazetteer _gazetteer;
    private readonly PlaceMatcher _matcher;

    public RegionTagger()
        : this(Gazetteer.Default)
    {
    }

    public RegionTagger(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _matcher = new PlaceMatcher(gazetteer.Names);
    }

    public Gazetteer Gazetteer => _gazetteer;

    /// <param name="defaultRegion">The source's region, when the source has one: the article is tagged with it whatever it mentions.</param>
    public ArticleGeography Tag(string? title, string body, string? defaultRegion = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        var countryScores = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        var termScores = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(title))
        {
            Count(title, _ => HeadlineWeight, countryScores, termScores);
        }

        var leadEnd = LeadEnd(body, title);
        Count(body, offset => offset < leadEnd ? LeadWeight : BodyWeight, countryScores, termScores);

        var countries = countryScores
            .Where(kv => kv.Value >= Threshold)
            .Select(kv => new PlaceScore(kv.Key, _gazetteer.Country(kv.Key)?.Name ?? kv.Key, Math.Round(kv.Value, 2)))
            .OrderByDescending(p => p.Score).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();

        var regions = new List<PlaceScore>();
        foreach (var region in _gazetteer.Regions)
        {
            var score = termScores.GetValueOrDefault(region.Name)
                + region.Countries.Sum(code => countryScores.GetValueOrDefault(code));
            if (defaultRegion is not null && Region.KeyOf(defaultRegion) == region.Key)
            {
                score = Math.Max(score, Threshold);
            }

            if (score >= Threshold)
            {
                regions.Add(new PlaceScore(region.Key, region.Name, Math.Round(score, 2)));
            }
        }

        if (defaultRegion is not null && !string.IsNullOrWhiteSpace(defaultRegion)
            && regions.All(r => r.Key != Region.KeyOf(defaultRegion)))
        {
            // A region the gazetteer does not know (an admin's own): keep it as the source said it.
            regions.Add(new PlaceScore(Region.KeyOf(defaultRegion), defaultRegion.Trim(), Threshold));
        }

        regions.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Name, b.Name));
        return new ArticleGeography(countries, regions);
    }

    /// <summary>The places named in a text, in order (for tests and diagnostics).</summary>
    public IReadOnlyList<PlaceMention> Mentions(string text) => _matcher.Find(text);

    private void Count(string text, Func<int, double> positionWeight, Dictionary<string, double> countries, Dictionary<string, double> terms)
    {
        foreach (var mention in _matcher.Find(text))
        {
            var weight = positionWeight(mention.Start) * KindWeight(mention.Name.Kind);
            var scores = mention.Name.Kind == PlaceKind.RegionTerm ? terms : countries;
            scores[mention.Name.Target] = scores.GetValueOrDefault(mention.Name.Target) + weight;
        }
    }

    // A country's own name is the surest sign; a city may be a dateline or a passing reference.
    private static double KindWeight(PlaceKind kind) => kind switch
    {
        PlaceKind.CountryName => 1.0,
        PlaceKind.RegionTerm => 1.0,
        PlaceKind.Capital => 0.8,
        PlaceKind.Demonym => 0.7,
        _ => 0.6,
    };

    // The lead starts after the headline when the body repeats it (extracted pages often do).
    private static int LeadEnd(string body, string? title)
    {
        var start = 0;
        if (!string.IsNullOrWhiteSpace(title))
        {
            var at = body.IndexOf(title.Trim(), StringComparison.Ordinal);
            if (at >= 0 && at < LeadLength)
            {
                start = at + title.Trim().Length;
            }
        }

        return Math.Min(body.Length, start + LeadLength);
    }
}
