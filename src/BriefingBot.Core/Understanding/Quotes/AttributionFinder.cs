using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.Quotes.Learned;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>A quotation that no rule attributed, with the sentence it sits in (token indexes).</summary>
internal readonly record struct UncoveredQuote(QuotedSpan Quote, int SentenceStart, int SentenceEnd);

/// <summary>What the rules found in a text, with the token facts the learned models read.</summary>
internal sealed record RuleAttributions(List<Token> Tokens, int[] SentenceOfToken, List<QuotedSpan> Quoted, List<Attribution> Attributions, List<UncoveredQuote> Uncovered);

/// <summary>
/// All attributions of a text, in order: direct quotes (<see cref="DirectQuoteFinder"/>), reported speech
/// (<see cref="IndirectSpeechFinder"/>, <see cref="SpeakerTurnFinder"/>), quoted labels (<see cref="LabelQuote"/>),
/// then the quotations no rule took, which the <see cref="FragmentModel"/> may attribute, and last the words no
/// attribution covers that the <see cref="CueModel"/> reads as cues; quotations still without a speaker get the
/// one the <see cref="SpeakerModel"/> picks.
/// </summary>
internal static class AttributionFinder
{
    public static (List<Token> Tokens, List<Attribution> Attributions) Find(string text, IReadOnlyList<TextSpan> sentenceSpans, FragmentModel? fragments, CueModel? cues, SpeakerModel? speakers = null)
    {
        var found = FindAll(text, sentenceSpans, fragments, cues, speakers);
        return (found.Tokens, found.Attributions);
    }

    /// <summary>Everything <see cref="Find"/> finds, with the token facts the speaker model reads (its input in training).</summary>
    public static RuleAttributions FindAll(string text, IReadOnlyList<TextSpan> sentenceSpans, FragmentModel? fragments, CueModel? cues, SpeakerModel? speakers)
    {
        var rules = ByRules(text, sentenceSpans);
        if (fragments is not null)
        {
            AddFragments(fragments, rules);
        }

        AddSpeakersInSentence(rules);
        if (cues is not null)
        {
            CueReport.Add(cues, rules.Tokens, rules.SentenceOfToken, rules.Quoted, rules.Attributions);
        }

        AddPossessiveSpeakers(rules.Tokens, rules.Attributions);
        NestedReport.Lift(rules.Tokens, rules.SentenceOfToken, rules.Attributions);
        ContinuedQuote.LendSpeakers(rules.Tokens, rules.Attributions);
        CoordinatedReport.Split(rules.Tokens, rules.Attributions);
        CoordinatedReport.ShareSpeakers(rules.Tokens, rules.Attributions);
        CoordinatedReport.ExtendAs(rules.Tokens, rules.Attributions);
        FramePiece.Drop(text, rules.Attributions);
        RemoveNested(text, rules.Attributions);
        SpeakerTail.Trim(rules.Tokens, rules.Attributions);
        AsFrame.Assign(rules.Tokens, rules.SentenceOfToken, rules.Attributions);
        speakers?.AddSpeakers(rules.Tokens, rules.SentenceOfToken, rules.Quoted, rules.Attributions);
        rules.Attributions.Sort((a, b) => a.Content[0].Start.CompareTo(b.Content[0].Start));
        return rules;
    }

    /// <summary>
    /// Quoted words that a longer attribution already holds ("who are “just flatly wrong”" inside "called it a
    /// “fundamental mistake,” made by ... who are “just flatly wrong”") are said once, by the longer one; a whole
    /// report inside a longer one, its speaker and cue included, is a report of its own ("While the mayor says ..."),
    /// unless it quotes: "Trump’s references to Machado as “Miss Piggy”" inside "Clinton cited Trump’s references to
    /// Machado as “Miss Piggy” and “Miss Housekeeping”" repeats the quoted words the longer one already reports.
    /// Holding is judged on the words, so a closing period or mark that one span keeps and the other drops does not count.
    /// </summary>
    public static void RemoveNested(string text, List<Attribution> attributions)
    {
        // Plain loops: this runs over every pair of an article's attributions.
        var lengths = new int[attributions.Count];
        for (var i = 0; i < attributions.Count; i++)
        {
            foreach (var c in attributions[i].Content)
            {
                lengths[i] += c.Length;
            }
        }

        var keep = new List<Attribution>(attributions.Count);
        for (var i = 0; i < attributions.Count; i++)
        {
            var nested = false;
            for (var j = 0; j < attributions.Count && !nested; j++)
            {
                nested = j != i && (lengths[j] > lengths[i] || (lengths[j] == lengths[i] && j < i))
                    && Holds(text, attributions[j], attributions[i]) && (Quotes(text, attributions[i]) || !IsWholeReportInside(attributions[i], attributions[j]));
            }

            if (!nested)
            {
                keep.Add(attributions[i]);
            }
        }

        attributions.Clear();
        attributions.AddRange(keep);
    }

    private static bool Holds(string text, Attribution outer, Attribution inner)
    {
        foreach (var c in inner.Content)
        {
            var (start, end) = (c.Start, c.End);
            while (start < end && !char.IsLetterOrDigit(text[start]))
            {
                start++;
            }

            while (end > start && !char.IsLetterOrDigit(text[end - 1]))
            {
                end--;
            }

            if (!Covers(outer, start, end))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Covers(Attribution outer, int start, int end)
    {
        foreach (var o in outer.Content)
        {
            if (o.Start <= start && end <= o.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Quotes(string text, Attribution attribution)
    {
        foreach (var c in attribution.Content)
        {
            var words = text.AsSpan(c.Start, c.Length);
            if (words.IndexOfAny('"', '\u201c', '\u201d') >= 0 || words.Contains("''", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWholeReportInside(Attribution inner, Attribution outer) =>
        inner.Cue is { } cue && inner.Speaker is { } speaker && Covers(outer, Math.Min(speaker.Start, cue.Start), Math.Max(speaker.End, cue.End));

    public static void AddFragments(FragmentModel model, RuleAttributions rules)
    {
        foreach (var u in rules.Uncovered)
        {
            if (FragmentQuote.Find(model, rules.Tokens, u.Quote, u.SentenceStart, u.SentenceEnd) is { } found && !JoinsEarlierQuote(rules, u.Quote, found))
            {
                rules.Attributions.Add(found);
            }
        }
    }

    /// <summary>
    /// "Obama condemned the test as “provocative and destabilizing” and a “grave threat” to stability": a fragment
    /// that opens on the closing mark of an earlier quotation goes on from it; it joins the attribution that ends
    /// at that mark (one report in two quoted phrases), and without one it starts after the mark.
    /// </summary>
    private static bool JoinsEarlierQuote(RuleAttributions rules, QuotedSpan quote, Attribution found)
    {
        var tokens = rules.Tokens;
        var first = FirstTokenAt(tokens, found.Content[0].Start);
        if (found.Content.Count == 1 && (first == quote.Open || first == quote.Open + 1) && quote.Open >= 1 && tokens[quote.Open - 1].Text is ":" or "-" or "\u2014" or "\u2013")
        {
            // "Scott asked the crowd to welcome the governor - “my new best friend.”": the clause the colon or dash
            // closes hands over to the quotation (see HandsOverTo).
            var hand = tokens[quote.Open - 1];
            foreach (var a in rules.Attributions)
            {
                var last = a.Content[^1];
                if (a.Kind != QuoteKind.Direct && a.Cue is not null && FirstTokenAt(tokens, last.End) is var next && next < tokens.Count && tokens[next].Start == hand.Start && IsClause(tokens, last)
                    && rules.SentenceOfToken[next] == rules.SentenceOfToken[quote.Open])
                {
                    a.Content[^1] = new TextSpan(last.Start, found.Content[0].End);
                    return true;
                }
            }
        }

        // "Reid called Trump a “human leech who will bleed the country” and a “spoiled brat.”": a fragment the model
        // opens inside an earlier attributed quotation goes on from it, as from its closing mark.
        foreach (var a in rules.Attributions)
        {
            var last = a.Content[^1];
            if (found.Content.Count == 1 && last.Start < found.Content[0].Start && found.Content[0].Start < last.End && last.End <= tokens[quote.Open].Start)
            {
                a.Content[^1] = new TextSpan(last.Start, found.Content[0].End);
                return true;
            }
        }

        if (tokens[first].Kind != TokenKind.QuoteMark || first >= quote.Open || found.Content.Count != 1 || !rules.Quoted.Exists(q => q.Close == first))
        {
            return false;
        }

        var mark = tokens[first];
        foreach (var a in rules.Attributions)
        {
            var last = a.Content[^1];
            if (last.End >= mark.Start && last.End <= mark.End)
            {
                a.Content[^1] = new TextSpan(last.Start, found.Content[0].End);
                return true;
            }
        }

        rules.Attributions.Add(found with { Content = [new TextSpan(tokens[first + 1].Start, found.Content[0].End)] });
        return true;
    }

    /// <summary>
    /// "In an August speech, Trump attacked “the hateful ideology of ...”": a quotation long enough to keep that
    /// no frame attributed but that sits inside a sentence takes its speaker from the words before it, as the
    /// fragments do (<see cref="FragmentQuote.SpeakerBefore"/>).
    /// </summary>
    public static void AddSpeakersInSentence(RuleAttributions rules)
    {
        var tokens = rules.Tokens;
        for (var i = 0; i < rules.Attributions.Count; i++)
        {
            var a = rules.Attributions[i];
            if (a.Speaker is not null || a.Cue is not null || a.Kind != QuoteKind.Direct)
            {
                continue;
            }

            var open = FirstTokenAt(tokens, a.Content[0].Start);
            while (open > 0 && tokens[open - 1].Kind == TokenKind.QuoteMark)
            {
                open--;
            }

            if (open <= 0 || !tokens[open - 1].IsWord || rules.SentenceOfToken[open - 1] != rules.SentenceOfToken[open])
            {
                continue;
            }

            var sentenceStart = open - 1;
            while (sentenceStart > 0 && rules.SentenceOfToken[sentenceStart - 1] == rules.SentenceOfToken[open])
            {
                sentenceStart--;
            }

            var (cue, speaker) = FragmentQuote.SpeakerBefore(tokens, open, sentenceStart);
            if (speaker is { } s)
            {
                rules.Attributions[i] = a with { Cue = cue >= 0 && tokens[cue].Text.Length > 3 ? TokenText.Span(tokens, cue, cue + 1) : null, Speaker = TokenText.Span(tokens, s) };
            }
        }
    }

    /// <summary>Speakers for attributions still without one whose content follows a possessive's reporting noun.</summary>
    public static void AddPossessiveSpeakers(List<Token> tokens, List<Attribution> attributions)
    {
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (a.Speaker is null && PossessiveNounCue(tokens, a.Content[0].Start) is var (noun, owner) && noun >= 0)
            {
                attributions[i] = a with { Cue = TokenText.Span(tokens, noun, noun + 1), Speaker = TokenText.Span(tokens, owner) };
            }
        }
    }

    /// <summary>
    /// "Politifact seized on Donald Trump’s claim that there have been “thousands of shootings”": content after
    /// "that" and a reporting noun (Data/noun-cues.txt) belongs to the possessive before the noun.
    /// </summary>
    private static (int Noun, (int Start, int End) Owner) PossessiveNounCue(List<Token> tokens, int contentStart)
    {
        var k = FirstTokenAt(tokens, contentStart);
        var that = tokens[k].Is("that") ? k : k - 1;
        return that >= 1 && tokens[that].Is("that") && ReportedQuote.PossessiveOwner(tokens, that - 1) is { } owner
            ? (that - 1, owner)
            : (-1, default);
    }

    public static int FirstTokenAt(List<Token> tokens, int offset)
    {
        var lo = 0;
        var hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return Math.Min(lo, tokens.Count - 1);
    }

    /// <summary>What the rules find, and the quotations they leave: the fragment model's input, in training and in use.</summary>
    public static RuleAttributions ByRules(string text, IReadOnlyList<TextSpan> sentenceSpans)
    {
        var tokens = Nickname.DropMarks(Tokenizer.Tokenize(text));
        var sentenceOfToken = SentenceOfToken(tokens, sentenceSpans);
        var quoted = QuotationMarks.Find(text, tokens);
        var attributions = DirectQuoteFinder.Find(text, tokens, quoted, sentenceOfToken);
        AddIndirect(tokens, sentenceOfToken, attributions);
        var uncovered = AddLabels(tokens, quoted, sentenceOfToken, attributions);
        return new RuleAttributions(tokens, sentenceOfToken, quoted, attributions, uncovered);
    }

    private static void AddIndirect(List<Token> tokens, int[] sentenceOfToken, List<Attribution> attributions)
    {
        var direct = attributions.ToList();
        var start = 0;
        for (var k = 1; k <= tokens.Count; k++)
        {
            if (k < tokens.Count && sentenceOfToken[k] == sentenceOfToken[start])
            {
                continue;
            }

            foreach (var found in IndirectSpeechFinder.Find(tokens, start, k).Concat(start == 0 ? SpeakerTurnFinder.Find(tokens) : []))
            {
                // Reported speech that overlaps an attributed direct quote or its cue is that quote's frame;
                // an unattributed quotation it overlaps is part of it ("X says it is “a disaster”", "PENCE: ...").
                var clashes = direct.Where(d => d.Content.Any(c => found.Content.Any(f => f.Overlaps(c)))
                    || (d.Cue is { } cue && found.Cue is { } fc && cue.Overlaps(fc))).ToList();
                if (clashes.All(d => (d.Cue is null && d.Speaker is null || (SameReport(d, found) && !HandedOver(tokens, d, found) && (WordBetween(tokens, found.Content[0].Start, d.Content[0].Start) || WordBetween(tokens, d.Content[^1].End, found.Content[^1].End)))) && d.Content.All(c => found.Content.Any(f => f.Start <= c.Start + 1 + Math.Min(40, c.Length / 4) && c.End <= f.End + 1))))
                {
                    foreach (var d in clashes)
                    {
                        attributions.Remove(d);
                        direct.Remove(d);
                    }

                    attributions.Add(clashes.Any(d => d.Cue is not null || d.Speaker is not null) ? found with { Kind = QuoteKind.Mixed } : found);
                }
                else if (HandsOverTo(tokens, found, direct) is { } handed && clashes.All(d => ReferenceEquals(d, handed)))
                {
                    // The joined report stands for the quotation when later sentences' reports are checked against it.
                    var joined = found with { Kind = QuoteKind.Mixed, Content = [new TextSpan(found.Content[0].Start, handed.Content[^1].End)] };
                    attributions.Remove(handed);
                    direct[direct.IndexOf(handed)] = joined;
                    attributions.Add(joined);
                }
            }

            start = k;
        }
    }

    /// <summary>
    /// "Lee said that only the rich wanted “open borders.”": a quotation the direct rules gave the same cue or
    /// speaker as the reported clause around it, and that the clause's own words open or close, is part of that clause.
    /// </summary>
    private static bool WordBetween(List<Token> tokens, int start, int end)
    {
        for (var k = FirstTokenAt(tokens, start); k < tokens.Count && tokens[k].End <= end; k++)
        {
            if (tokens[k].IsWord && tokens[k].Start >= start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Clinton said she has the quality the job needs: “Steadiness ...”", "Scott asked the crowd to welcome the
    /// governor - “my new best friend.”": a reported clause that a colon or dash closes hands over to the quotation
    /// right after it, which finishes what the clause says; the quotation of the same report (same cue or speaker)
    /// and the clause are one report. Null when no quotation follows that way.
    /// </summary>
    private static Attribution? HandsOverTo(List<Token> tokens, Attribution reported, List<Attribution> direct)
    {
        if (reported.Content.Count != 1 || reported.Cue is null || !IsClause(tokens, reported.Content[0]))
        {
            return null;
        }

        var after = FirstTokenAt(tokens, reported.Content[0].End);
        while (after < tokens.Count && tokens[after].End <= reported.Content[0].End)
        {
            after++;
        }

        if (after + 1 >= tokens.Count || tokens[after].Text is not (":" or "-" or "\u2014" or "\u2013") || tokens[after + 1].Kind != TokenKind.QuoteMark)
        {
            return null;
        }

        var opens = tokens[after + 1].End;
        foreach (var d in direct)
        {
            if (d.Kind == QuoteKind.Direct && d.Content.Count == 1 && SameReport(d, reported) && d.Content[0].Start >= opens && !WordBetween(tokens, opens, d.Content[0].Start))
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>
    /// What a reporting verb is followed by before a colon is what was said only when it is a clause or an object
    /// ("she has the quality", "the crowd to welcome him"), not the circumstances of the saying ("said in a
    /// statement:", "wrote back in 2015:", "spoke about the fight ahead:").
    /// </summary>
    private static bool IsClause(List<Token> tokens, TextSpan content)
    {
        var first = FirstTokenAt(tokens, content.Start);
        var last = first;
        while (last < tokens.Count && tokens[last].End <= content.End)
        {
            last++;
        }

        return !(CueFrame.Prepositions.Contains(tokens[first].Text) && !tokens[first].Is("to")) && !tokens[first].Is("back") && !CueFrame.NoClauseAfter(tokens, first, last);
    }

    /// <summary>
    /// "Jones said during the debate, “That makes me smart,” when ...": a comma or colon before the opening mark
    /// hands the quotation over whole; it is not the end of a reported clause, unless that clause opened with "that".
    /// </summary>
    private static bool HandedOver(List<Token> tokens, Attribution direct, Attribution reported)
    {
        if (direct.Kind != QuoteKind.Direct)
        {
            return false;
        }

        // "said that after 200 years, “It's time.”": a that-clause the quotation finishes is still one report.
        // ("said via email that, “Of course ...” against ...": the comma after "that" hands nothing over.)
        var first = FirstTokenAt(tokens, reported.Content[0].Start);
        if (tokens[first].Is("that") || (first > 0 && tokens[first - 1].Is("that")) || (first > 1 && tokens[first - 1].Text == "," && tokens[first - 2].Is("that")))
        {
            return false;
        }

        var open = FirstTokenAt(tokens, direct.Content[0].Start) - 1;
        return open >= 1 && tokens[open].Kind == TokenKind.QuoteMark && tokens[open - 1].Text is "," or ":";
    }

    private static bool SameReport(Attribution direct, Attribution reported) =>
        (direct.Cue is { } c && reported.Cue is { } rc && c.Overlaps(rc))
        || (direct.Speaker is { } s && reported.Speaker is { } rs && s.Overlaps(rs));

    /// <summary>
    /// Quoted words that no report took may still be a speaker's, in a frame of their own (<see cref="LabelQuote"/>);
    /// the rest are left for the <see cref="FragmentModel"/>.
    /// </summary>
    private static List<UncoveredQuote> AddLabels(List<Token> tokens, List<QuotedSpan> quoted, int[] sentenceOfToken, List<Attribution> attributions)
    {
        var uncovered = new List<UncoveredQuote>();
        var taken = attributions.SelectMany(a => a.Content).ToList();
        foreach (var quote in quoted)
        {
            if (quote.Close < 0 || taken.Any(c => c.Start < tokens[quote.Close].Start && tokens[quote.Open].End < c.End))
            {
                continue;
            }

            var start = quote.Open;
            while (start > 0 && sentenceOfToken[start - 1] == sentenceOfToken[quote.Open])
            {
                start--;
            }

            if (LabelQuote.Find(tokens, quote, start) is { } label)
            {
                attributions.Add(label);
                continue;
            }

            var end = quote.Close;
            while (end < tokens.Count && sentenceOfToken[end] == sentenceOfToken[quote.Close])
            {
                end++;
            }

            uncovered.Add(new UncoveredQuote(quote, start, end));
        }

        return uncovered;
    }

    private static int[] SentenceOfToken(List<Token> tokens, IReadOnlyList<TextSpan> sentences)
    {
        var result = new int[tokens.Count];
        var s = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            while (s + 1 < sentences.Count && tokens[k].Start >= sentences[s + 1].Start)
            {
                s++;
            }

            // Line breaks belong to no sentence's words but must separate them.
            result[k] = tokens[k].Kind == TokenKind.LineBreak ? -1 - k : s;
        }

        return result;
    }
}
