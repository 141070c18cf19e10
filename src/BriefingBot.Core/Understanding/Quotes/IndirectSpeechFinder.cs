using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// Reported speech within one sentence:
/// <c>X said (that) CLAUSE</c>, <c>X told Y (that) CLAUSE</c>, <c>X, a role, says CLAUSE</c>,
/// <c>CLAUSE, X said.</c> and <c>CLAUSE, said X.</c> (trailing attribution),
/// <c>According to X, CLAUSE</c> and <c>CLAUSE, according to X.</c>
/// The content is the clause without "that" and without the final punctuation. A clause that holds
/// quoted words is <see cref="QuoteKind.Mixed"/>.
/// </summary>
internal static class IndirectSpeechFinder
{
    private const int MinContentWords = 3;

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

            if (comma < last && tokens[comma].Text == "," && Make(tokens, asked + 1, comma, asked, null) is { } question)
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
                AccordingTo(tokens, k, sentenceStart, last, found);
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
            if (!IndirectCues.IsCue(t) || IndirectCues.IsWeakUse(tokens, k) || (IndirectCues.Particle(t) is { } particle && (k + 1 >= last || !tokens[k + 1].Is(particle))) || (t.IsCapitalized && !headlineCue) || TokenText.CueFlags(t).HasFlag(Lexicon.CueFlags.DirectOnly) || IsNounUse(tokens, k) || IsPassive(tokens, k, sentenceStart) || TokenText.IsNotSpeech(tokens, k))
            {
                continue;
            }

            var attribution = Trailing(tokens, k, sentenceStart, last);
            if (attribution is not null)
            {
                found.Add(attribution);
                continue; // "A, X wrote, and he added that B": a second report may follow
            }

            // "X says A and said B": the second verb shares the speaker and ends the first clause.
            var end = CoordinatedCue(tokens, k + 1, last);
            attribution = Leading(tokens, k, sentenceStart, end, found.Count > 0 && (tokens[k - 1].Is("and") || tokens[k - 1].Is("but")) ? found[^1].Speaker : null);
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

    /// <summary><c>CLAUSE, X said (in a statement).</c> or <c>CLAUSE, said X.</c></summary>
    private static Attribution? Trailing(List<Token> tokens, int cue, int sentenceStart, int last)
    {
        // said X.
        if (cue - 1 > sentenceStart && tokens[cue - 1].Text == ","
            && SpeakerPhrase.Forward(tokens, cue + 1, last) is { } after)
        {
            var described = DirectQuoteFinder.WithAppositive(tokens, after);
            if (described.End > after.End || NoClauseAfter(tokens, after.End, last))
            {
                return Make(tokens, sentenceStart, cue - 1, cue, described);
            }
        }

        var speaker = SpeakerPhrase.Backward(tokens, cue, sentenceStart);
        if (speaker is not { } named || named.Start - 1 <= sentenceStart || tokens[named.Start - 1].Text != ",")
        {
            speaker = AfterComma(tokens, cue, sentenceStart);
        }

        if (speaker is not { } s || s.Start - 1 <= sentenceStart || tokens[s.Start - 1].Text != ",")
        {
            return null;
        }

        // "..., a spokesman told The Wall Street Journal (on Monday).": the addressee is no clause.
        var afterCue = cue + 1;
        if (IndirectCues.Flags(tokens[cue]).HasFlag(Lexicon.CueFlags.Object) && SpeakerPhrase.Forward(tokens, afterCue, last) is { } addressee)
        {
            afterCue = addressee.End;
        }

        if (!NoClauseAfter(tokens, afterCue, last))
        {
            return Medial(tokens, cue, sentenceStart, last, s);
        }

        // "A, he said, have come from B": a short clause after the comma is still the report's second half.
        return (cue + 1 < last && tokens[cue + 1].Text == "," ? Medial(tokens, cue, sentenceStart, last, s) : null)
            ?? Make(tokens, sentenceStart, s.Start - 1, cue, s);
    }

    /// <summary>
    /// "..., a port spokesman said.": a short described source between a comma and the cue, for when the
    /// phrase finder knows no head noun in it. It opens with a determiner or a capital and holds only words.
    /// </summary>
    private static (int Start, int End)? AfterComma(List<Token> tokens, int cue, int sentenceStart)
    {
        for (var j = cue - 1; j > sentenceStart && j >= cue - 7; j--)
        {
            if (tokens[j].Text == ",")
            {
                var first = tokens[j + 1];
                return j + 1 < cue && (first.IsCapitalized || Determiners.Contains(first.Text)) ? (j + 1, cue) : null;
            }

            if (!tokens[j].IsWord || TokenText.IsCue(tokens[j]))
            {
                return null;
            }
        }

        return null;
    }

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "one", "another", "two", "three", "several", "many", "some", "his", "her", "their", "its",
    };

    // After "X said," these open the writer's comment or another frame, not the rest of what was said.
    private static readonly HashSet<string> CommentOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "on", "in", "according", "who", "which", "as", "and", "but", "without",
    };

    /// <summary>
    /// <c>A, X said, B.</c>: the attribution sits inside the report ("Many of the closures, he said, have
    /// involved ...", "At one point, she said, she was ..."), whose content is both sides.
    /// <c>A, X said, a policy that ...</c> and <c>A, X said, adding ...</c> report A only.
    /// </summary>
    private static Attribution? Medial(List<Token> tokens, int cue, int sentenceStart, int last, (int Start, int End) speaker)
    {
        // A short frame may follow the cue: "he said Wednesday,", "officials said on Monday,".
        var comma = cue + 1;
        while (comma < last && comma < cue + 5 && tokens[comma].Text != "," && tokens[comma].IsWord && !tokens[comma].Is("that"))
        {
            comma++;
        }

        if (comma >= last - 1 || tokens[comma].Text != ",")
        {
            return null;
        }

        var rest = tokens[comma + 1];
        var comment = CommentOpeners.Contains(rest.Text) || (rest.IsWord && !rest.IsCapitalized && rest.Text.EndsWith("ing", StringComparison.Ordinal));
        var head = Make(tokens, sentenceStart, speaker.Start - 1, cue, speaker, minWords: comment ? MinContentWords : 2);
        if (head is null || comment)
        {
            return head;
        }

        var end = ContentBoundary.End(tokens, comma + 1, last);
        return end - (comma + 1) < 2 ? head : head with { Content = [.. head.Content, TokenText.Span(tokens, comma + 1, end)] };
    }

    /// <summary><c>X said (that) CLAUSE</c>, <c>X told Y (that) CLAUSE</c>.</summary>
    private static Attribution? Leading(List<Token> tokens, int cue, int sentenceStart, int last, TextSpan? sharedSpeaker)
    {
        var flags = IndirectCues.Flags(tokens[cue]);
        // ", saying ...": the participle's speaker is the subject of the main clause, which opens the sentence.
        var speaker = flags.HasFlag(Lexicon.CueFlags.Participle)
            ? LooseSubject.MainClause(tokens, sentenceStart, cue) ?? DirectQuoteFinder.Subject(tokens, cue, sentenceStart)
            : SpeakerPhrase.BeforeCue(tokens, cue, sentenceStart);
        speaker = Plausible(tokens, speaker);

        // "The judge rubbed his chin, and then said ...": the subject of the first verb speaks.
        var and = cue - 1;
        while (and > sentenceStart && TokenText.IsAdverb(tokens[and]))
        {
            and--;
        }

        if (speaker is null && and > sentenceStart && tokens[and].Is("and"))
        {
            speaker = DirectQuoteFinder.Subject(tokens, and, sentenceStart);
        }

        speaker ??= ClauseSubject(tokens, and + 1, sentenceStart);
        speaker ??= LooseSubject.Before(tokens, and + 1, sentenceStart);
        speaker = WithoutTimeFrame(tokens, speaker);

        // With no subject in reach the content is still reported ("..., only to say that ..."): its speaker stays open.
        TextSpan? speakerSpan = speaker is { } s ? TokenText.Span(tokens, s) : sharedSpeaker;

        last = SubordinateEnd(tokens, sentenceStart, cue, last);
        var from = IndirectCues.Particle(tokens[cue]) is null ? cue + 1 : cue + 2;
        if (from > cue + 1)
        {
            var end = NounPhrase.End(tokens, from, last);
            return end > from ? Make(tokens, from, end, cue, speakerSpan, 2, minWords: 1) : null;
        }

        if (flags.HasFlag(Lexicon.CueFlags.Object))
        {
            // Skip the addressee: up to "that", or a short phrase.
            var that = -1;
            for (var j = from; j < last && j < from + 8; j++)
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
        if (from < last && Prepositions.Contains(tokens[from].Text))
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

        if (IndirectCues.TakesObject(tokens[cue]) && !tokens[from - 1].Is("that"))
        {
            var end = NounPhrase.End(tokens, from, last);
            return end > from ? Make(tokens, from, end, cue, speakerSpan, minWords: 1) : null;
        }

        return Make(tokens, from, last, cue, speakerSpan);
    }

    /// <summary>
    /// A long subject that opens its clause: "Exit polls taken in South Carolina found ...",
    /// "FEC records from the 2008 presidential election cycle show ...". Everything from the clause start
    /// to the verb, when it is short and holds no other verb we know.
    /// </summary>
    internal static (int Start, int End)? ClauseSubject(List<Token> tokens, int verb, int sentenceStart)
    {
        var start = verb;
        while (start > sentenceStart && tokens[start - 1].Text is not ("," or ";" or ":" or "\u2014" or "--") && tokens[start - 1].Kind != TokenKind.QuoteMark)
        {
            start--;
        }

        if (verb - start is < 2 or > 12 || Subordinators.Contains(tokens[start].Text))
        {
            return null;
        }

        for (var j = start; j < verb; j++)
        {
            if (!tokens[j].IsWord && tokens[j].Text is not ("'" or "\u2019" or "-" or "(" or ")"))
            {
                return null;
            }

            if (TokenText.IsCue(tokens[j]) || tokens[j].Is("that") || tokens[j].Is("and") && j == start)
            {
                return null;
            }
        }

        return tokens[verb - 1].IsWord && !Lexicon.Lexicon.Instance.StopWords.Contains(tokens[verb - 1].Text) ? (start, verb) : null;
    }

    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "if", "when", "because", "while", "although", "though", "as", "since", "unless", "whether", "after", "before", "but", "and", "so", "or", "where", "which", "who", "what",
    };

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

    /// <summary>Where "and (also) said" or "but argues" starts a second reported clause, else <paramref name="last"/>.</summary>
    private static int CoordinatedCue(List<Token> tokens, int from, int last)
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

    private static void AccordingTo(List<Token> tokens, int k, int sentenceStart, int last, List<Attribution> found)
    {
        // The source is whatever stands between "according to" and the comma or the sentence end; sources
        // of figures run long: "according to early results of the exit poll conducted by ... for ...".
        var sourceEnd = k + 2;
        while (sourceEnd < last && tokens[sourceEnd].Text != "," && tokens[sourceEnd].Kind is not (TokenKind.QuoteMark or TokenKind.LineBreak) && sourceEnd < k + 32)
        {
            sourceEnd++;
        }

        if (sourceEnd == k + 2 || !tokens[sourceEnd - 1].IsWord)
        {
            return;
        }

        var source = (k + 2, sourceEnd);
        if (k == sentenceStart || (k == sentenceStart + 1 && tokens[sentenceStart].Kind != TokenKind.Word))
        {
            // According to X, CLAUSE
            if (sourceEnd < last && tokens[sourceEnd].Text == "," && Make(tokens, sourceEnd + 1, last, k, source, 2) is { } a)
            {
                found.Add(a);
            }

            return;
        }

        var before = tokens[k - 1].Text == "," ? k - 1 : k;
        if (sourceEnd < last && tokens[sourceEnd].Text == "," && before < k && !NoClauseAfter(tokens, sourceEnd + 1, last))
        {
            // "At the heart of it, according to X, was a decision ...": the report surrounds its source.
            if (Make(tokens, sentenceStart, before, k, source, 2, minWords: 1) is { } head && Make(tokens, sourceEnd + 1, last, k, source, 2) is { } tail)
            {
                found.Add(head with { Content = [.. head.Content, .. tail.Content] });
            }

            return;
        }

        // CLAUSE(,) according to X.
        if (Make(tokens, sentenceStart, before, k, source, 2) is { } b)
        {
            found.Add(b);
        }
    }

    private static Attribution? Make(List<Token> tokens, int from, int to, int cue, (int Start, int End) speaker, int cueLength = 1, int minWords = MinContentWords) =>
        Make(tokens, from, to, cue, TokenText.Span(tokens, speaker), cueLength, minWords);

    private static Attribution? Make(List<Token> tokens, int from, int to, int cue, TextSpan? speaker, int cueLength = 1, int minWords = MinContentWords)
    {
        // Reported content ends where a comment on it starts: ", which forced her ...", "; ...", " — and he noted".
        if (cue < from)
        {
            for (var j = from + 3; j < to - 1; j++)
            {
                // A dash aside closed by a second dash is part of the report: "that a rift -- mainly A and B -- exists".
                if (IsDash(tokens[j]) && ClosingDash(tokens, j, to) is var close && close > 0)
                {
                    j = close;
                    continue;
                }

                if ((tokens[j].Text == "," && tokens[j + 1].Text is "which" or "who" or "whom" or "where")
                    || tokens[j].Text == ";" || IsDash(tokens[j]))
                {
                    to = j;
                    break;
                }
            }

            to = ContentBoundary.End(tokens, from, to, IsRelative(tokens, cue));
        }

        var words = 0;
        var quoteMarks = 0;
        for (var j = from; j < to; j++)
        {
            if (tokens[j].Kind == TokenKind.LineBreak)
            {
                return null;
            }

            if (tokens[j].IsWord)
            {
                words++;
            }
            else if (tokens[j].Kind == TokenKind.QuoteMark)
            {
                quoteMarks++;
            }
        }

        if (words < minWords)
        {
            return null;
        }

        // A clause that is entirely one quotation is a direct quote, found elsewhere.
        if (tokens[from].Kind == TokenKind.QuoteMark && quoteMarks <= 2 && (to == from || tokens[to - 1].Kind == TokenKind.QuoteMark || tokens[to - 1].Text == ","))
        {
            return null;
        }

        var kind = quoteMarks >= 2 ? QuoteKind.Mixed : QuoteKind.Indirect;
        var content = TokenText.Span(tokens, from, to);
        return new Attribution(kind, [content], TokenText.Span(tokens, cue, cue + cueLength), speaker);
    }

    /// <summary>"who said", "who has long argued": the cue's subject is a relative pronoun.</summary>
    private static bool IsRelative(List<Token> tokens, int cue)
    {
        var j = cue - 1;
        while (j > 0 && TokenText.IsAdverb(tokens[j]))
        {
            j--;
        }

        return j >= 0 && (tokens[j].Is("who") || tokens[j].Is("which"));
    }

    private static bool IsDash(Token token) => token.Text is "\u2014" or "\u2013" or "--" or "-";

    /// <summary>
    /// The last token of the dash that closes an aside opened by the dash at <paramref name="open"/>, within a
    /// few words, or -1. A dash may be written as several tokens ("-", "-").
    /// </summary>
    private static int ClosingDash(List<Token> tokens, int open, int to)
    {
        var from = open + 1;
        while (from < to && IsDash(tokens[from]))
        {
            from++;
        }

        for (var j = from + 1; j < to - 1 && j < from + 15; j++)
        {
            if (IsDash(tokens[j]))
            {
                while (j + 1 < to - 1 && IsDash(tokens[j + 1]))
                {
                    j++;
                }

                return j;
            }
        }

        return -1;
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

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "by", "for", "from", "with", "during", "into", "about", "after", "before", "through", "via", "of", "to", "as",
    };

    /// <summary>
    /// A possessive ("Obama’s") or a dateline in capitals ("WASHINGTON") never speaks: it is a word next to
    /// the cue that the phrase finders took for a name.
    /// </summary>
    private static (int Start, int End)? Plausible(List<Token> tokens, (int Start, int End)? speaker)
    {
        if (speaker is not { } s)
        {
            return null;
        }

        var head = tokens[s.End - 1];
        var dateline = s.End - s.Start == 1 && head.Text.Length > 3 && head.Text.All(c => !char.IsLetter(c) || char.IsUpper(c));
        return head.IsPossessive || dateline ? null : speaker;
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

    /// <summary>"The senator last week (said)", "Adelson in December (declared)": a time frame is not part of the speaker.</summary>
    private static (int Start, int End)? WithoutTimeFrame(List<Token> tokens, (int Start, int End)? speaker)
    {
        if (speaker is not { } s || !TimeWords.Contains(tokens[s.End - 1].Text))
        {
            return speaker;
        }

        var end = s.End;
        while (end > s.Start && (TimeWords.Contains(tokens[end - 1].Text) || tokens[end - 1].Text is "last" or "this" or "next" or "earlier" or "in" or "on" or "the" or "past" || tokens[end - 1].Text.All(char.IsDigit)))
        {
            end--;
        }

        return end > s.Start ? (s.Start, end) : null;
    }

    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "week", "weeks", "month", "months", "year", "years", "past", "day", "days", "night", "time", "morning", "afternoon", "evening", "weekend",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday", "today",
    };

    private static readonly HashSet<string> AddresseeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "him", "them", "us", "me", "reporters", "supporters", "voters",
    };

    private static readonly HashSet<string> FormsOfBe = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "being", "get", "got",
    };

    /// <summary>"was first reported by", "is expected to": a passive cue reports no speech of its subject.</summary>
    private static bool IsPassive(List<Token> tokens, int cue, int sentenceStart)
    {
        var j = cue - 1;
        while (j > sentenceStart && TokenText.IsAdverb(tokens[j]) && !FormsOfBe.Contains(tokens[j].Text))
        {
            j--;
        }

        return j >= sentenceStart && FormsOfBe.Contains(tokens[j].Text) && tokens[cue].Text.EndsWith("ed", StringComparison.Ordinal)
            || (cue + 1 < tokens.Count && tokens[cue + 1].Is("by"));
    }

    /// <summary>
    /// A base-form cue ("think", "say") after a name or determiner is a noun or a compound
    /// ("BILGESAM think tank", "the final say"), not a reporting verb: those need a pronoun or a plural subject.
    /// </summary>
    private static bool IsNounUse(List<Token> tokens, int cue)
    {
        var word = tokens[cue].Text;
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            return IsPluralNoun(tokens, cue);
        }

        if (word.EndsWith("ed", StringComparison.Ordinal) || word is "said" or "told" or "wrote" or "thought")
        {
            return false;
        }

        if (word.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        if (cue == 0)
        {
            return true; // nothing before it to be its subject
        }

        var before = tokens[cue - 1];
        if (before.IsWord && before.IsCapitalized && word is "say" or "tell" or "ask")
        {
            return false; // "Police say", "Democrats tell"
        }

        // "Six in 10 say", "sources close to the campaign say": "say" is a noun only after a determiner ("the final say").
        if (word is "say" && before.IsWord && !NounDeterminers.Contains(before.Text) && !before.Is("final"))
        {
            return false;
        }

        // "His critics, many of them lawyers, argue ...": an appositive closes before the verb.
        return !(before.Text == "," || before.IsWord && (SpeakerPhrase.IsPronoun(before) || before.Text.EndsWith('s') || before.Is("to") || TokenText.IsAdverb(before)));
    }

    // Words before a plural noun that a third-person verb never follows: "six states", "his comments".
    private static readonly HashSet<string> NounDeterminers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "these", "those", "his", "her", "their", "its", "our", "my", "your", "several", "many", "some", "all", "both",
        "other", "few", "more", "most", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "recent", "earlier", "previous", "public", "such", "whose", "no", "any", "new",
    };

    // Words after a plural noun that a reporting verb never takes: "comments are", "states with 309 votes".
    private static readonly HashSet<string> NounFollowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "are", "were", "have", "had", "with", "of", "on", "at", "from", "will", "would", ")",
    };

    /// <summary>"says" is a verb; "several states", "Trump’s comments are", "the plans of": the -s word is a plural noun.</summary>
    private static bool IsPluralNoun(List<Token> tokens, int cue)
    {
        if (tokens[cue].Is("says"))
        {
            return false;
        }

        if (cue > 0 && (tokens[cue - 1].IsPossessive || NounDeterminers.Contains(tokens[cue - 1].Text) || tokens[cue - 1].Text.All(char.IsDigit)))
        {
            return true;
        }

        return cue + 1 < tokens.Count && NounFollowers.Contains(tokens[cue + 1].Text);
    }

    /// <summary>
    /// Nothing but a short frame ("in a statement", "on Thursday") follows the attribution; a clause
    /// ("they would vote for Clinton") would make the verb a leading cue instead.
    /// </summary>
    private static bool NoClauseAfter(List<Token> tokens, int from, int last)
    {
        if (from >= last)
        {
            return true;
        }

        if (last - from > 8 || !(Prepositions.Contains(tokens[from].Text) || FrameWords.Contains(tokens[from].Text) || tokens[from].Text == ","))
        {
            return false;
        }

        for (var j = from; j < last; j++)
        {
            if (tokens[j].Is("that") || tokens[j].Kind == TokenKind.QuoteMark)
            {
                return false;
            }
        }

        return true;
    }

    // Words that open a time or manner frame after a cue: "said Thursday", "said last week", "said recently".
    private static readonly HashSet<string> FrameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday", "today", "tonight",
        "last", "earlier", "later", "recently", "this", "then", "again", "also", "previously", "repeatedly", "late", "early",
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
