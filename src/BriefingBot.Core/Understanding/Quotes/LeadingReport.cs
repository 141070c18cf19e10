using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// Reports whose cue comes first: <c>X said (that) CLAUSE</c>, <c>X told Y (that) CLAUSE</c>,
/// <c>X, a role, says CLAUSE</c> and <c>..., saying CLAUSE</c>. The speaker comes from
/// <see cref="ReportSpeaker"/>; this class finds where the content starts (past an addressee, a frame or an
/// aside) and where it ends (a second coordinated cue, the end of an opening subordinate clause).
/// </summary>
internal static class LeadingReport
{
    /// <summary><c>X said (that) CLAUSE</c>, <c>X told Y (that) CLAUSE</c>.</summary>
    public static Attribution? Find(List<Token> tokens, int cue, int sentenceStart, int last, TextSpan? sharedSpeaker)
    {
        var flags = IndirectCues.Flags(tokens[cue]);
        var speaker = ReportSpeaker.BeforeCue(tokens, cue, sentenceStart, flags);

        // With no subject in reach the content is still reported ("..., only to say that ..."): its speaker stays open.
        TextSpan? speakerSpan = speaker is { } s ? TokenText.Span(tokens, s) : sharedSpeaker;

        last = SubordinateEnd(tokens, sentenceStart, cue, last);
        var clauseParticle = IndirectCues.HasClauseParticle(tokens, cue, last);
        var from = IndirectCues.Particle(tokens[cue]) is null && !clauseParticle ? cue + 1 : cue + 2;
        if (from > cue + 1 && !clauseParticle)
        {
            var end = NounPhrase.End(tokens, from, last);
            return end > from ? ReportedContent.Build(tokens, from, end, cue, speakerSpan, 2, minWords: 1) : null;
        }

        if (flags.HasFlag(Lexicon.CueFlags.Object))
        {
            // Skip the addressee: up to "that", or a short phrase.
            var that = -1;
            for (var j = from; j < last && j < from + 12; j++)
            {
                if (tokens[j].Is("that"))
                {
                    that = j;
                    break;
                }
            }

            if (that >= 0)
            {
                from = that;
            }
            else if (SpeakerPhrase.Forward(tokens, from, last) is { } addressee)
            {
                from = addressee.End;
            }
        }

        // A frame between cue and content: "said in a statement that ...", "told reporters on Monday that ...".
        if (from < last && CueFrame.Prepositions.Contains(tokens[from].Text))
        {
            var that = from + 1;
            while (that < last && that < from + 10 && !tokens[that].Is("that") && tokens[that].IsWord)
            {
                that++;
            }

            if (that < last && tokens[that].Is("that"))
            {
                from = that;
            }
            else if (tokens[from].Is("by"))
            {
                return null; // "reported by ...": not a report of speech
            }
            else if (tokens[from].Is("to") && from + 1 < last && (tokens[from + 1].IsCapitalized || AddresseeWords.Contains(tokens[from + 1].Text)))
            {
                return null; // "wrote to the council on Monday": an addressee, not content ("vowed to fight" is)
            }
        }

        from = AfterParenthetical(tokens, from, last);
        while (from < last && (tokens[from].Text is "," or ":" || tokens[from].Is("that")))
        {
            from++;
        }

        if (from >= last || tokens[from].Kind == TokenKind.QuoteMark && QuoteCoversRest(tokens, from, last))
        {
            return null; // "X said: "..."": a direct quote
        }

        if (IndirectCues.TakesObject(tokens[cue]) && !clauseParticle && !tokens[from - 1].Is("that"))
        {
            var end = NounPhrase.End(tokens, from, last);
            return end > from ? ReportedContent.Build(tokens, from, end, cue, speakerSpan, minWords: 1) : null;
        }

        return ReportedContent.Build(tokens, from, last, cue, speakerSpan, clauseParticle ? 2 : 1);
    }

    /// <summary>Where "and (also) said" or "but argues" starts a second reported clause, else <paramref name="last"/>.</summary>
    public static int CoordinatedCue(List<Token> tokens, int from, int last)
    {
        for (var j = from; j + 1 < last; j++)
        {
            if (!(tokens[j].Is("and") || tokens[j].Is("but")))
            {
                continue;
            }

            var v = j + 1;
            while (v < last && TokenText.IsAdverb(tokens[v]))
            {
                v++;
            }

            if ((v < last && TokenText.IsCue(tokens[v]) && !tokens[v].Text.EndsWith("ing", StringComparison.Ordinal)) || ContentBoundary.CueFollows(tokens, j + 1, last))
            {
                return j > from && tokens[j - 1].Text == "," ? j - 1 : j;
            }
        }

        return last;
    }

    private static readonly HashSet<string> SubordinateOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "while", "although", "though", "after", "before", "as", "when", "if", "because", "since", "whereas", "once", "unless",
    };

    /// <summary>
    /// "While she says A, she applauds B", "After he vowed to A, Mrs. Clinton has run ...": a cue inside an opening
    /// subordinate clause reports up to the comma that closes the clause, where the main clause starts.
    /// </summary>
    private static int SubordinateEnd(List<Token> tokens, int sentenceStart, int cue, int last)
    {
        var open = sentenceStart;
        while (open < cue && !tokens[open].IsWord)
        {
            open++;
        }

        if (open >= cue || !SubordinateOpeners.Contains(tokens[open].Text))
        {
            return last;
        }

        var quoteMarks = 0;
        for (var j = open + 1; j < last; j++)
        {
            quoteMarks += tokens[j].Kind == TokenKind.QuoteMark ? 1 : 0;
            if (tokens[j].Text == "," && quoteMarks % 2 == 0)
            {
                return j < cue ? last : j;
            }
        }

        return last;
    }

    private static readonly HashSet<string> AddresseeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "him", "them", "us", "me", "reporters", "supporters", "voters",
    };

    private static bool QuoteCoversRest(List<Token> tokens, int from, int last)
    {
        for (var j = from + 1; j < last; j++)
        {
            if (tokens[j].Kind == TokenKind.QuoteMark)
            {
                return j >= last - 1;
            }
        }

        return true;
    }

    /// <summary>
    /// Skips a short aside set off by commas between the cue and "that" ("warned, however, that ..."):
    /// it comments on the report and is not what was said.
    /// </summary>
    private static int AfterParenthetical(List<Token> tokens, int from, int last)
    {
        if (from >= last || tokens[from].Text != ",")
        {
            return from;
        }

        for (var j = from + 1; j < last && j <= from + 4; j++)
        {
            if (tokens[j].Text == ",")
            {
                return j > from + 1 && j + 1 < last && tokens[j + 1].Is("that") ? j + 1 : from;
            }

            if (!tokens[j].IsWord)
            {
                return from;
            }
        }

        return from;
    }
}
