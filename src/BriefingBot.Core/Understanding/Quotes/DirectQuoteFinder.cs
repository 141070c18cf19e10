using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// Attributes quoted text to speakers. Tried in order for each quote:
/// after it (<c>"...," X said</c>, <c>"...," said X</c>, <c>"...," according to X</c>),
/// before it (<c>X said: "..."</c>, <c>X told Y "..."</c>, <c>X agreed, saying "..."</c>, a paragraph ending
/// in "X continued:"), then as the continuation of the previous quote (same paragraph, or a quote that
/// opens the next paragraph). Quotes of one speaker in one paragraph become one quote with several
/// content pieces, the way news writers split them (<c>"A," he said, "B."</c>). Short unattributed
/// quotes are scare quotes or titles and are left out.
/// </summary>
internal static partial class DirectQuoteFinder
{
    private const int MinUnattributedWords = 6;

    // Quoted words in a reported clause shorter than this are left to the indirect finder ("called it “a disaster”").
    private const int ReportedMinWords = 6;

    public static List<Attribution> Find(string text, List<Token> tokens, List<QuotedSpan> quotes, int[] sentenceOfToken)
    {
        var found = new List<Attribution>();
        Attribution? previous = null;
        QuotedSpan previousQuote = default;
        int previousCue = -1;
        foreach (var quote in quotes)
        {
            var content = ContentSpan(text, quote);
            if (content.IsEmpty || (found.Count > 0 && found[^1].Kind == QuoteKind.Mixed && found[^1].Content[^1].Start <= content.Start && content.End <= found[^1].Content[^1].End))
            {
                continue; // quoted words inside the reported clause already taken
            }

            var (cue, speaker, cueToken) = After(tokens, quote, sentenceOfToken);
            if ((cue is null || !StartsSentence(tokens, quote, sentenceOfToken)) && IsTitle(tokens, quote))
            {
                continue; // a title-case word with a cue after it was said: "“Safety,” said Grimm."
            }

            var kind = QuoteKind.Direct;
            // (After a colon, comma or dash the quote is whole: "Trump asserted that France had lost its identity:
            // “...,” he claimed.", "As for complexity, ''broadening the base ...,'' said Mr. Kamin.")
            if (cue is not null && !StartsSentence(tokens, quote, sentenceOfToken) && tokens[quote.Open - 1].IsWord
                && SentenceStartBefore(tokens, quote, sentenceOfToken) is { } clauseStart)
            {
                // "Using the tax ''is a misguided approach,'' said Mr. Burman": the quoted words finish a
                // reported clause; the clause is what was attributed.
                content = new TextSpan(tokens[clauseStart].Start, content.End);
                kind = QuoteKind.Mixed;
            }

            if (cue is null && speaker is null)
            {
                (cue, speaker, cueToken) = Before(tokens, quote, sentenceOfToken);
            }

            // "“You squeezed employees” to drive up the stock price, she said.": the attribution closes the
            // sentence the quote opens; the clause up to it is what was said.
            if (cue is null && speaker is null && Trailing(tokens, quote, sentenceOfToken) is { } trailing)
            {
                (cue, speaker, cueToken) = (trailing.Cue, trailing.Speaker, trailing.CueToken);
                // "Fundraising was “stagnant for a month” as donors waited, he said.": the clause opens the sentence.
                var clauseOpen = StartsSentence(tokens, quote, sentenceOfToken) ? null : SentenceStartBefore(tokens, quote, sentenceOfToken);
                content = new TextSpan(clauseOpen is { } open ? tokens[open].Start : content.Start, tokens[trailing.ClauseEnd - 1].End);
                kind = QuoteKind.Mixed;
            }

            // "He said reform “is a 'when' question.”": the quote finishes a reported clause.
            if (cue is null && speaker is null && ReportedFrame(tokens, quote, sentenceOfToken, ReportedMinWords) is { } reported)
            {
                (cue, speaker, cueToken) = (reported.Cue, reported.Speaker, reported.CueToken);
                content = reported.Content;
                kind = QuoteKind.Mixed;
            }

            // A byline ("― Krystal Correa") names a speaker without a cue.
            var attributed = cue is not null || speaker is not null;

            var continues = previous is not null && StartsSentence(tokens, quote, sentenceOfToken)
                && (previousQuote.Paragraph == quote.Paragraph || (previousQuote.Paragraph + 1 == quote.Paragraph && StartsParagraph(tokens, quote)));

            if (previous is not null && previousQuote.Paragraph == quote.Paragraph
                && ((!attributed && (StartsSentence(tokens, quote, sentenceOfToken) || ResumesAfterCue(tokens, previousQuote, previousCue, quote, sentenceOfToken)))
                    || (cue is not null && cueToken == previousCue)))
            {
                // One speaker, one paragraph: one quote in several pieces.
                previous.Content.Add(content);
                previousQuote = quote;
                continue;
            }

            if (!attributed && continues && previousQuote.Close < 0)
            {
                // A quote left open at the end of a paragraph goes on in the next one: one quote, more pieces.
                previous!.Content.Add(content);
                previousQuote = quote;
                continue;
            }

            if (!attributed && continues)
            {
                previous = new Attribution(QuoteKind.Direct, [content], previous!.Cue, previous.Speaker);
                found.Add(previous);
                previousQuote = quote;
                continue;
            }

            if (!attributed && CountWords(tokens, quote) < MinUnattributedWords)
            {
                continue;
            }

            previous = new Attribution(kind, [content], cue, speaker);
            previousCue = cueToken;
            previousQuote = quote;
            found.Add(previous);
            if (!attributed)
            {
                previous = null; // an unattributed quote does not lend its (missing) speaker to the next one
            }
        }

        // A comma that hands over to the attribution is not part of the words ("...format," he said).
        foreach (var attribution in found)
        {
            for (var p = 0; p < attribution.Content.Count; p++)
            {
                var piece = attribution.Content[p];
                if (piece.Length > 1 && text[piece.End - 1] == ',')
                {
                    attribution.Content[p] = new TextSpan(piece.Start, piece.End - 1);
                }
            }
        }

        return found;
    }

    /// <summary>The content between the quotation marks, without surrounding space.</summary>
    public static TextSpan ContentSpan(string text, QuotedSpan quote)
    {
        var start = quote.ContentStart;
        var end = quote.ContentEnd;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    private static (TextSpan? Cue, TextSpan? Speaker, int CueToken) After(List<Token> tokens, QuotedSpan quote, int[] sentenceOfToken)
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
        var (cue, speaker, cueToken) = AfterFrame(tokens, k, max, HandsOver(tokens, quote));

        // "... at “less advanced schools,” Trump said: “I don't like ...”": a cue that hands over with a colon
        // introduces the next quote, not the phrase quoted inside the sentence before it.
        if (cue is not null && cueToken + 2 < tokens.Count && tokens[cueToken + 1].Text == ":" && tokens[cueToken + 2].Kind == TokenKind.QuoteMark
            && !StartsSentence(tokens, quote, sentenceOfToken))
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

        if (!FrameStarts.Contains(tokens[rest].Text))
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

    // Words that open a frame after a cue ("said at a press conference", "said Thursday").
    private static readonly HashSet<string> FrameStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "during", "after", "before", "to", "from", "with", "via", "through", "about", "of", "as", "while", "when",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday", "today", "tonight",
        "last", "earlier", "later", "recently", "this", "then", "again", "also", "previously", "repeatedly",
    };

    private static (TextSpan? Cue, TextSpan? Speaker, int CueToken) AfterFrame(List<Token> tokens, int k, int max, bool handsOver)
    {
        if (TokenText.IsAccordingTo(tokens, k) && SpeakerPhrase.Forward(tokens, k + 2, max) is { } source)
        {
            return (TokenText.Span(tokens, k, k + 2), TokenText.Span(tokens, source), k);
        }

        if (TokenText.IsCue(tokens[k]) && SpeakerPhrase.Forward(tokens, k + 1, max) is { } after)
        {
            // "said one longtime volunteer": a phrase that stops on a modifier goes on to its noun.
            if (handsOver && !tokens[after.End - 1].IsCapitalized && DescribedAfterCue(tokens, k + 1, max) is { } longer && longer.End > after.End)
            {
                after = longer;
            }

            return (TokenText.Span(tokens, k, k + 1), TokenText.Span(tokens, WithAppositive(tokens, after)), k);
        }

        // "...,” said another leading advocate, Andrew Pincus": a described speaker after the cue.
        if (handsOver && TokenText.IsCue(tokens[k]) && !tokens[k].IsCapitalized && DescribedAfterCue(tokens, k + 1, max) is { } describedAfter)
        {
            return (TokenText.Span(tokens, k, k + 1), TokenText.Span(tokens, WithAppositive(tokens, describedAfter)), k);
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
            if (m < tokens.Count && tokens[m].Text == "," && tokens[speaker.End - 1].IsCapitalized)
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
        if (handsOver && DescribedBeforeCue(tokens, k, max) is { } loose)
        {
            return (TokenText.Span(tokens, loose.Cue, loose.Cue + 1), TokenText.Span(tokens, loose.Start, loose.End), loose.Cue);
        }

        return (null, null, -1);
    }

    private static (TextSpan? Cue, TextSpan? Speaker, int CueToken) Before(List<Token> tokens, QuotedSpan quote, int[] sentenceOfToken)
    {
        var k = quote.Open - 1;
        if (k < 0)
        {
            return (null, null, -1);
        }

        // "Caddell continued:" closing the previous paragraph introduces a quote paragraph.
        if (tokens[k].Kind == TokenKind.LineBreak)
        {
            while (k >= 0 && tokens[k].Kind == TokenKind.LineBreak)
            {
                k--;
            }

            if (k < 0 || tokens[k].Text != ":")
            {
                return (null, null, -1);
            }
        }

        var colon = tokens[k].Text == ":";
        if (tokens[k].Text is ":" or ",")
        {
            k--;
        }

        var sentenceStart = SentenceStart(sentenceOfToken, k);
        var window = colon || tokens[quote.Open - 1].Text == "," ? 14 : 7;
        for (var c = k; c >= 0 && c > k - window && c >= sentenceStart; c--)
        {
            var t = tokens[c];
            if (t.Kind is TokenKind.QuoteMark or TokenKind.LineBreak)
            {
                break;
            }

            if (!TokenText.IsCue(t))
            {
                continue;
            }

            var flags = TokenText.CueFlags(t);
            if (c != k && !colon && !flags.HasFlag(Lexicon.CueFlags.Object) && !IsFrame(tokens, c + 1, quote.Open))
            {
                break; // "X said the plan was “a disaster”": reported speech, left to the indirect finder
            }

            var speaker = flags.HasFlag(Lexicon.CueFlags.Participle)
                ? Subject(tokens, c, sentenceStart)
                : SpeakerPhrase.BeforeCue(tokens, c, sentenceStart);

            // "I laughed and said, “...”": the subject of the first verb speaks.
            if (speaker is null && c - 1 > sentenceStart && tokens[c - 1].Is("and"))
            {
                // "Silverman was joined on stage by Sen. Al Franken and joked, “...”": the sentence's subject,
                // not the nearest name, does the second verb.
                speaker = SentenceSubject(tokens, sentenceStart, c - 1) ?? Subject(tokens, c - 1, sentenceStart);
            }

            speaker ??= t.IsCapitalized ? null : ClauseSubject.Before(tokens, c, sentenceStart);

            // "Said Ellis: “...”": an inverted cue opening the sentence.
            if (speaker is null && t.IsCapitalized)
            {
                speaker = SpeakerPhrase.Forward(tokens, c + 1, quote.Open);
            }

            if (speaker is { } s)
            {
                return (TokenText.Span(tokens, c, c + 1), TokenText.Span(tokens, s), c);
            }

            break;
        }

        // "Tom Ridge, a former secretary, put it: “...”": the sentence's subject speaks what its colon hands over.
        // "Mr. Trump was prompted to say, “...”": the same with a comma, when a verb hands over.
        if ((colon || tokens[k + 1].Text == ",") && ColonSubject(tokens, sentenceStart, k + 1, byComma: !colon) is { } subject)
        {
            return (TokenText.Span(tokens, k + 1, k + 2), TokenText.Span(tokens, subject), k + 1);
        }

        return (null, null, -1);
    }

    /// <summary>
    /// "said Douglas Holtz-Eakin, an economist who ...": the description that closes the sentence belongs
    /// to the speaker phrase (PolNeAR marks it as part of the source).
    /// </summary>
    internal static (int Start, int End) WithAppositive(List<Token> tokens, (int Start, int End) name)
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
            return AppositiveEnd(tokens, name, comma, end - 1);
        }

        return end < tokens.Count && TokenText.EndsSentence(tokens[end]) && end > comma + 1 ? AppositiveEnd(tokens, name, comma, end) : name;
    }

    /// <summary>A trailing ", she said." or ", said Warren." that ends the quote's sentence after more words.</summary>
    private static (TextSpan Cue, TextSpan Speaker, int CueToken, int ClauseEnd)? Trailing(List<Token> tokens, QuotedSpan quote, int[] sentenceOfToken)
    {
        if (quote.Close < 0)
        {
            return null;
        }

        var s = sentenceOfToken[quote.Close];
        var end = quote.Close + 1;
        while (end < tokens.Count && sentenceOfToken[end] == s && tokens[end].Kind is not (TokenKind.QuoteMark or TokenKind.LineBreak))
        {
            end++;
        }

        if (end < tokens.Count && sentenceOfToken[end] == s)
        {
            // Another quote or a line break before the sentence ends: only an attribution set off by commas
            // ("... and your pay, she said, referencing the “cross-sell” push") closes the clause.
            return tokens[end].Kind == TokenKind.QuoteMark ? TrailingAside(tokens, quote.Close + 1, end) : null;
        }

        var last = end;
        while (last > quote.Close + 1 && TokenText.EndsSentence(tokens[last - 1]))
        {
            last--;
        }

        for (var comma = last - 2; comma > quote.Close + 1 && comma > last - 8; comma--)
        {
            if (tokens[comma].Text != ",")
            {
                continue;
            }

            if (TokenText.IsCue(tokens[comma + 1]) && SpeakerPhrase.Forward(tokens, comma + 2, last) is { } after && after.End == last)
            {
                return (TokenText.Span(tokens, comma + 1, comma + 2), TokenText.Span(tokens, after), comma + 1, comma);
            }

            if (SpeakerPhrase.Forward(tokens, comma + 1, last) is { } before && before.End + 1 == last && TokenText.IsCue(tokens[before.End]))
            {
                return (TokenText.Span(tokens, before.End, before.End + 1), TokenText.Span(tokens, before), before.End, comma);
            }

            break;
        }

        return null;
    }

    /// <summary>
    /// What may stand between a cue and the quote it introduces: "that", adverbs ("adding later,"), or a
    /// prepositional frame ending in a comma or "that" ("says of Clinton,", "says on its website that").
    /// Anything else makes the quote part of reported speech.
    /// </summary>
    private static bool IsFrame(List<Token> tokens, int from, int open)
    {
        var end = open;
        while (end > from && (tokens[end - 1].Text is "," or ":" || tokens[end - 1].Is("that")))
        {
            end--;
        }

        var allAdverbs = true;
        for (var j = from; j < end; j++)
        {
            allAdverbs &= TokenText.IsAdverb(tokens[j]);
        }

        if (allAdverbs)
        {
            return true;
        }

        return end < open && FrameStarts.Contains(tokens[from].Text) && end - from <= 8;
    }

    /// <summary>The subject of the clause a participle hangs on: "FM Cavusoglu agreed, saying".</summary>
    internal static (int Start, int End)? Subject(List<Token> tokens, int participle, int sentenceStart)
    {
        // "footage of Hillary Clinton asking, “...”": the name right before the participle.
        if (participle - 1 > sentenceStart && tokens[participle - 1].IsCapitalized
            && SpeakerPhrase.Backward(tokens, participle, sentenceStart) is { } named)
        {
            return named;
        }

        for (var j = participle - 1; j > sentenceStart && j > participle - 15; j--)
        {
            if (tokens[j].Kind is TokenKind.QuoteMark)
            {
                break;
            }

            if (SpeakerPhrase.Backward(tokens, j, sentenceStart) is { } phrase
                && (tokens[phrase.End - 1].IsCapitalized || SpeakerPhrase.IsPronoun(tokens[phrase.End - 1]))
                && tokens[j].IsWord)
            {
                return phrase;
            }
        }

        return null;
    }

    private static int ClauseEnd(List<Token> tokens, int from)
    {
        var k = from;
        while (k < tokens.Count && tokens[k].Kind is not (TokenKind.QuoteMark or TokenKind.LineBreak) && !TokenText.EndsSentence(tokens[k]) && tokens[k].Text != ",")
        {
            k++;
        }

        return k;
    }

    private static int SentenceStart(int[] sentenceOfToken, int k)
    {
        if (k < 0)
        {
            return 0;
        }

        var s = sentenceOfToken[k];
        var start = k;
        while (start > 0 && sentenceOfToken[start - 1] == s)
        {
            start--;
        }

        return start;
    }

    /// <summary>The quote opens its sentence: a quoted sentence of its own, not words quoted inside one.</summary>
    private static bool StartsSentence(List<Token> tokens, QuotedSpan quote, int[] sentenceOfToken) =>
        quote.Open == 0 || sentenceOfToken[quote.Open - 1] != sentenceOfToken[quote.Open] || tokens[quote.Open - 1].Kind == TokenKind.LineBreak;

    /// <summary>The first token of the quote's sentence when words precede the quote in it (no other quote between).</summary>
    private static int? SentenceStartBefore(List<Token> tokens, QuotedSpan quote, int[] sentenceOfToken)
    {
        var k = quote.Open - 1;
        var s = sentenceOfToken[quote.Open];
        while (k >= 0 && sentenceOfToken[k] == s && tokens[k].Kind is not (TokenKind.QuoteMark or TokenKind.LineBreak))
        {
            k--;
        }

        return k >= 0 && sentenceOfToken[k] == s ? null : k + 1;
    }

    private static bool StartsParagraph(List<Token> tokens, QuotedSpan quote) =>
        quote.Open == 0 || tokens[quote.Open - 1].Kind == TokenKind.LineBreak;

    /// <summary>
    /// A short quotation in title case names a work or a slogan ("Morning Joe", "A Change Is Gonna Come"),
    /// not words someone said.
    /// </summary>
    private static bool IsTitle(List<Token> tokens, QuotedSpan quote)
    {
        var end = quote.Close < 0 ? tokens.Count : quote.Close;
        var words = 0;
        for (var k = quote.Open + 1; k < end && tokens[k].Kind != TokenKind.LineBreak; k++)
        {
            var t = tokens[k];
            if (!t.IsWord)
            {
                if (t.Text is "." or "?" or "!")
                {
                    return false; // a sentence, even a short one
                }

                continue;
            }

            words++;
            if (!t.IsCapitalized && t.Text.Length > 3)
            {
                return false; // "of", "the" and "and" may stay lower case in titles
            }
        }

        return words is > 0 and <= 7;
    }

    private static int CountWords(List<Token> tokens, QuotedSpan quote)
    {
        var end = quote.Close < 0 ? tokens.Count : quote.Close;
        var words = 0;
        for (var k = quote.Open + 1; k < end && tokens[k].Kind != TokenKind.LineBreak; k++)
        {
            if (tokens[k].IsWord)
            {
                words++;
            }
        }

        return words;
    }
}
