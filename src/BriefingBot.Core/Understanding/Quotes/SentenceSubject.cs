using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// The subject of the quote's sentence when no cue stands next to the quote: the subject of a sentence
/// that hands over with a colon or comma ("Tom Ridge, a former secretary, put it: “...”"), or the name
/// that opens a sentence with a second verb ("Silverman was joined ... and joked, “...”").
/// </summary>
internal static class SentenceSubject
{
    // Words between subject and comma in "X joked, again using an accent, “...”".
    private const int MaxCommaFrame = 14;

    /// <summary>
    /// The subject of a sentence whose last word before the quote is a colon: "Mr. Christie gloated:",
    /// "Tom Ridge, a former secretary of homeland security, put it:", "Republican pollster Daron Shaw:".
    /// </summary>
    public static (int Start, int End)? HandingOver(List<Token> tokens, int sentenceStart, int colon, bool byComma)
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
        while (handOver - 1 > sentenceStart && colon - handOver < DescribedSpeaker.MaxLooseWords && tokens[handOver - 1].IsWord && !tokens[handOver - 1].IsCapitalized)
        {
            handOver--;
        }

        if (handOver < colon && tokens[handOver - 1].IsCapitalized && (LooksLikeVerb(tokens[handOver]) || tokens[handOver].Text.EndsWith('s'))
            && SpeakerPhrase.BeforeCue(tokens, handOver, sentenceStart) is { } named && tokens[named.End - 1].IsCapitalized)
        {
            return named;
        }

        var s = sentenceStart;
        while (s < colon && (QuoteFrameWords.LeadIns.Contains(tokens[s].Text) || tokens[s].Text == ","))
        {
            s++;
        }

        // "In a 2014 interview, Gore said:": a frame ending in a comma comes before the subject.
        if (s < colon && tokens[s].IsWord && QuoteFrameWords.FrameStarts.Contains(tokens[s].Text))
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
        var after = SpeakerAppositive.ToComma(tokens, subject, colon);
        var verb = after.End < colon && after.End > subject.End ? after.End + 1 : after.End; // past the appositive's closing comma
        if ((byComma && verb >= colon) || (verb < colon && (colon - verb > (byComma ? MaxCommaFrame : DescribedSpeaker.MaxLooseWords) || !LooksLikeVerb(tokens[verb]))))
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

    // Common verbs of handing over that are not reporting verbs themselves ("put it", "went on", "gave").
    private static readonly HashSet<string> HandOverVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "put", "puts", "went", "goes", "gave", "gives", "made", "makes", "took", "takes", "had", "has", "was", "is",
        "spoke", "speaks", "began", "begins", "sang", "sings", "did", "does", "offered", "offers", "summed", "sums",
    };

    /// <summary>A lower-case word that can be the verb after a subject: a cue, an adverb, a hand-over verb or an -ed form.</summary>
    private static bool LooksLikeVerb(Token token) =>
        token.IsWord && !token.IsCapitalized
        && (TokenText.IsCue(token) || TokenText.IsAdverb(token) || HandOverVerbs.Contains(token.Text)
            || token.Text.EndsWith("ed", StringComparison.Ordinal));

    /// <summary>The name or pronoun that opens a sentence and is followed by its verb ("Hayek confirmed ...").</summary>
    public static (int Start, int End)? Opening(List<Token> tokens, int sentenceStart, int max)
    {
        var s = sentenceStart;
        while (s < max && (QuoteFrameWords.LeadIns.Contains(tokens[s].Text) || tokens[s].Text == ","))
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
}
