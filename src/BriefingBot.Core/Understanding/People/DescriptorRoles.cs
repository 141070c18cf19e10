using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.People;

/// <summary>
/// Roles written in lower case between a country and a full name: "Kazakhstan's port authority chief
/// Aidos Nurlanov", "Tajikistan's delegation head, Firuz Rahimov,". The country makes the words a role
/// rather than a passing description, so such names are people even where they do not speak, and
/// a later bare surname ("Nurlanov told reporters") resolves to them.
/// </summary>
internal static class DescriptorRoles
{
    private const int MaxWords = 4;

    public static void Find(List<Token> tokens, List<NameRun> runs, Dictionary<int, string> roles)
    {
        foreach (var run in runs)
        {
            if (run.Title is not null || run.Country is not null || run.Name.IndexOf(' ') < 0 || roles.ContainsKey(run.NameSpan.Start))
            {
                continue;
            }

            var j = TokenSearch.FirstAtOrAfter(tokens, run.Span.Start) - 1;
            if (j >= 0 && tokens[j].Text == ",")
            {
                j--; // "delegation head, Firuz Rahimov"
            }

            var last = j;
            while (j >= 0 && last - j < MaxWords && tokens[j].IsWord && !tokens[j].IsCapitalized && !IsFunctionWord(tokens[j]))
            {
                j--;
            }

            if (j == last || j < 0 || !IsRoleNoun(tokens[last]) || Country(tokens, j) is not { } country)
            {
                continue;
            }

            var words = tokens.Skip(j + 1).Take(last - j).Select(t => t.Text.ToLowerInvariant());
            roles[run.NameSpan.Start] = $"{country}'s {string.Join(' ', words)}";
        }
    }

    /// <summary>The country named by the token at <paramref name="k"/>: "Kazakhstan's", "South Korea's" or "Kyrgyz".</summary>
    private static string? Country(List<Token> tokens, int k)
    {
        var lexicon = Lexicon.Lexicon.Instance;
        var token = tokens[k];
        if (!token.IsCapitalized)
        {
            return null;
        }

        if (!token.IsPossessive)
        {
            return lexicon.CountryByDemonym.TryGetValue(token.Text, out var byDemonym) ? byDemonym : null;
        }

        if (lexicon.Countries.Contains(token.Stem))
        {
            return token.Stem;
        }

        var twoWords = k > 0 && tokens[k - 1].IsCapitalized ? $"{tokens[k - 1].Text} {token.Stem}" : null;
        return twoWords is not null && lexicon.Countries.Contains(twoWords) ? twoWords : null;
    }

    /// <summary>The head of the role names a person's job: "chief", "head", "minister", "spokesman".</summary>
    private static bool IsRoleNoun(Token token)
    {
        var lexicon = Lexicon.Lexicon.Instance;
        return (lexicon.SpeakerNouns.Contains(token.Text) && !lexicon.OrganisationNouns.Contains(token.Text))
            || TitleReader.IsTitleWord(token);
    }

    /// <summary>Words that end a description: "and", "the", "by" join clauses or start phrases, never roles.</summary>
    private static bool IsFunctionWord(Token token) => Lexicon.Lexicon.Instance.StopWords.Contains(token.Text);
}
