using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// Looser speaker frames around a quotation, tried when the tight ones fail: a described speaker before
/// the cue ("“...,” a friend said on Facebook"), a described speaker after it ("said another leading
/// advocate, Andrew Pincus"), and the subject of a sentence that hands over with a colon
/// ("Tom Ridge, a former secretary, put it: “...”").
/// </summary>
internal static partial class DirectQuoteFinder
{
    private const int MaxLooseWords = 8;

    // Words between subject and comma in "X joked, again using an accent, “...”".
    private const int MaxCommaFrame = 14;

    // Words that end a described speaker after its cue: a frame ("said on Tuesday") or a clause ("who spoke").
    private static readonly HashSet<string> LooseStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "during", "before", "after", "while", "when", "who", "whom", "which", "that", "to", "as",
        "about", "via", "through", "from", "since", "because", "and", "but", "last", "this", "earlier", "later",
    };

    // Words that open a sentence-initial frame before its subject ("In an interview, ...", "Or, as ...").
    private static readonly HashSet<string> LeadIns = new(StringComparer.OrdinalIgnoreCase)
    {
        "or", "and", "but", "so", "as", "then", "still", "yet", "now",
    };

    /// <summary>
    /// "a friend said", "former presidential candidate Herman Cain said", "the 43-year-old asked": up to eight
    /// words without punctuation, then a lower-case cue. The words must name someone: a capitalised word,
    /// a speaker noun, or a determiner in front.
    /// </summary>
    private static (int Start, int End, int Cue)? DescribedBeforeCue(List<Token> tokens, int k, int max)
    {
        if (LooseStops.Contains(tokens[k].Text) || LeadIns.Contains(tokens[k].Text))
        {
            return null; // "“...,” when Clinton blasted him": a new clause, not a speaker
        }

        var commas = 0;
        for (var v = k + 1; v < tokens.Count && v <= k + MaxLooseWords + 6; v++)
        {
            var t = tokens[v];
            if (t.Text == "," && commas < 2 && v > k + 1)
            {
                commas++; // "the assailant, John McGraw, told": an appositive inside the phrase
                continue;
            }

            if ((!t.IsWord && t.Text is not ("-" or "&" or "'" or "\u2019")) || (v >= max && commas == 0) || (commas == 0 && v > k + MaxLooseWords))
            {
                return null;
            }

            if (!TokenText.IsCue(t) || t.IsCapitalized)
            {
                continue;
            }

            if (commas == 1 || (commas == 2 && tokens[v - 1].Text != ","))
            {
                return null; // "..., the paper reported, citing" is a clause, not an appositive
            }

            var end = v;
            while (end - 1 > k && (TokenText.IsAdverb(tokens[end - 1]) || tokens[end - 1].Text == ","))
            {
                end--;
            }

            return NamesSomeone(tokens, k, Math.Min(end, k + MaxLooseWords)) ? (k, end, v) : null;
        }

        return null;
    }

    /// <summary>"said undecided voter Stephanie Hooton of Derry", "says a narrator": the words after the cue up to a frame or clause.</summary>
    private static (int Start, int End)? DescribedAfterCue(List<Token> tokens, int start, int max)
    {
        var end = start;
        if (LooseStops.Contains(tokens[start].Text) || !tokens[start].IsWord)
        {
            return null;
        }

        while (end < max && end < start + MaxLooseWords && (tokens[end].IsWord || tokens[end].Text is "-" or "&")
            && !(end > start && (LooseStops.Contains(tokens[end].Text) || FrameStarts.Contains(tokens[end].Text) || TokenText.IsAdverb(tokens[end])))
            && !TokenText.IsCue(tokens[end]))
        {
            end++;
        }

        while (end > start && !tokens[end - 1].IsWord)
        {
            end--;
        }

        return end > start && NamesSomeone(tokens, start, end) ? (start, end) : null;
    }

    /// <summary>
    /// The subject of a sentence whose last word before the quote is a colon: "Mr. Christie gloated:",
    /// "Tom Ridge, a former secretary of homeland security, put it:", "Republican pollster Daron Shaw:".
    /// </summary>
    private static (int Start, int End)? ColonSubject(List<Token> tokens, int sentenceStart, int colon, bool byComma = false)
    {
        // "The interplay has been important - Philip Bump: “...”", "From the report: “...”": a name after a
        // dash, or the source of "from", hands over directly.
        if (colon - 1 > sentenceStart && SpeakerPhrase.Backward(tokens, colon, sentenceStart) is { } labelled && labelled.Start > sentenceStart
            && (tokens[labelled.Start - 1].Text is "-" or "\u2014" or "\u2013" || (tokens[labelled.Start - 1].Is("from") && labelled.Start - 1 == sentenceStart)))
        {
            return labelled;
        }

        // "When Trump suggested ..., Rubio fired back forcefully:", "Perez lobbies for a higher minimum wage:":
        // a name right before a short lower-case verb phrase.
        var handOver = colon;
        while (handOver - 1 > sentenceStart && colon - handOver < MaxLooseWords && tokens[handOver - 1].IsWord && !tokens[handOver - 1].IsCapitalized)
        {
            handOver--;
        }

        if (handOver < colon && tokens[handOver - 1].IsCapitalized && (LooksLikeVerb(tokens[handOver]) || tokens[handOver].Text.EndsWith('s'))
            && SpeakerPhrase.BeforeCue(tokens, handOver, sentenceStart) is { } named && tokens[named.End - 1].IsCapitalized)
        {
            return named;
        }

        var s = sentenceStart;
        while (s < colon && (LeadIns.Contains(tokens[s].Text) || tokens[s].Text == ","))
        {
            s++;
        }

        // "In a 2014 interview, Gore said:": a frame ending in a comma comes before the subject.
        if (s < colon && tokens[s].IsWord && FrameStarts.Contains(tokens[s].Text))
        {
            var comma = s + 1;
            while (comma < colon && comma < s + 12 && tokens[comma].Text != ",")
            {
                comma++;
            }

            if (comma >= colon || tokens[comma].Text != ",")
            {
                return null;
            }

            s = comma + 1;
        }

        if (SpeakerPhrase.Forward(tokens, s, colon) is not { } subject)
        {
            return null;
        }

        // Only a short verb phrase ("put it", "gloated", "went on to say"), or nothing, may stand between the
        // subject and the colon; "Partial transcript as follows:" and long sentences name no speaker.
        var after = AppositiveToComma(tokens, subject, colon);
        var verb = after.End < colon && after.End > subject.End ? after.End + 1 : after.End; // past the appositive's closing comma
        if ((byComma && verb >= colon) || (verb < colon && (colon - verb > (byComma ? MaxCommaFrame : MaxLooseWords) || !LooksLikeVerb(tokens[verb]))))
        {
            return null; // "Mr. Smith, “...”" has no verb that hands over
        }

        for (var j = verb; j < colon; j++)
        {
            // "Beck joked, again using a Southern accent, “...”": a comma hand-over may carry an aside.
            if (!tokens[j].IsWord && !(byComma && tokens[j].Text == ","))
            {
                return null;
            }
        }

        return after;
    }

    /// <summary>"Tom Ridge, a former secretary of homeland security, put it": the description between commas joins the name.</summary>
    private static (int Start, int End) AppositiveToComma(List<Token> tokens, (int Start, int End) name, int max)
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

    // Common verbs of handing over that are not reporting verbs themselves ("put it", "went on", "gave").
    private static readonly HashSet<string> HandOverVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "put", "puts", "went", "goes", "gave", "gives", "made", "makes", "took", "takes", "had", "has", "was", "is",
        "spoke", "speaks", "began", "begins", "sang", "sings", "did", "does", "offered", "offers", "summed", "sums",
    };

    private static bool LooksLikeVerb(Token token) =>
        token.IsWord && !token.IsCapitalized
        && (TokenText.IsCue(token) || TokenText.IsAdverb(token) || HandOverVerbs.Contains(token.Text)
            || token.Text.EndsWith("ed", StringComparison.Ordinal));

    /// <summary>The quotation hands its words over to what follows: it ends in a comma, "?" or "!", or a comma follows it.</summary>
    private static bool HandsOver(List<Token> tokens, QuotedSpan quote) =>
        quote.Close > quote.Open + 1
        && (tokens[quote.Close - 1].Text is "," or "?" or "!" || (quote.Close + 1 < tokens.Count && tokens[quote.Close + 1].Text == ","));

    /// <summary>
    /// "He said comprehensive reform “is a 'when' question.”": quoted words that finish a reported clause.
    /// The cue's subject speaks; the content runs from after the cue (with "that") through the quote, and on to
    /// the end of the sentence when only a few unquoted words follow ("... “marching orders” from Mexico").
    /// </summary>
    private static (TextSpan Content, TextSpan Cue, TextSpan Speaker, int CueToken)? ReportedFrame(List<Token> tokens, QuotedSpan quote, int[] sentenceOfToken, int minWords)
    {
        if (quote.Open == 0 || quote.Close < 0 || CountWords(tokens, quote) < minWords)
        {
            return null;
        }

        var s = sentenceOfToken[quote.Open];
        var sentenceStart = SentenceStart(sentenceOfToken, quote.Open);
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

            if (!TokenText.IsCue(t) || t.IsCapitalized || TokenText.CueFlags(t).HasFlag(Lexicon.CueFlags.DirectOnly) || TokenText.IsNotSpeech(tokens, c))
            {
                continue;
            }

            var flags = TokenText.CueFlags(t);
            var speaker = flags.HasFlag(Lexicon.CueFlags.Participle)
                ? Subject(tokens, c, sentenceStart)
                : SpeakerPhrase.BeforeCue(tokens, c, sentenceStart) ?? ClauseSubject.Before(tokens, c, sentenceStart);
            if (speaker is not { } who)
            {
                return null;
            }

            var from = c + 1;
            for (var j = c + 1; flags.HasFlag(Lexicon.CueFlags.Object) && j < quote.Open && j < c + 6; j++)
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

            if (rest > quote.Close + 1 && (rest >= tokens.Count || sentenceOfToken[rest] != s))
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

    private const int MaxReportedGap = 30;
    private const int MaxReportedTail = 40;

    /// <summary>
    /// Where a speaker's description ends (PolNeAR's source spans): before a participle clause ("De Blasio,
    /// speaking on WOR", "Dan Cantor, the party's director, eyeing the coming weeks"). Relative clauses and
    /// second descriptions mostly stay in the gold spans, so they stay here too.
    /// </summary>
    private static (int Start, int End) AppositiveEnd(List<Token> tokens, (int Start, int End) name, int comma, int end)
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

    /// <summary>The name or pronoun that opens a sentence and is followed by its verb ("Hayek confirmed ...").</summary>
    private static (int Start, int End)? SentenceSubject(List<Token> tokens, int sentenceStart, int max)
    {
        var s = sentenceStart;
        while (s < max && (LeadIns.Contains(tokens[s].Text) || tokens[s].Text == ","))
        {
            s++;
        }

        if (SpeakerPhrase.Forward(tokens, s, max) is not { } subject || subject.End >= max
            || !(tokens[subject.End - 1].IsCapitalized || SpeakerPhrase.IsPronoun(tokens[subject.End - 1])))
        {
            return null;
        }

        return LooksLikeVerb(tokens[subject.End]) || tokens[subject.End].Text.EndsWith('s') ? subject : null;
    }

    /// <summary>", she said," between a quoted phrase's clause and a later quote in the same sentence.</summary>
    private static (TextSpan Cue, TextSpan Speaker, int CueToken, int ClauseEnd)? TrailingAside(List<Token> tokens, int from, int end)
    {
        for (var comma = from + 1; comma + 3 < end; comma++)
        {
            if (tokens[comma].Text != "," || SpeakerPhrase.Forward(tokens, comma + 1, end) is not { } who || who.End + 1 >= end
                || !TokenText.IsCue(tokens[who.End]) || tokens[who.End + 1].Text != ","
                || !(tokens[who.End - 1].IsCapitalized || SpeakerPhrase.IsPronoun(tokens[who.End - 1])))
            {
                continue;
            }

            return (TokenText.Span(tokens, who.End, who.End + 1), TokenText.Span(tokens, who), who.End, comma);
        }

        return null;
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

    private static bool NamesSomeone(List<Token> tokens, int start, int end)
    {
        if (end <= start || end - start > MaxLooseWords)
        {
            return false;
        }

        var lexicon = Lexicon.Lexicon.Instance;
        if (tokens[start].Is("a") || tokens[start].Is("an") || tokens[start].Is("the") || tokens[start].Is("one") || tokens[start].Is("another")
            || tokens[start].Is("his") || tokens[start].Is("her") || tokens[start].Is("their") || tokens[start].Is("its"))
        {
            return end - start >= 2;
        }

        for (var j = start; j < end; j++)
        {
            if ((tokens[j].IsCapitalized && !tokens[j].Is("I")) || lexicon.SpeakerNouns.Contains(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }
}
