using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.People;

/// <summary>
/// Reads capitalised word runs as names with an optional country (possessive or demonym) and title
/// in front. Titles and countries come from the embedded word lists.
/// </summary>
internal static class NameRunFinder
{
    // Capitalised words that start sentences or name times, never people.
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "But", "And", "In", "On", "At", "For", "If", "As", "When", "While", "After", "This", "That",
        "He", "She", "It", "They", "We", "I", "His", "Her", "Their", "Its", "Our", "There", "Some", "Many", "Mr", "By",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    public static List<NameRun> Find(List<Token> tokens)
    {
        var runs = new List<NameRun>();
        var k = 0;
        while (k < tokens.Count)
        {
            if (!IsNameWord(tokens[k]))
            {
                k++;
                continue;
            }

            var end = k + 1;
            while (end < tokens.Count && IsNameWord(tokens[end]) && !tokens[end - 1].IsPossessive)
            {
                end++;
            }

            // A possessive inside a run splits country from the rest: "Azerbaijan’s Foreign Minister X".
            if (end < tokens.Count && tokens[end - 1].IsPossessive && IsNameWord(tokens[end]))
            {
                var next = end + 1;
                while (next < tokens.Count && IsNameWord(tokens[next]) && !tokens[next - 1].IsPossessive)
                {
                    next++;
                }

                var country = string.Join(' ', tokens.Skip(k).Take(end - k).Select(t => t.Stem));
                if (Lexicon.Lexicon.Instance.Countries.Contains(country))
                {
                    Add(runs, tokens, end, next, country);
                    k = next;
                    continue;
                }
            }

            Add(runs, tokens, k, end, null);
            k = end;
        }

        return runs;
    }

    private static void Add(List<NameRun> runs, List<Token> tokens, int start, int end, string? country)
    {
        var lexicon = Lexicon.Lexicon.Instance;
        var k = start;
        if (country is null && k < end - 1 && lexicon.CountryByDemonym.TryGetValue(tokens[k].Text, out var byDemonym))
        {
            country = byDemonym;
            k++;
        }

        string? title = null;
        string? titleRole = null;
        for (var n = Math.Min(lexicon.MaxTitleWords, end - k - 1); n >= 1; n--)
        {
            var candidate = string.Join(' ', tokens.Skip(k).Take(n).Select(t => t.Text));
            if (lexicon.Titles.TryGetValue(candidate, out var full))
            {
                title = candidate;
                titleRole = full;
                k += n;
                break;
            }
        }

        if (k >= end)
        {
            return;
        }

        if (title is null && country is not null && !lexicon.Titles.ContainsKey(tokens[k].Text))
        {
            // "Turkish Airlines": a demonym without a title does not make a person's role.
            country = null;
            k = start;
        }

        var nameSpan = new TextSpan(tokens[k].Start, tokens[end - 1].End);
        var name = string.Join(' ', tokens.Skip(k).Take(end - k).Select(t => t.Stem));
        if (NameKey.Normalize(name).Length == 0)
        {
            return;
        }

        runs.Add(new NameRun(new TextSpan(tokens[start].Start, tokens[end - 1].End), nameSpan, name, country, title, titleRole));
    }

    private static bool IsNameWord(Token token) =>
        token.IsCapitalized && !NotNames.Contains(token.Text) && !token.Text.All(char.IsDigit);
}
