using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// "Trump said that Machado was “disgusting” and “a con” and encouraged Americans to “check out” her tape": a
/// second reporting verb (from the cue lists; the cue model's wider vocabulary splits too often) joined by "and"/"but" starts a second report by the same speaker (or by the pronoun
/// that opens it, "but they argued that ..."). The reported clause ends before the conjunction; the second
/// report's content starts at its "that"/"to", or right after the verb.
/// </summary>
internal static class CoordinatedReport
{
    private const int MinWords = 3;

    // How far after the second verb its "that"/"to" may come ("encouraged Americans to ...").
    private const int MaxObjectTokens = 5;

    public static void Split(List<Token> tokens, List<Attribution> attributions)
    {
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (a.Kind == QuoteKind.Direct || a.Content.Count != 1 || Find(tokens, a.Content[0]) is not var (first, second, cue, subject))
            {
                continue;
            }

            attributions[i] = a with { Content = [first] };
            attributions.Insert(i + 1, new Attribution(a.Kind == QuoteKind.Mixed && !HasMark(tokens, second) ? QuoteKind.Indirect : a.Kind, [second], cue, subject ?? a.Speaker));
            i++;
        }
    }

    /// <summary>
    /// "Clinton cited remarks Trump had made about Machado as examples of his disrespect": what a cue takes as its
    /// object runs on through the "as" that says what the object was taken for, up to the end of the clause.
    /// </summary>
    public static void ExtendAs(List<Token> tokens, List<Attribution> attributions)
    {
        var taken = attributions.SelectMany(a => a.Content).ToList();
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (a.Kind == QuoteKind.Direct || a.Cue is null)
            {
                continue;
            }

            var last = a.Content[^1];
            var k = AttributionFinder.FirstTokenAt(tokens, last.End);
            if (k >= tokens.Count || tokens[k].Start < last.End || !tokens[k].Is("as") || tokens[k].Start - last.End > 1)
            {
                continue;
            }

            var end = k + 1;
            while (end < tokens.Count && tokens[end].Kind != TokenKind.LineBreak && !TokenText.EndsSentence(tokens[end]) && tokens[end].Text is not ("," or ":"))
            {
                end++;
            }

            var extended = new TextSpan(last.Start, tokens[end - 1].End);
            if (end - k >= 3 && !taken.Any(t => t != last && t.Overlaps(extended)))
            {
                a.Content[^1] = extended;
            }
        }
    }

    /// <summary>
    /// "The senator said the budget was too large and warned that ...": a cue right after "and"/"but" that
    /// follows another report's content shares that report's speaker; what stands before it is that content,
    /// not a subject.
    /// </summary>
    public static void ShareSpeakers(List<Token> tokens, List<Attribution> attributions)
    {
        var ends = attributions.Where(a => a.Speaker is not null).Select(a => (End: a.Content[^1].End, Speaker: a.Speaker!.Value)).ToList();
        for (var i = 0; i < attributions.Count; i++)
        {
            if (attributions[i].Cue is not { } cue)
            {
                continue;
            }

            var v = AttributionFinder.FirstTokenAt(tokens, cue.Start) - 1;
            while (v > 0 && TokenText.IsAdverb(tokens[v]))
            {
                v--;
            }

            if (v <= 0 || !(tokens[v].Is("and") || tokens[v].Is("but")))
            {
                continue;
            }

            var before = tokens[v - 1].Text == "," ? v - 2 : v - 1;
            foreach (var (end, speaker) in ends)
            {
                if (before >= 0 && end == tokens[before].End && !speaker.Equals(attributions[i].Speaker))
                {
                    attributions[i] = attributions[i] with { Speaker = speaker };
                    break;
                }
            }
        }
    }

    private static (TextSpan First, TextSpan Second, TextSpan Cue, TextSpan? Subject)? Find(List<Token> tokens, TextSpan content)
    {
        var start = AttributionFinder.FirstTokenAt(tokens, content.Start);
        var end = start;
        while (end < tokens.Count && tokens[end].End <= content.End)
        {
            end++;
        }

        var marks = 0;
        for (var j = start; j < end; j++)
        {
            marks += tokens[j].Kind == TokenKind.QuoteMark ? 1 : 0;
            if (marks % 2 == 1 || !(tokens[j].Is("and") || tokens[j].Is("but")) || Words(tokens, start, j) < MinWords)
            {
                continue;
            }

            var v = j + 1;
            TextSpan? subject = null;
            if (v < end && SpeakerPhrase.IsPronoun(tokens[v]) && !tokens[v].Is("who"))
            {
                subject = TokenText.Span(tokens, v, v + 1);
                v++;
            }

            while (v < end && TokenText.IsAdverb(tokens[v]))
            {
                v++;
            }

            if (v >= end || !IndirectCues.IsCue(tokens[v]) || tokens[v].IsCapitalized || IndirectCues.IsWeakUse(tokens, v) || tokens[v].Text.EndsWith("ing", StringComparison.Ordinal))
            {
                continue;
            }

            var from = v + 1;
            for (var o = v + 1; o < end && o <= v + MaxObjectTokens; o++)
            {
                if (tokens[o].Is("that") || tokens[o].Is("to"))
                {
                    from = o;
                    break;
                }

                if (!tokens[o].IsWord)
                {
                    break;
                }
            }

            if (Words(tokens, from, end) < MinWords)
            {
                continue;
            }

            var last = j - 1;
            while (last > start && tokens[last].Text == ",")
            {
                last--;
            }

            return (new TextSpan(content.Start, tokens[last].End), new TextSpan(tokens[from].Start, content.End), TokenText.Span(tokens, v, v + 1), subject);
        }

        return null;
    }

    private static int Words(List<Token> tokens, int from, int to)
    {
        var n = 0;
        for (var k = from; k < to; k++)
        {
            n += tokens[k].IsWord ? 1 : 0;
        }

        return n;
    }

    private static bool HasMark(List<Token> tokens, TextSpan span)
    {
        foreach (var t in tokens)
        {
            if (t.Start >= span.Start && t.End <= span.End && t.Kind == TokenKind.QuoteMark)
            {
                return true;
            }
        }

        return false;
    }
}
