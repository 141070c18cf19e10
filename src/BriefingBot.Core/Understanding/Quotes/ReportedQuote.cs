using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// Quoted words that finish a reported clause ("He said comprehensive reform “is a 'when' question.”"):
/// the clause, quote included, is a <see cref="QuoteKind.Mixed"/> report of the cue's subject.
/// </summary>
internal static class ReportedQuote
{
    /// <summary>
    /// "He said comprehensive reform “is a 'when' question.”": quoted words that finish a reported clause.
    /// The cue's subject speaks; the content runs from after the cue (with "that") through the quote, and on to
    /// the end of the sentence when only a few unquoted words follow ("... “marching orders” from Mexico").
    /// </summary>
    /// <remarks>
    /// With <paramref name="verbBeforeThat"/> the cue is instead a past-tense verb no cue list holds, right before
    /// "that" ("Walter Hewlett sniped that Fiorina was “learning on the job”"): the quotation marks say it is speech.
    /// </remarks>
    public static (TextSpan Content, TextSpan Cue, TextSpan Speaker, int CueToken)? Find(List<Token> tokens, QuotedSpan quote, int[] sentenceOfToken, int minWords, bool verbBeforeThat = false)
    {
        if (quote.Open == 0 || quote.Close < 0 || QuoteContext.CountWords(tokens, quote) < minWords)
        {
            return null;
        }

        var s = sentenceOfToken[quote.Open];
        var sentenceStart = QuoteContext.SentenceStart(sentenceOfToken, quote.Open);
        // PolNeAR attributes to the outermost report: "Ditto said she expects ... “...”" is Ditto's, so the
        // first cue of the sentence wins.
        var first = quote.Open - 1;
        while (first > sentenceStart && first > quote.Open - MaxReportedGap && tokens[first - 1].Kind is not (TokenKind.QuoteMark or TokenKind.LineBreak))
        {
            first--;
        }

        for (var c = first; c < quote.Open; c++)
        {
            var t = tokens[c];

            if (verbBeforeThat ? !IsVerbBeforeThat(tokens, c) : !TokenText.IsCue(t) || t.IsCapitalized || TokenText.CueFlags(t).HasFlag(Lexicon.CueFlags.DirectOnly) || TokenText.IsNotSpeech(tokens, c))
            {
                continue;
            }

            var flags = verbBeforeThat ? Lexicon.CueFlags.Object : TokenText.CueFlags(t);
            var speaker = verbBeforeThat && PossessiveOwner(tokens, c) is { } owner ? owner
                : flags.HasFlag(Lexicon.CueFlags.Participle)
                ? ParticipleSubject.Before(tokens, c, sentenceStart)
                : SpeakerPhrase.BeforeCue(tokens, c, sentenceStart) ?? ClauseSubject.Before(tokens, c, sentenceStart);
            if (speaker is not { } who)
            {
                return null;
            }

            var from = c + 1;
            for (var j = c + 1; flags.HasFlag(Lexicon.CueFlags.Object) && j < quote.Open && j < c + 13; j++)
            {
                if (tokens[j].Is("that"))
                {
                    from = j; // "told reporters that ...": the addressee is not content
                    break;
                }
            }

            while (from < quote.Open && tokens[from].Text == ",")
            {
                from++;
            }

            var end = quote.Close;
            var rest = quote.Close + 1;
            // The clause runs to the end of the sentence, over further quoted words ("... “part of my caucus,” and
            // Democrats would need to “depend on Bernie” ..."), when that end is near.
            while (rest < tokens.Count && sentenceOfToken[rest] == s && tokens[rest].Kind != TokenKind.LineBreak && rest - quote.Close <= MaxReportedTail)
            {
                rest++;
            }

            // ... but not over the writer's own clause after it ("“learning on the job,” while Fiorina penned ...").
            var ownClause = (tokens[quote.Close - 1].Text == "," && quote.Close + 1 < rest && ContentBoundary.OpensOwnClause(tokens, quote.Close, rest, false))
                || (quote.Close + 1 < rest && ContentBoundary.End(tokens, quote.Close, rest) < rest);
            if (!ownClause && rest > quote.Close + 1 && (rest >= tokens.Count || sentenceOfToken[rest] != s))
            {
                end = rest;
                while (end > quote.Close + 1 && !tokens[end - 1].IsWord)
                {
                    end--;
                }
            }

            var contentEnd = end == quote.Close ? quote.ContentEnd : tokens[end - 1].End;
            if (end > quote.Close + 1 && tokens[end - 1].Kind == TokenKind.QuoteMark)
            {
                contentEnd = tokens[end - 1].Start; // a closing mark at the end stays outside, like the quote's own
            }

            return (new TextSpan(tokens[from].Start, contentEnd), TokenText.Span(tokens, c, c + 1), TokenText.Span(tokens, who), c);
        }

        return null;
    }

    private static bool IsVerbBeforeThat(List<Token> tokens, int k) =>
        tokens[k].IsWord && !tokens[k].IsCapitalized && k + 1 < tokens.Count && tokens[k + 1].Is("that")
        && ((tokens[k].Text.Length > 4 && tokens[k].Text.EndsWith("ed", StringComparison.Ordinal) && !TokenText.IsCue(tokens[k])) || PossessiveOwner(tokens, k) is not null);

    /// <summary>"Mayor Ruth Calder’s claim that ...": the name whose possessive owns a reporting noun (Data/noun-cues.txt).</summary>
    internal static (int Start, int End)? PossessiveOwner(List<Token> tokens, int noun)
    {
        var owner = noun - 1;
        if (owner < 0 || !Lexicon.Lexicon.Instance.NounCues.Contains(tokens[noun].Text) || !tokens[owner].IsPossessive || !tokens[owner].IsCapitalized)
        {
            return null;
        }

        var start = owner;
        while (start > 0 && start > owner - 4 && tokens[start - 1].IsCapitalized && !SpeakerPhrase.NotNames.Contains(tokens[start - 1].Text))
        {
            start--;
        }

        return (start, owner + 1);
    }

    // How far before the quote the reporting cue may stand, and how far past it the clause may run.
    private const int MaxReportedGap = 30;
    private const int MaxReportedTail = 40;
}
