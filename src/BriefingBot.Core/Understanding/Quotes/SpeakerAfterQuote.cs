using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// An attribution after the quote: <c>"...," X said</c>, <c>"...," said X</c>, <c>"...," according to X</c>,
/// a described speaker (<c>"...," a friend said</c>) or a byline (<c>"..." ― Krystal Correa</c>); and the
/// checks that what follows is only a short frame, not a new sentence with its own report.
/// </summary>
internal static class SpeakerAfterQuote
{
    /// <summary>The cue and speaker after the quote, or nulls (and -1) when the words after it are no attribution.</summary>
    public static (TextSpan? Cue, TextSpan? Speaker, int CueToken) Find(List<Token> tokens, QuotedSpan quote, int[] sentenceOfToken)
    {
        if (quote.Close < 0)
        {
            return (null, null, -1);
        }

        var k = quote.Close + 1;
        while (k < tokens.Count && tokens[k].Text is "," or "\u2014" or "-" or "\u2013" or "\u2015")
        {
            k++;
        }

        var max = ClauseEnd(tokens, k);
        if (k >= max)
        {
            return (null, null, -1);
        }

        // "...for him.” She says it ...": after a quote that ends its sentence, a capitalised word starts a
        // new sentence unless all that follows is a short attribution ("...?” Clinton said.").
        var endsSentence = quote.Close - 1 > quote.Open && TokenText.EndsSentence(tokens[quote.Close - 1]) && tokens[k].IsCapitalized && !tokens[k].Is("I");
        var (cue, speaker, cueToken) = AfterFrame(tokens, k, max, HandsOver(tokens, quote), QuoteContext.StartsSentence(tokens, quote, sentenceOfToken));

        // "... at “less advanced schools,” Trump said: “I don't like ...”": a cue that hands over with a colon
        // introduces the next quote, not the phrase quoted inside the sentence before it.
        if (cue is not null && cueToken + 2 < tokens.Count && tokens[cueToken + 1].Text == ":" && tokens[cueToken + 2].Kind == TokenKind.QuoteMark
            && !QuoteContext.StartsSentence(tokens, quote, sentenceOfToken))
        {
            return (null, null, -1);
        }
        if (cue is null || !endsSentence)
        {
            // "― Krystal Correa" closing a line: a byline-style attribution without a verb.
            if (cue is null && quote.Close + 1 < tokens.Count && tokens[quote.Close + 1].Text is "\u2015" or "\u2014"
                && SpeakerPhrase.Forward(tokens, k, max) is { } signed && tokens[signed.End - 1].IsCapitalized
                && (signed.End >= tokens.Count || tokens[signed.End].Kind == TokenKind.LineBreak || TokenText.EndsSentence(tokens[signed.End])))
            {
                return (null, TokenText.Span(tokens, signed), -1);
            }

            return (cue, speaker, cueToken);
        }

        // "...my wheelhouse.'' He said, twice, that ...": after a full stop inside the marks, a capitalised
        // attribution opens the next sentence and reports something else (PolNeAR almost never attributes back).
        if (tokens[quote.Close - 1].Text == ".")
        {
            return (null, null, -1);
        }

        // Only a short frame may follow: "Clinton said.", "she said on Monday.", "he said, “...”".
        var rest = cueToken + 1;
        if (rest >= tokens.Count || TokenText.EndsSentence(tokens[rest]) || tokens[rest].Text is "," or ":" || tokens[rest].Kind is TokenKind.QuoteMark or TokenKind.LineBreak)
        {
            return (cue, speaker, cueToken);
        }

        if (!QuoteFrameWords.FrameStarts.Contains(tokens[rest].Text))
        {
            return (null, null, -1); // "...for him.” She says it shows ...": a new sentence with its own report
        }

        while (rest < tokens.Count && !TokenText.EndsSentence(tokens[rest]) && tokens[rest].Kind is not (TokenKind.QuoteMark or TokenKind.LineBreak) && rest - cueToken < 12 && !tokens[rest].Is("that"))
        {
            rest++;
        }

        var accepted = rest >= tokens.Count || TokenText.EndsSentence(tokens[rest]) || tokens[rest].Kind is TokenKind.LineBreak or TokenKind.QuoteMark;
        return accepted ? (cue, speaker, cueToken) : (null, null, -1);
    }

    /// <summary>The attribution patterns that may start at <paramref name="k"/>, tightest first.</summary>
    private static (TextSpan? Cue, TextSpan? Speaker, int CueToken) AfterFrame(List<Token> tokens, int k, int max, bool handsOver, bool opensSentence)
    {
        if (TokenText.IsAccordingTo(tokens, k) && SpeakerPhrase.Forward(tokens, k + 2, max) is { } source)
        {
            return (TokenText.Span(tokens, k, k + 2), TokenText.Span(tokens, source), k);
        }

        if (TokenText.IsCue(tokens[k]) && SpeakerPhrase.Forward(tokens, k + 1, max) is { } after)
        {
            // "said one longtime volunteer": a phrase that stops on a modifier goes on to its noun.
            if (handsOver && !tokens[after.End - 1].IsCapitalized && DescribedSpeaker.AfterCue(tokens, k + 1, max) is { } longer && longer.End > after.End)
            {
                after = longer;
            }

            return (TokenText.Span(tokens, k, k + 1), TokenText.Span(tokens, SpeakerAppositive.Extend(tokens, after)), k);
        }

        // "...,” said another leading advocate, Andrew Pincus": a described speaker after the cue.
        if (handsOver && TokenText.IsCue(tokens[k]) && !tokens[k].IsCapitalized && DescribedSpeaker.AfterCue(tokens, k + 1, max) is { } describedAfter)
        {
            return (TokenText.Span(tokens, k, k + 1), TokenText.Span(tokens, SpeakerAppositive.Extend(tokens, describedAfter)), k);
        }

        if (SpeakerPhrase.Forward(tokens, k, max) is { } speaker)
        {
            var m = speaker.End;
            while (m < max && TokenText.IsAdverb(tokens[m]))
            {
                m++;
            }

            if (m < max && TokenText.IsCue(tokens[m]))
            {
                return (TokenText.Span(tokens, m, m + 1), TokenText.Span(tokens, speaker), m);
            }

            // "Scott Pruitt, the Republican attorney general of Oklahoma, said"
            if (m < tokens.Count && tokens[m].Text == "," && (tokens[speaker.End - 1].IsCapitalized || tokens[speaker.End - 1].Text == ")"))
            {
                for (var j = m + 1; j < tokens.Count && j < m + 30; j++)
                {
                    var t = tokens[j];
                    // "Mr. Daniloff, now retired in Cambridge, Mass., said": an abbreviation's stop before a comma ends nothing.
                    if (t.Kind is TokenKind.QuoteMark or TokenKind.LineBreak || (TokenText.EndsSentence(t) && !(t.Text == "." && j + 1 < tokens.Count && tokens[j + 1].Text == ",")))
                    {
                        break;
                    }

                    if (t.Text == "," && j + 1 < tokens.Count)
                    {
                        var v = j + 1;
                        while (v < tokens.Count && TokenText.IsAdverb(tokens[v]))
                        {
                            v++;
                        }

                        if (v < tokens.Count && TokenText.IsCue(tokens[v]) && !tokens[v].IsCapitalized)
                        {
                            return (TokenText.Span(tokens, v, v + 1), TokenText.Span(tokens, speaker.Start, j), v);
                        }
                    }
                }
            }
        }

        // "...?” a narrator in the Clinton ad asks.": a short described phrase, then a cue that closes the clause.
        var described = tokens[k].Is("a") || tokens[k].Is("an") || tokens[k].Is("the") || tokens[k].Is("one") || tokens[k].Is("another");
        for (var v = k + 1; described && v < max && v < k + 8; v++)
        {
            if (TokenText.IsCue(tokens[v]) && !tokens[v].IsCapitalized)
            {
                var next = v + 1;
                if (next >= tokens.Count || TokenText.EndsSentence(tokens[next]) || tokens[next].Text == "," || tokens[next].Kind is TokenKind.LineBreak or TokenKind.QuoteMark)
                {
                    return (TokenText.Span(tokens, v, v + 1), TokenText.Span(tokens, k, v), v);
                }

                break;
            }
        }

        // "...,” a friend said on Facebook.": a described speaker, then the cue.
        if (handsOver && DescribedSpeaker.BeforeCue(tokens, k, max) is { } loose)
        {
            return (TokenText.Span(tokens, loose.Cue, loose.Cue + 1), TokenText.Span(tokens, loose.Start, loose.End), loose.Cue);
        }

        // (Only for a quotation that opens its sentence: after a phrase quoted mid-sentence a new clause follows.)
        return handsOver && opensSentence ? LooseFrame(tokens, k) : (null, null, -1);
    }

    /// <summary>
    /// "...,” said 9/11 widow Terry Strada.", "...,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said.":
    /// a quotation that hands over to a frame whose speaker no tighter pattern reads. The first cue before the
    /// sentence ends decides: the words before it are the speaker, or, when it comes first, the phrase after it.
    /// </summary>
    private static (TextSpan? Cue, TextSpan? Speaker, int CueToken) LooseFrame(List<Token> tokens, int k)
    {
        const int MaxFrame = 20;
        for (var v = k; v < tokens.Count && v < k + MaxFrame; v++)
        {
            var t = tokens[v];
            if (t.Kind is TokenKind.QuoteMark or TokenKind.LineBreak || TokenText.EndsSentence(t))
            {
                return (null, null, -1);
            }

            if (!TokenText.IsCue(t) || t.IsCapitalized)
            {
                continue;
            }

            var (start, end) = v > k ? (k, v) : (v + 1, v + 1);
            if (v == k)
            {
                while (end < tokens.Count && end < v + 9 && tokens[end].Kind is not (TokenKind.QuoteMark or TokenKind.LineBreak) && !TokenText.EndsSentence(tokens[end]) && tokens[end].Text != ",")
                {
                    end++;
                }
            }

            while (end > start && (tokens[end - 1].Text == "," || TokenText.IsAdverb(tokens[end - 1])))
            {
                end--;
            }

            if (end <= start || !Names(tokens, start, end))
            {
                return (null, null, -1);
            }

            return (TokenText.Span(tokens, v, v + 1), TokenText.Span(tokens, start, end), v);
        }

        return (null, null, -1);
    }

    /// <summary>The words name someone: a pronoun, or a capitalised word that opens no clause.</summary>
    private static bool Names(List<Token> tokens, int start, int end)
    {
        if (end - start == 1 && SpeakerPhrase.IsPronoun(tokens[start]))
        {
            return true;
        }

        for (var j = start; j < end; j++)
        {
            if (tokens[j].IsWord && tokens[j].IsCapitalized && !SpeakerPhrase.NotNames.Contains(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the clause after the quote ends: at a comma, a sentence end, a quote mark or a line break.</summary>
    private static int ClauseEnd(List<Token> tokens, int from)
    {
        var k = from;
        while (k < tokens.Count && tokens[k].Kind is not (TokenKind.QuoteMark or TokenKind.LineBreak) && !TokenText.EndsSentence(tokens[k]) && tokens[k].Text != ",")
        {
            k++;
        }

        return k;
    }

    /// <summary>The quotation hands its words over to what follows: it ends in a comma, "?" or "!", or a comma follows it.</summary>
    private static bool HandsOver(List<Token> tokens, QuotedSpan quote) =>
        quote.Close > quote.Open + 1
        && (tokens[quote.Close - 1].Text is "," or "?" or "!" || (quote.Close + 1 < tokens.Count && tokens[quote.Close + 1].Text == ","));
}
