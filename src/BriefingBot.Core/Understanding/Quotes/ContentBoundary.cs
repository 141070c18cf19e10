using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// Where reported content that follows its cue ends. The reporter's own words often continue the
/// sentence after what was said: "X said A, but B did not", "said A, saying ...", "say A, while 40 percent
/// say B", "said A, and he left". Those tails are the writer's narration (or another report), not the content.
/// </summary>
internal static class ContentBoundary
{
    // After a comma these open the writer's own clause: a contrast, a comparison, a consequence.
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "but", "however", "while", "whereas", "though", "although", "yet", "compared", "even", "despite", "unlike", "prompting", "before", "after",
    };

    // Subjects that open a new main clause after ", and": "..., and he railed against ...".
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "we", "i", "it",
    };

    /// <summary>
    /// The end (exclusive) of content that runs from <paramref name="from"/> to at most <paramref name="to"/>;
    /// <paramref name="relative"/> when the cue sits in a relative clause ("X, who said A, ...").
    /// </summary>
    public static int End(List<Token> tokens, int from, int to, bool relative = false)
    {
        var quoteMarks = 0;
        for (var j = from + 1; j < to - 1; j++)
        {
            var t = tokens[j];
            if (t.Kind == TokenKind.QuoteMark)
            {
                quoteMarks++;
                // "that he has “expanded the party,” claiming ...": the comma that ends the clause sits inside the closing mark.
                if (quoteMarks % 2 == 0 && tokens[j - 1].Text == "," && (OpensOwnClause(tokens, j, to, relative) || OpensComment(tokens, j, to)))
                {
                    return j + 1;
                }

                // "called it “disqualifying” and asserting that ...": a second verb after the quoted words is the writer's.
                if (quoteMarks % 2 == 0 && j + 2 < to && (tokens[j + 1].Is("and") || tokens[j + 1].Is("but")) && IsParticiple(tokens[j + 2]))
                {
                    return j + 1;
                }

                continue;
            }

            if (quoteMarks % 2 == 1)
            {
                continue; // words inside a quotation belong to the speaker
            }

            var next = tokens[j + 1];
            // A stop glued to the next word is inside an abbreviation ("U.S.-born"), not a missed sentence end.
            if (t.Text is ":" or "." or "?" or "!" && (t.Text == ":" || next.Start > t.End))
            {
                return j; // "he said he was busy: "I have ..."": what follows the colon is quoted or listed on its own
            }

            if (t.Text == "," && OpensOwnClause(tokens, j, to, relative))
            {
                return j;
            }

            // "In a statement announcing the pick, the union called Smith ...": a subject and its own cue after the
            // comma open the main clause; the participle before it only introduced it.
            if (t.Text == "," && CueFollows(tokens, j + 1, to))
            {
                return j;
            }
            else if ((t.Is("while") || t.Is("whereas")) && !next.Text.EndsWith("ing", StringComparison.Ordinal))
            {
                return j;
            }
            else if ((t.Is("and") || t.Is("but")) && quoteMarks >= 2 && IsParticiple(next))
            {
                return j; // "a call for “lethal weapons” to Ukraine and replacing it with ...": the writer goes on
            }
            else if ((t.Is("and") || t.Is("but")) && CueFollows(tokens, j + 1, to))
            {
                return j;
            }
        }

        return to;
    }

    /// <summary>Whether the words after the comma at <paramref name="comma"/> are the writer's own clause, not more content.</summary>
    public static bool OpensOwnClause(List<Token> tokens, int comma, int to, bool relative)
    {
        var next = tokens[comma + 1];
        return relative // "Graham, who says A, tweeted B": the relative clause closes at its comma
            || (ClauseOpeners.Contains(next.Text) && !next.IsCapitalized)
            // ", saying ...", ", putting them ahead ...": a participle clause comments on the report.
            || (next.IsWord && !next.IsCapitalized && next.Text.Length > 5 && next.Text.EndsWith("ing", StringComparison.Ordinal) && !next.Is("including") && !next.Is("according"))
            || (next.Is("and") && comma + 2 < to && (Pronouns.Contains(tokens[comma + 2].Text) || CueFollows(tokens, comma + 2, to)));
    }

    /// <summary>
    /// "called him a “moderate,” a subtle dig at ...": a noun phrase after the quote's comma comments on the report,
    /// unless it quotes more words and so goes on with a list ("a “bully,” a “narcissist”").
    /// </summary>
    private static bool OpensComment(List<Token> tokens, int close, int to)
    {
        if (close + 1 >= to || !(tokens[close + 1].Is("a") || tokens[close + 1].Is("an")) || tokens[close + 1].IsCapitalized)
        {
            return false;
        }

        for (var j = close + 2; j < to; j++)
        {
            if (tokens[j].Kind == TokenKind.QuoteMark)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsParticiple(Token token) =>
        token.IsWord && !token.IsCapitalized && token.Text.Length > 5 && token.Text.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>A short subject and then a finite cue verb: "more than 4 in 10 said", "three-quarters said".</summary>
    public static bool CueFollows(List<Token> tokens, int from, int to)
    {
        for (var j = from; j < to && j < from + 7; j++)
        {
            var t = tokens[j];
            if (TokenText.IsCue(t) && j > from && !t.Text.EndsWith("ing", StringComparison.Ordinal) && (t.Text.EndsWith('s') || t.Text.EndsWith("ed", StringComparison.Ordinal) || t.Is("said") || t.Is("say")))
            {
                return true;
            }

            if (!t.IsWord || t.Is("that") || t.Is("to"))
            {
                return false;
            }
        }

        return false;
    }
}
