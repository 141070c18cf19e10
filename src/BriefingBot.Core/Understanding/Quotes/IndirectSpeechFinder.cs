using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// Reported speech within one sentence. This class walks the sentence and decides, cue by cue, which
/// pattern applies; each pattern lives in its own class:
/// <c>X said (that) CLAUSE</c>, <c>X told Y (that) CLAUSE</c>, <c>X, a role, says CLAUSE</c>,
/// <c>CLAUSE, X said.</c> and <c>CLAUSE, said X.</c> (trailing attribution),
/// <c>According to X, CLAUSE</c> and <c>CLAUSE, according to X.</c>
/// The content is the clause without "that" and without the final punctuation. A clause that holds
/// quoted words is <see cref="QuoteKind.Mixed"/>.
/// <see cref="TrailingReport"/> and <see cref="LeadingReport"/> cover the verb cues, <see cref="AccordingToReport"/>
/// the "according to" frames, <see cref="ReportedContent"/> the content rules they all share.
/// </summary>
internal static class IndirectSpeechFinder
{
    public static List<Attribution> Find(List<Token> tokens, int sentenceStart, int sentenceEnd)
    {
        var found = new List<Attribution>();
        var last = sentenceEnd;
        while (last > sentenceStart && (TokenText.EndsSentence(tokens[last - 1]) || tokens[last - 1].Kind == TokenKind.QuoteMark || tokens[last - 1].Text is ")" or "\u2019"))
        {
            last--;
        }

        // "Asked whether he was ever bullied, Trump ...": the question is reported, its asker unnamed.
        var asked = tokens[sentenceStart].Is("when") ? sentenceStart + 1 : sentenceStart;
        if (asked < last && tokens[asked].Is("asked"))
        {
            var comma = asked + 1;
            while (comma < last && tokens[comma].Text != "," && comma < asked + 25)
            {
                comma++;
            }

            if (comma < last && tokens[comma].Text == "," && ReportedContent.Build(tokens, asked + 1, comma, asked, null) is { } question)
            {
                found.Add(question);
            }
        }

        if (EvidenceFinder.Find(tokens, sentenceStart, last) is { } evidence)
        {
            found.Add(evidence);
        }

        for (var k = sentenceStart; k < last; k++)
        {
            var t = tokens[k];
            if (TokenText.IsAccordingTo(tokens, k))
            {
                AccordingToReport.Find(tokens, k, sentenceStart, last, found);
                k++;
                continue;
            }

            if (RaisingFinder.At(tokens, k, sentenceStart, last) is { } raised)
            {
                found.Add(raised);
                k = Math.Max(k, TokenEnding(tokens, k, last, raised.Content[^1].End) - 1);
                continue;
            }

            // Headlines capitalise every word: "Obama Says Museum Will Tell of ...".
            var headlineCue = t.IsCapitalized && k > sentenceStart && tokens[k - 1].IsCapitalized && IsTitleCase(tokens, sentenceStart, last);
            if (!IndirectCues.IsCue(t) || IndirectCues.IsWeakUse(tokens, k) || (IndirectCues.Particle(t) is { } particle && (k + 1 >= last || !tokens[k + 1].Is(particle)) && !IndirectCues.HasClauseParticle(tokens, k, last)) || (t.IsCapitalized && !headlineCue) || TokenText.CueFlags(t).HasFlag(Lexicon.CueFlags.DirectOnly) || CueUse.IsNounUse(tokens, k) || CueUse.IsPassive(tokens, k, sentenceStart) || TokenText.IsNotSpeech(tokens, k))
            {
                continue;
            }

            var attribution = TrailingReport.Find(tokens, k, sentenceStart, last);
            if (attribution is not null)
            {
                found.Add(attribution);
                continue; // "A, X wrote, and he added that B": a second report may follow
            }

            // "X says A and said B": the second verb shares the speaker and ends the first clause.
            var end = LeadingReport.CoordinatedCue(tokens, k + 1, last);
            attribution = LeadingReport.Find(tokens, k, sentenceStart, end, found.Count > 0 && (tokens[k - 1].Is("and") || tokens[k - 1].Is("but")) ? found[^1].Speaker : null);
            if (attribution is not null)
            {
                found.Add(attribution);

                // Go on after the content: cues inside it are part of what was said, cues after it start
                // another report ("X, which endorsed Y, said ...", "calling it A - but he said B").
                k = Math.Max(k, TokenEnding(tokens, k, last, attribution.Content[^1].End) - 1);
            }
        }

        return found;
    }

    /// <summary>The index after the token that ends at <paramref name="offset"/>, searching from <paramref name="from"/>.</summary>
    private static int TokenEnding(List<Token> tokens, int from, int last, int offset)
    {
        var j = from;
        while (j < last && tokens[j].End < offset)
        {
            j++;
        }

        return Math.Min(j + 1, last);
    }

    private static bool IsTitleCase(List<Token> tokens, int start, int last)
    {
        int words = 0, capitalised = 0;
        for (var j = start; j < last; j++)
        {
            if (tokens[j].IsWord && tokens[j].Text.Length > 3)
            {
                words++;
                capitalised += tokens[j].IsCapitalized ? 1 : 0;
            }
        }

        return words >= 3 && capitalised * 10 >= words * 8;
    }
}
