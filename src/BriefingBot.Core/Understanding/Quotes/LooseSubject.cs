using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// The last resort for the speaker of a reported clause: everything from the start of the clause to the
/// verb, appositives included ("Mike Murphy, who ran a super PAC for Bush, said ...", "One in four voters in
/// a poll last year said ..."). A source named at length is still the source; a clause with no subject
/// ("..., only to say ...") gives none.
/// </summary>
internal static class LooseSubject
{
    private const int MaxTokens = 30;

    // Words that open a subordinate clause or a frame, never a subject.
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "if", "when", "because", "while", "although", "though", "as", "since", "unless", "whether", "after", "before",
        "but", "and", "so", "or", "where", "which", "what", "to", "than", "then", "in", "on", "at", "for", "with", "by",
        "during", "from", "of", "about", "until", "once", "even", "yet", "also", "not", "only", "just", "how", "why",
        "following", "despite", "amid", "under", "over", "against", "among", "without", "within", "throughout", "like", "unlike",
        "through", "across", "upon", "behind", "beyond", "besides", "inside", "outside",
    };

    /// <summary>The subject span [Start, End) before the verb at <paramref name="verb"/>, or null.</summary>
    public static (int Start, int End)? Before(List<Token> tokens, int verb, int sentenceStart)
    {
        var start = verb;
        while (start > sentenceStart && start > verb - MaxTokens)
        {
            var t = tokens[start - 1];
            if (t.Kind is TokenKind.QuoteMark or TokenKind.LineBreak || t.Text is ";" or ":" || t.Is("that") || IndirectCues.IsCue(t))
            {
                break;
            }

            start--;
        }

        if (start == verb - MaxTokens)
        {
            return null;
        }

        // "In the book, Byrne ... states": a frame before the first comma is not the subject.
        while (start < verb && Openers.Contains(tokens[start].Text))
        {
            var comma = start;
            while (comma < verb && tokens[comma].Text != ",")
            {
                comma++;
            }

            if (comma >= verb - 1)
            {
                return null;
            }

            start = comma + 1;
        }

        while (start < verb && !tokens[start].IsWord)
        {
            start++;
        }

        // "Mark Ross, who ran the port, said": the comma closing the appositive is not part of the name.
        var end = verb > start && tokens[verb - 1].Text == "," ? verb - 1 : verb;
        return start < end ? (start, end) : null;
    }

    /// <summary>
    /// The subject of the main clause, for a participle cue after a comma ("Smith dismissed the claim, saying
    /// ..."): the noun phrase that opens the sentence, after any opening frame ("On Monday, ...").
    /// </summary>
    public static (int Start, int End)? MainClause(List<Token> tokens, int sentenceStart, int participle)
    {
        var start = sentenceStart;
        while (start < participle && tokens[start].Kind == TokenKind.Punctuation)
        {
            start++;
        }

        // "“We need change,” the businessman said, arguing that ...": the main clause is the attribution
        // after the quotation, not the quotation's first words.
        if (start < participle && tokens[start].Kind == TokenKind.QuoteMark)
        {
            return AfterQuotation(tokens, start, participle);
        }

        if (start < participle && Openers.Contains(tokens[start].Text))
        {
            while (start < participle && tokens[start].Text != ",")
            {
                start++;
            }

            start++;
        }

        if (start >= participle || SpeakerPhrase.Forward(tokens, start, participle) is not { } phrase || phrase.End >= participle)
        {
            return null;
        }

        return Named(tokens, phrase);
    }

    private static (int Start, int End)? Named((int Start, int End)? phrase, List<Token> tokens) => phrase is { } p ? Named(tokens, p) : null;

    private static (int Start, int End)? Named(List<Token> tokens, (int Start, int End) phrase)
    {
        var head = tokens[phrase.End - 1];
        return head.IsPossessive || !(head.IsCapitalized || SpeakerPhrase.IsPronoun(head) || Lexicon.Lexicon.Instance.SpeakerNouns.Contains(head.Text)) ? null : phrase;
    }

    /// <summary>
    /// The speaker of the attribution that follows a sentence-opening quotation: "“...,” X said, adding" or
    /// "“...,” said X, adding". Null when the quotation is not followed by one.
    /// </summary>
    private static (int Start, int End)? AfterQuotation(List<Token> tokens, int open, int participle)
    {
        var close = open + 1;
        while (close < participle && tokens[close].Kind is not (TokenKind.QuoteMark or TokenKind.LineBreak))
        {
            close++;
        }

        var k = close + 1;
        while (k < participle && tokens[k].Kind == TokenKind.Punctuation)
        {
            k++;
        }

        if (close >= participle || k >= participle)
        {
            return null;
        }

        if (TokenText.IsCue(tokens[k]) && !tokens[k].IsCapitalized)
        {
            return Named(SpeakerPhrase.Forward(tokens, k + 1, participle), tokens);
        }

        var cue = k + 1;
        while (cue < participle && cue < k + 20 && !TokenText.IsCue(tokens[cue]))
        {
            cue++;
        }

        return cue < participle && TokenText.IsCue(tokens[cue]) ? Named(SpeakerPhrase.BeforeCue(tokens, cue, k), tokens) : null;
    }
}

