using BriefingBot.Core.Geography;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// Finds the area a person means: "South Caucasus", "the Balkans", "Western Asia", an admin's own region,
/// or a country by any of its names or its demonym ("Turkey", "Türkiye", "Turkish").
/// </summary>
public sealed class AreaDirectory(Gazetteer gazetteer)
{
    private readonly Dictionary<string, (Country Country, string Name)> _countriesByName = IndexCountries(gazetteer);

    public AreaDirectory()
        : this(Gazetteer.Default)
    {
    }

    /// <returns>The area, or null when the name is no region or country we know.</returns>
    public BriefingArea? Find(string name, IReadOnlyList<Region>? customRegions = null)
    {
        var key = Region.KeyOf(name);
        if (key.Length == 0)
        {
            return null;
        }

        // An admin's region may shadow a built-in name on purpose (a newsroom's own "Middle East").
        var region = customRegions?.FirstOrDefault(r => r.Key == key)
            ?? gazetteer.Regions.FirstOrDefault(r => r.Key == key)
            ?? gazetteer.Regions.FirstOrDefault(r => r.Key == key.TrimEnd('s'));
        if (region is not null)
        {
            return BriefingArea.ForRegion(region);
        }

        // Named as the person named it ("Turkey" stays "Turkey"), a demonym as the country.
        return _countriesByName.TryGetValue(key, out var country) ? BriefingArea.ForCountry(country.Country) with { Name = country.Name } : null;
    }

    /// <summary>The common groupings and the admins' regions: the names worth suggesting (UN subregions work too).</summary>
    public IEnumerable<string> SuggestedRegions(IReadOnlyList<Region>? customRegions = null) =>
        gazetteer.Regions.Where(r => r.Kind == RegionKind.Grouping).Select(r => r.Name).Concat(customRegions?.Select(r => r.Name) ?? []);

    private static Dictionary<string, (Country, string)> IndexCountries(Gazetteer gazetteer)
    {
        var index = new Dictionary<string, (Country, string)>(StringComparer.Ordinal);
        foreach (var name in gazetteer.Names.Where(n => n.Kind is PlaceKind.CountryName or PlaceKind.Demonym))
        {
            if (gazetteer.Country(name.Target) is { } country)
            {
                var shown = name.Kind == PlaceKind.CountryName && name.Text.Length > 3 && !name.Text.Contains(" of ", StringComparison.Ordinal) ? name.Text : country.Name;
                index.TryAdd(Region.KeyOf(name.Text), (country, shown));
            }
        }

        return index;
    }
}
