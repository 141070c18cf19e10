using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.Quotes.Learned;
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
/// This class keeps the order of the attempts and joins the pieces; each attempt is its own class
/// (<see cref="SpeakerAfterQuote"/>, <see cref="SpeakerBeforeQuote"/>, <see cref="TrailingAttribution"/>,
/// <see cref="ReportedQuote"/>).
/// </summary>
internal static class DirectQuoteFinder
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

            var (cue, speaker, cueToken) = SpeakerAfterQuote.Find(tokens, quote, sentenceOfToken);
            if ((cue is null || !QuoteContext.StartsSentence(tokens, quote, sentenceOfToken)) && QuoteContext.IsTitle(tokens, quote))
            {
                continue; // a title-case word with a cue after it was said: "“Safety,” said Grimm."
            }

            var kind = QuoteKind.Direct;
            // (After a colon, comma or dash the quote is whole: "Trump asserted that France had lost its identity:
            // “...,” he claimed.", "As for complexity, ''broadening the base ...,'' said Mr. Kamin.")
            if (cue is not null && !QuoteContext.StartsSentence(tokens, quote, sentenceOfToken) && tokens[quote.Open - 1].IsWord
                && QuoteContext.SentenceStartBefore(tokens, quote, sentenceOfToken) is { } clauseStart)
            {
                // "Using the tax ''is a misguided approach,'' said Mr. Burman": the quoted words finish a
                // reported clause; the clause is what was attributed.
                content = new TextSpan(tokens[clauseStart].Start, content.End);
                kind = QuoteKind.Mixed;

                // "DuVernay said she felt the film was worth making because “...,” she said.": a clause that opens
                // with its own report is that report's content; the trailing attribution repeats it.
                if (LeadingReport(tokens, clauseStart, quote.Open) is var (leadSpeaker, leadCue) && leadCue >= 0)
                {
                    var from = tokens[leadCue + 1].Is("that") ? leadCue + 2 : leadCue + 1;
                    content = new TextSpan(tokens[from].Start, content.End);
                    (cue, speaker, cueToken) = (TokenText.Span(tokens, leadCue, leadCue + 1), leadSpeaker, leadCue);
                }
            }

            if (cue is null && speaker is null)
            {
                (cue, speaker, cueToken) = SpeakerBeforeQuote.Find(tokens, quote, sentenceOfToken);
                // "Trump said Fox executives were calling “every 15 minutes.”": a cue that the quote runs on from
                // (no colon or comma hands over, no "saying") and that sits in an earlier report's clause is part of what that
                // report says; the outer report wins.
                if (cue is not null && speaker is { } inner && tokens[quote.Open - 1].IsWord
                    && !TokenText.CueFlags(tokens[cueToken]).HasFlag(Lexicon.CueFlags.Participle) && ReportedQuote.Find(tokens, quote, sentenceOfToken, 1) is { } outer
                    && outer.CueToken < cueToken && outer.Cue.End <= inner.Start)
                {
                    (cue, speaker, cueToken) = (outer.Cue, outer.Speaker, outer.CueToken);
                    content = outer.Content;
                    kind = QuoteKind.Mixed;
                }
                else if (cue is not null && ThatBefore(tokens, cueToken, quote) is { } that)
                {
                    // "The mayor told supporters Tuesday night that “we will win.”": the quotation finishes the
                    // that-clause the cue reports; the clause is what was said.
                    content = new TextSpan(tokens[that].Start, content.End);
                    kind = QuoteKind.Mixed;
                }
            }

            // "“You squeezed employees” to drive up the stock price, she said.": the attribution closes the
            // sentence the quote opens; the clause up to it is what was said.
            if (cue is null && speaker is null && TrailingAttribution.Find(tokens, quote, sentenceOfToken) is { } trailing)
            {
                (cue, speaker, cueToken) = (trailing.Cue, trailing.Speaker, trailing.CueToken);
                // "Fundraising was “stagnant for a month” as donors waited, he said.": the clause opens the sentence.
                var clauseOpen = QuoteContext.StartsSentence(tokens, quote, sentenceOfToken) ? null : QuoteContext.SentenceStartBefore(tokens, quote, sentenceOfToken);
                content = new TextSpan(clauseOpen is { } open ? tokens[open].Start : content.Start, tokens[trailing.ClauseEnd - 1].End);
                kind = QuoteKind.Mixed;
            }

            // "He said reform “is a 'when' question.”": the quote finishes a reported clause.
            if (cue is null && speaker is null && ReportedQuote.Find(tokens, quote, sentenceOfToken, ReportedMinWords) is { } reported)
            {
                (cue, speaker, cueToken) = (reported.Cue, reported.Speaker, reported.CueToken);
                content = reported.Content;
                kind = QuoteKind.Mixed;
            }

            if (cue is null && speaker is null && ReportedQuote.Find(tokens, quote, sentenceOfToken, 1, verbBeforeThat: true) is { } unlisted)
            {
                (cue, speaker, cueToken) = (unlisted.Cue, unlisted.Speaker, unlisted.CueToken);
                content = unlisted.Content;
                kind = QuoteKind.Mixed;
            }

            // "“A,” Anderson said, adding that Sanders is “B.”": the participle reports a second statement of the same
            // speaker, not more of the first; its content starts after it.
            if (kind == QuoteKind.Mixed && cue is not null && AddedReport(tokens, content) is { } added)
            {
                content = new TextSpan(tokens[added + 1].Start, content.End);
                cue = TokenText.Span(tokens, added, added + 1);
                cueToken = added;
            }

            // A byline ("― Krystal Correa") names a speaker without a cue.
            var attributed = cue is not null || speaker is not null;

            var continues = previous is not null && QuoteContext.StartsSentence(tokens, quote, sentenceOfToken)
                && (previousQuote.Paragraph == quote.Paragraph || (previousQuote.Paragraph + 1 == quote.Paragraph && QuoteContext.StartsParagraph(tokens, quote)));

            if (previous is not null && previousQuote.Paragraph == quote.Paragraph
                && ((!attributed && (QuoteContext.StartsSentence(tokens, quote, sentenceOfToken) || ResumesAfterCue(tokens, previousQuote, previousCue, quote, sentenceOfToken)))
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

            if (!attributed && continues && previousQuote.Paragraph + 1 == quote.Paragraph && IsWholeParagraph(tokens, quote))
            {
                // "“A,” Barkley said.¶“B.”": a paragraph that is nothing but a quotation goes on with the speaker of
                // the paragraph before; one quote, more pieces.
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

            if (!attributed && (QuoteContext.CountWords(tokens, quote) < MinUnattributedWords || IsSignOff(text, content)))
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

    /// <summary>
    /// A clause that opens with a name or pronoun and a reporting verb ("DuVernay said", "He told"): the speaker and
    /// the cue token, or cue -1. The name is one to four capitalised words, or a pronoun.
    /// </summary>
    private static (TextSpan Speaker, int Cue) LeadingReport(List<Token> tokens, int clauseStart, int quoteOpen)
    {
        var end = clauseStart;
        while (end < quoteOpen && end - clauseStart < 4 && tokens[end].IsWord && tokens[end].IsCapitalized && !TokenText.IsCue(tokens[end]))
        {
            end++;
        }

        // ("When Sanders said ..." opens a time clause, not a report.)
        var named = end > clauseStart && (SpeakerPhrase.IsPronoun(tokens[clauseStart]) || !Lexicon.Lexicon.Instance.StopWords.Contains(tokens[clauseStart].Text));
        if (!named || end + 2 >= quoteOpen || !TokenText.IsCue(tokens[end]) || tokens[end].IsCapitalized
            || TokenText.CueFlags(tokens[end]).HasFlag(Lexicon.CueFlags.Participle)
            || !(SpeakerPhrase.IsPronoun(tokens[clauseStart]) ? end == clauseStart + 1 : FragmentQuote.Plausible(tokens, (clauseStart, end))))
        {
            return (default, -1);
        }

        return (TokenText.Span(tokens, clauseStart, end), end);
    }

    /// <summary>The quotation opens its paragraph and closes at its end.</summary>
    private static bool IsWholeParagraph(List<Token> tokens, QuotedSpan quote)
    {
        if (quote.Close < 0 || !QuoteContext.StartsParagraph(tokens, quote))
        {
            return false;
        }

        var next = quote.Close + 1;
        while (next < tokens.Count && tokens[next].Kind != TokenKind.LineBreak && TokenText.EndsSentence(tokens[next]))
        {
            next++;
        }

        return next >= tokens.Count || tokens[next].Kind == TokenKind.LineBreak;
    }

    /// <summary>"Follow Nina Park on Twitter @ninapark.": a writer's sign-off left inside a transcript's quotation marks.</summary>
    private static bool IsSignOff(string text, TextSpan content)
    {
        var words = text.AsSpan(content.Start, content.Length);
        return words.StartsWith("Follow ", StringComparison.Ordinal) && words.Contains(" @", StringComparison.Ordinal);
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

    /// <summary>The "that" between a cue and the quotation it introduces, in the same sentence with no other quotation between, or null.</summary>
    private static int? ThatBefore(List<Token> tokens, int cueToken, QuotedSpan quote)
    {
        // Only a quotation that ends the clause finishes it ("that “liberals” allowed ..." goes on without it).
        var next = quote.Close + 1;
        if (cueToken < 0 || cueToken >= quote.Open || quote.Close < 0
            || !(next >= tokens.Count || tokens[next].Kind == TokenKind.LineBreak || TokenText.EndsSentence(tokens[next]) || TokenText.EndsSentence(tokens[quote.Close - 1])))
        {
            return null;
        }

        for (var j = cueToken + 1; j < quote.Open; j++)
        {
            if (tokens[j].Kind is TokenKind.QuoteMark or TokenKind.LineBreak || TokenText.EndsSentence(tokens[j]))
            {
                return null;
            }
        }

        for (var j = cueToken + 1; j < quote.Open; j++)
        {
            if (tokens[j].Is("that"))
            {
                return j;
            }
        }

        return null;
    }

    /// <summary>
    /// The participle cue that opens reported content after a comma ("said, adding that ...", "noting that ..."),
    /// or null.
    /// </summary>
    private static int? AddedReport(List<Token> tokens, TextSpan content)
    {
        var first = AttributionFinder.FirstTokenAt(tokens, content.Start);
        return first > 0 && first + 1 < tokens.Count && tokens[first - 1].Text == "," && TokenText.IsCue(tokens[first])
            && TokenText.CueFlags(tokens[first]).HasFlag(Lexicon.CueFlags.Participle) && tokens[first + 1].End <= content.End
            ? first
            : null;
    }

    /// <summary>
    /// "“The risk,” said Edward Leamer, an economist at the university, “is that ...”": the sentence goes on in
    /// quotation marks after the attribution that interrupted it, however long that attribution is.
    /// </summary>
    private static bool ResumesAfterCue(List<Token> tokens, QuotedSpan previous, int previousCue, QuotedSpan quote, int[] sentenceOfToken)
    {
        if (previous.Close < 0 || previousCue <= previous.Close || previousCue >= quote.Open
            || sentenceOfToken[previous.Close] != sentenceOfToken[quote.Open] || tokens[quote.Open - 1].Text is not ("," or "\u2014"))
        {
            return false;
        }

        // "..., Blige sings, before asking her, “...”": a second cue reports a second quote.
        for (var j = previousCue + 1; j < quote.Open; j++)
        {
            if (TokenText.IsCue(tokens[j]))
            {
                return false;
            }
        }

        return true;
    }
}
