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

            var end = RunEnd(tokens, k);

            // A possessive inside a run splits country from the rest: "Azerbaijan’s Foreign Minister X".
            if (end < tokens.Count && tokens[end - 1].IsPossessive && IsNameWord(tokens[end]))
            {
                var next = RunEnd(tokens, end);
                var country = string.Join(' ', tokens.Skip(k).Take(end - k).Select(t => t.Stem));
                if (Lexicon.Lexicon.Instance.Countries.Contains(country))
                {
                    k = Add(runs, tokens, end, next, country);
                    continue;
                }
            }

            k = Add(runs, tokens, k, end, null);
        }

        return runs;
    }

    /// <summary>
    /// The end of the capitalised run from <paramref name="start"/>, through "of" after a title word when a
    /// portfolio follows ("Minister of Water Resources Dilshod Karimov"): lower-case "of" is part of the office.
    /// </summary>
    private static int RunEnd(List<Token> tokens, int start)
    {
        var portfolios = Lexicon.Lexicon.Instance.TitleParts.Portfolios;
        var end = start + 1;
        while (end < tokens.Count && !tokens[end - 1].IsPossessive)
        {
            if (IsNameWord(tokens[end]))
            {
                end++;
            }
            else if (tokens[end].Is("of") && TitleReader.IsTitleWord(tokens[end - 1]) && end + 1 < tokens.Count
                && portfolios.Contains(tokens[end + 1].Text) && tokens[end + 1].IsCapitalized)
            {
                end += 2;
            }
            else if (tokens[end].Is("and") && end + 1 < tokens.Count && portfolios.Contains(tokens[end - 1].Text)
                && portfolios.Contains(tokens[end + 1].Text) && tokens[end + 1].IsCapitalized && OfBefore(tokens, start, end))
            {
                end += 2; // "Minister of Foreign and European Affairs"
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static bool OfBefore(List<Token> tokens, int start, int end) =>
        Enumerable.Range(start, end - start).Any(i => tokens[i].Is("of"));

    /// <summary>Adds the run [start, end) and returns where reading goes on.</summary>
    private static int Add(List<NameRun> runs, List<Token> tokens, int start, int end, string? country)
    {
        var lexicon = Lexicon.Lexicon.Instance;
        var k = start;
        if (country is null && k < end - 1 && lexicon.CountryByDemonym.TryGetValue(tokens[k].Text, out var byDemonym))
        {
            country = byDemonym;
            k++;
        }

        // "Armenia's Deputy Minister of Territorial Administration, Arsen Petrosyan,": a run that is all
        // title names the person after the comma.
        var nameEnd = end;
        var (titleLength, titleRole) = TitleReader.Read(tokens, k, end);
        if (titleLength > 0 && k + titleLength == end && end + 1 < tokens.Count && tokens[end].Text == ","
            && IsNameWord(tokens[end + 1]) && !TitleReader.IsTitleWord(tokens[end + 1]))
        {
            nameEnd = RunEnd(tokens, end + 1);
        }
        else
        {
            (titleLength, titleRole) = TitleReader.Read(tokens, k, end - 1);
        }

        string? title = titleLength > 0 ? string.Join(' ', tokens.Skip(k).Take(titleLength).Select(t => t.Text)) : null;
        k += titleLength;
        if (nameEnd != end)
        {
            k = end + 1;
        }

        if (k >= nameEnd)
        {
            return nameEnd;
        }

        if (title is null && country is not null && !lexicon.Titles.ContainsKey(tokens[k].Text))
        {
            // "Turkish Airlines": a demonym without a title does not make a person's role.
            country = null;
            k = start;
        }

        var nameSpan = new TextSpan(tokens[k].Start, tokens[nameEnd - 1].End);
        var name = string.Join(' ', tokens.Skip(k).Take(nameEnd - k).Select(t => t.Stem));
        if (NameKey.Normalize(name).Length == 0)
        {
            return nameEnd;
        }

        runs.Add(new NameRun(new TextSpan(tokens[start].Start, tokens[nameEnd - 1].End), nameSpan, name, country, title, titleRole));
        return nameEnd;
    }

    private static bool IsNameWord(Token token) =>
        token.IsCapitalized && !NotNames.Contains(token.Text) && !token.Text.All(char.IsDigit) && !IsPartyTag(token.Text);

    // "Rep. John Mica (R-Fla.)", "Sen. Claire McCaskill (D-Mo.)": the party and state after a US legislator's
    // name are no name of their own, else the tag is taken for the speaker.
    private static bool IsPartyTag(string text) =>
        text.Length >= 3 && text[0] is 'D' or 'R' or 'I' && text[1] == '-' && char.IsUpper(text[2]);
}
