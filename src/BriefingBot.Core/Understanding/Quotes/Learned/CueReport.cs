using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes.Learned;

/// <summary>
/// Runs the <see cref="CueModel"/> over the words no attribution covers (quotations are the speaker's own words
/// and are skipped too) and turns what it finds into attributions, with the speaker the rules find for the cue.
/// </summary>
internal static class CueReport
{
    /// <summary>The candidate cues of a text, with their sentence: the cue model's input in training and use.</summary>
    public static IEnumerable<(int Cue, int SentenceStart, int SentenceEnd)> Candidates(CueModel model, List<Token> tokens, int[] sentenceOfToken, bool[] covered)
    {
        var start = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (k > 0 && sentenceOfToken[k] != sentenceOfToken[k - 1])
            {
                start = k;
            }

            if (covered[k] || !model.IsCandidate(tokens[k]))
            {
                continue;
            }

            var end = k + 1;
            while (end < tokens.Count && sentenceOfToken[end] == sentenceOfToken[k])
            {
                end++;
            }

            yield return (k, start, end);
        }
    }

    /// <summary>Tokens inside a found attribution's content, cue or speaker (<paramref name="quoted"/>: or inside quotation marks).</summary>
    public static bool[] Covered(List<Token> tokens, IEnumerable<Attribution> attributions, List<QuotedSpan>? quoted)
    {
        var covered = new bool[tokens.Count];
        var spans = new List<TextSpan>();
        foreach (var a in attributions)
        {
            spans.AddRange(a.Content);
            if (a.Cue is { } cue)
            {
                spans.Add(cue);
            }

            if (a.Speaker is { } speaker)
            {
                spans.Add(speaker);
            }
        }

        spans.Sort((x, y) => x.Start.CompareTo(y.Start));
        var s = 0;
        var active = new List<TextSpan>();
        for (var k = 0; k < tokens.Count; k++)
        {
            while (s < spans.Count && spans[s].Start <= tokens[k].Start)
            {
                active.Add(spans[s++]);
            }

            active.RemoveAll(span => span.End <= tokens[k].Start);
            covered[k] = active.Count > 0;
        }

        foreach (var q in quoted ?? [])
        {
            var close = q.Close < 0 ? tokens.Count - 1 : q.Close;
            for (var k = q.Open; k <= close && k < tokens.Count; k++)
            {
                if (tokens[k].Kind == TokenKind.LineBreak)
                {
                    break;
                }

                covered[k] = true;
            }
        }

        return covered;
    }

    private static readonly HashSet<string> ObjectOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
    };

    private static bool OpensObject(Token first) => ObjectOpeners.Contains(first.Text);

    public static void Add(CueModel model, List<Token> tokens, int[] sentenceOfToken, List<QuotedSpan> quoted, List<Attribution> attributions)
    {
        var covered = Covered(tokens, attributions, quoted);
        var taken = Covered(tokens, attributions, null);
        foreach (var (cue, sentenceStart, sentenceEnd) in Candidates(model, tokens, sentenceOfToken, covered).ToList())
        {
            // "The war claimed the lives of ...": what the not-speech list rules out for the rules, it rules out here too.
            if (taken[cue] || TokenText.IsNotSpeech(tokens, cue) || model.Decide(tokens, cue, sentenceStart, sentenceEnd) is not var (start, end))
            {
                continue;
            }

            var clash = false;
            var marks = 0;
            var words = 0;
            for (var j = start; j < end; j++)
            {
                clash |= taken[j];
                marks += tokens[j].Kind == TokenKind.QuoteMark ? 1 : 0;
                words += tokens[j].IsWord ? 1 : 0;
            }

            // Under three words is a fragment, as for the rules (ReportedContent): "presented the budget on Monday" reports no "Monday".
            if (clash || words < ReportedContent.MinContentWords)
            {
                continue;
            }

            // A learned cue that no rule knows as a reporting verb, followed by a plain object, reports nothing:
            // "presented the budget on Monday" is an act, not speech.
            if (!IndirectCues.IsCue(tokens[cue]) && start == cue + 1 && OpensObject(tokens[start]))
            {
                continue;
            }

            for (var j = cue; j < end; j++)
            {
                taken[j] = true;
            }

            var speaker = ReportSpeaker.BeforeCue(tokens, cue, sentenceStart, IndirectCues.Flags(tokens[cue]));
            if (speaker is { } found && !FragmentQuote.Plausible(tokens, found))
            {
                speaker = null;
            }

            attributions.Add(new Attribution(
                marks >= 2 ? QuoteKind.Mixed : QuoteKind.Indirect,
                [TokenText.Span(tokens, start, end)],
                TokenText.Span(tokens, cue, cue + 1),
                speaker is { } s ? TokenText.Span(tokens, s) : null));
        }
    }
}
