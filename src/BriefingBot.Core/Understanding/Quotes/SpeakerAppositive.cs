using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// The description that follows a speaker's name ("Douglas Holtz-Eakin, an economist who ...") and belongs
/// to the speaker span, as PolNeAR marks it.
/// </summary>
internal static class SpeakerAppositive
{
    /// <summary>
    /// "said Douglas Holtz-Eakin, an economist who ...": the description that closes the sentence belongs
    /// to the speaker phrase (PolNeAR marks it as part of the source).
    /// </summary>
    public static (int Start, int End) Extend(List<Token> tokens, (int Start, int End) name)
    {
        var comma = name.End;
        if (comma + 1 >= tokens.Count || tokens[comma].Text != "," || !tokens[name.End - 1].IsCapitalized
            || !(tokens[comma + 1].Is("a") || tokens[comma + 1].Is("an") || tokens[comma + 1].Is("the") || (tokens[comma + 1].IsWord && !tokens[comma + 1].IsCapitalized)))
        {
            return name;
        }

        var end = comma + 1;
        while (end < tokens.Count && end < comma + 40 && !TokenText.EndsSentence(tokens[end]) && tokens[end].Kind is not (TokenKind.QuoteMark or TokenKind.LineBreak))
        {
            end++;
        }

        // "said Ann Holt, an economist at the university, “is that ...”": the description ends where the quote resumes.
        if (end < tokens.Count && tokens[end].Kind == TokenKind.QuoteMark && tokens[end - 1].Text == "," && end - 1 > comma + 1)
        {
            return End(tokens, name, comma, end - 1);
        }

        return end < tokens.Count && TokenText.EndsSentence(tokens[end]) && end > comma + 1 ? End(tokens, name, comma, end) : name;
    }

    /// <summary>"Tom Ridge, a former secretary of homeland security, put it": the description between commas joins the name.</summary>
    public static (int Start, int End) ToComma(List<Token> tokens, (int Start, int End) name, int max)
    {
        if (name.End >= max || tokens[name.End].Text != "," || !tokens[name.End - 1].IsCapitalized)
        {
            return name;
        }

        for (var j = name.End + 2; j < max && j < name.End + 25; j++)
        {
            if (tokens[j].Kind is TokenKind.QuoteMark or TokenKind.LineBreak || TokenText.EndsSentence(tokens[j]))
            {
                return name;
            }

            if (tokens[j].Text == "," && j + 1 < max && tokens[j + 1].IsWord && !tokens[j + 1].IsCapitalized)
            {
                return (name.Start, j);
            }
        }

        return name;
    }

    /// <summary>
    /// Where a speaker's description ends (PolNeAR's source spans): before a participle clause ("De Blasio,
    /// speaking on WOR", "Dan Cantor, the party's director, eyeing the coming weeks"). Relative clauses and
    /// second descriptions mostly stay in the gold spans, so they stay here too.
    /// </summary>
    private static (int Start, int End) End(List<Token> tokens, (int Start, int End) name, int comma, int end)
    {
        var first = tokens[comma + 1];
        if (first.Text.EndsWith("ing", StringComparison.Ordinal))
        {
            return name;
        }

        for (var j = comma + 2; j + 1 < end; j++)
        {
            if (tokens[j].Text == "," && tokens[j + 1].Text.EndsWith("ing", StringComparison.Ordinal))
            {
                return (name.Start, j);
            }
        }

        return (name.Start, end);
    }
}
