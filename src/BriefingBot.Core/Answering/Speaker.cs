using BriefingBot.Core.Archive;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering;

/// <summary>One person behind a set of quotes, with the name and role to show for all of them.</summary>
internal sealed record Speaker(string Name, string? Role, IReadOnlyList<StoredQuote> Quotes)
{
    /// <summary>
    /// Groups quotes by who said them. A speaker stored under part of a name ("Petrosyan", or a name with
    /// its title run in) joins the one group whose names contain all its words; when several groups
    /// could claim it, it stays on its own rather than being guessed. Names are compared without titles and
    /// appositions ("Interim DNC Chairwoman Donna Brazile" is "Donna Brazile").
    /// </summary>
    public static IReadOnlyList<Speaker> Group(IEnumerable<StoredQuote> quotes)
    {
        var byName = quotes
            .GroupBy(q => NameKey.Normalize(AskedName.Core(q.SpeakerName ?? string.Empty)))
            .Select(g => (Key: g.Key, Tokens: g.Key.Split(' ').ToHashSet(), Quotes: g.ToList()))
            .OrderByDescending(g => g.Tokens.Count)
            .ToList();

        var groups = new List<List<(string Key, HashSet<string> Tokens, List<StoredQuote> Quotes)>>();
        foreach (var name in byName)
        {
            var owners = groups.Where(group => group.Any(member => name.Tokens.IsSubsetOf(member.Tokens))).ToList();
            if (owners.Count == 1)
            {
                owners[0].Add(name);
            }
            else
            {
                groups.Add([name]);
            }
        }

        return groups
            .Select(group =>
            {
                var all = group.SelectMany(m => m.Quotes).ToList();
                // The name to show: a plain full name (two or three words) used most often.
                var shown = group
                    .OrderByDescending(m => m.Tokens.Count is 2 or 3)
                    .ThenByDescending(m => m.Quotes.Count)
                    .ThenBy(m => m.Tokens.Count)
                    .First().Quotes[0].SpeakerName is { } stored ? AskedName.Core(stored) : "Unnamed speaker";
                var role = all.Where(q => !string.IsNullOrWhiteSpace(q.SpeakerRole))
                    .GroupBy(q => q.SpeakerRole)
                    .OrderByDescending(g => g.Count())
                    .Select(g => g.Key)
                    .FirstOrDefault();
                return new Speaker(shown, role, all);
            })
            .OrderByDescending(s => s.Quotes.Count)
            .ToList();
    }
}
