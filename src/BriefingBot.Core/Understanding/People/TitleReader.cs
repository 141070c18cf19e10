using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.People;

/// <summary>
/// Reads the title at the front of a capitalised run: a listed title ("Foreign Minister", "FM") or a
/// compound one built from rank and portfolio words around a title word ("Deputy Transport Minister",
/// "Minister of Water Resources"), since offices are too many to list whole.
/// </summary>
internal static class TitleReader
{
    /// <summary>The title's length in tokens from <paramref name="start"/>, ending at or before <paramref name="limit"/>, and its lower-case role; 0 when there is none.</summary>
    public static (int Length, string? Role) Read(List<Token> tokens, int start, int limit)
    {
        var lexicon = Lexicon.Lexicon.Instance;
        var exact = 0;
        string? exactRole = null;
        for (var n = Math.Min(lexicon.MaxTitleWords, limit - start); n >= 1; n--)
        {
            if (lexicon.Titles.TryGetValue(string.Join(' ', tokens.Skip(start).Take(n).Select(t => t.Text)), out var full))
            {
                (exact, exactRole) = (n, full);
                break;
            }
        }

        var compound = CompoundEnd(tokens, start, limit) - start;
        if (compound <= exact)
        {
            return (exact, exactRole);
        }

        var words = tokens.Skip(start).Take(compound)
            .Select(t => lexicon.Titles.TryGetValue(t.Text, out var full) && full.Length > 0 ? full : t.Text.ToLowerInvariant());
        return (compound, string.Join(' ', words));
    }

    /// <summary>True for a word that is a title by itself ("Minister", "Gov."), not a bare honorific ("Mr.").</summary>
    public static bool IsTitleWord(Token token) =>
        Lexicon.Lexicon.Instance.Titles.TryGetValue(token.Text, out var full) && full.Length > 0;

    /// <summary>
    /// The end of the longest compound title: rank and portfolio words, at least one title word last,
    /// optionally "of" and portfolio words after it. Returns <paramref name="start"/> when there is none.
    /// </summary>
    private static int CompoundEnd(List<Token> tokens, int start, int limit)
    {
        var parts = Lexicon.Lexicon.Instance.TitleParts;
        var best = start;
        var j = start;
        while (j < limit)
        {
            var token = tokens[j];
            if (IsTitleWord(token))
            {
                best = ++j;
                if (j + 1 < limit && tokens[j].Is("of") && parts.Portfolios.Contains(tokens[j + 1].Text))
                {
                    // "Minister of Foreign and European Affairs": the field after "of" ends the title.
                    var k = j + 1;
                    while (k < limit && (parts.Portfolios.Contains(tokens[k].Text)
                        || (tokens[k].Is("and") && k + 1 < limit && parts.Portfolios.Contains(tokens[k + 1].Text))))
                    {
                        k++;
                    }

                    return k;
                }
            }
            else if (token.IsCapitalized && (parts.Ranks.Contains(token.Text) || parts.Portfolios.Contains(token.Text)))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        return best;
    }
}
