using BriefingBot.Core.Briefings;
using BriefingBot.Core.Geography;
using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.Lexicon;

namespace BriefingBot.Core.Answering;

/// <summary>
/// A country, region or organisation named as the one that said something ("what did Turkey propose?"),
/// and the names the articles may use for it: "Turkey", "Turkish", "Ankara".
/// </summary>
internal static class Party
{
    private static readonly Lazy<AreaDirectory> Areas = new(() => new AreaDirectory());

    private static readonly Lazy<HashSet<string>> OrganisationWords = new(() =>
        new HashSet<string>(
            WordLists.Lines("organisation-words.txt").Concat(Lexicon.Instance.OrganisationNouns).Select(w => w.ToLowerInvariant()),
            StringComparer.Ordinal));

    /// <summary>True when the name is a place we know, an acronym ("NATO", "EU") or has an organisation word.</summary>
    public static bool IsParty(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || QuestionParser.IsPronoun(name))
        {
            return false;
        }

        if (Areas.Value.Find(name) is not null)
        {
            return true;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => OrganisationWords.Value.Contains(w.ToLowerInvariant()))
            || (words.Length == 1 && words[0].Length is >= 2 and <= 6 && words[0].All(char.IsUpper));
    }

    /// <summary>The names to look for: for a country its names, demonyms and capitals; otherwise the name as asked.</summary>
    public static IReadOnlyList<string> NamesOf(string name)
    {
        var names = new List<string> { name.Trim() };
        var area = Areas.Value.Find(name);
        if (area is not null && area.RegionKey is null)
        {
            var gazetteer = Gazetteer.Default;
            names.AddRange(gazetteer.Names
                .Where(n => area.Countries.Contains(n.Target) && n.Kind is PlaceKind.CountryName or PlaceKind.Demonym or PlaceKind.Capital)
                .Select(n => n.Text));
            names.Add(area.Name);
        }

        return names
            .Where(n => NameKey.Tokens(n).Length > 0 && n.Length > 1)
            .DistinctBy(NameKey.Normalize)
            .Take(12)
            .ToList();
    }
}
