using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes.Learned;

/// <summary>
/// The learned speaker of a quotation no rule found one for ("Iowa State University's Dianne Bystrom agreed.
/// “Mainstream Republicans are running out of time ...”", "Because of how Democrats crafted the primary
/// schedule, explained Rosenberg, “with this thing ...”"): a ranker over the phrases around it
/// (<see cref="SpeakerCandidates"/>, <see cref="SpeakerFeatures"/>) that may also choose no one. Trained with
/// the other quote models by <c>BriefingBot train-quote-models</c>; the weights ship as Data/speaker-model.txt.
/// </summary>
internal sealed class SpeakerModel
{
    public const string ResourceName = "speaker-model.txt";

    private readonly LinearWeights _weights;

    public SpeakerModel(LinearWeights weights) => _weights = weights;

    public static SpeakerModel Shipped { get; } = new(LinearWeights.Embedded(ResourceName));

    /// <summary>
    /// Picks the speaker of each quotation: the rules' speaker is one candidate among the phrases around it
    /// (marked as the rules' choice), so the model keeps it unless the evidence against it is strong, and
    /// names one where the rules found none.
    /// </summary>
    public void AddSpeakers(List<Token> tokens, int[] sentenceOfToken, List<QuotedSpan> quoted, List<Attribution> attributions)
    {
        bool[]? quotedTokens = null;
        HashSet<string>? known = null;
        var candidates = new List<(int Start, int End)>();
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (!HoldsQuote(tokens, a))
            {
                continue;
            }

            quotedTokens ??= SpeakerCandidates.QuotedTokens(tokens, quoted);
            known ??= KnownSpeakers(tokens, attributions);
            var site = SpeakerCandidates.Site(tokens, sentenceOfToken, quotedTokens, a);
            var rule = RuleChoice(tokens, a, site, candidates);
            var best = Choose(site, candidates, known, rule);
            if (rule is null ? best is { } pick && !Vouched(site, pick) : best is not { } other || Behind(site, other, rule.Value))
            {
                continue; // the model re-ranks the rules' speakers and fills gaps; it never drops a speaker
            }

            // A phrase inside the rules' speaker or around it names the same one; the rules bound it better.
            var speaker = best is { } b ? (rule is { } r && b.Start < r.End && r.Start < b.End ? a.Speaker : TokenText.Span(tokens, b)) : null;
            if (speaker != a.Speaker)
            {
                attributions[i] = a with { Speaker = speaker };
            }
        }
    }

    /// <summary>
    /// A speaker the model names where the rules named none must not merely stand beside the quotation ("Ms. Orr,
    /// “a friend to all of us,” won"), unless "according to" introduces it. It may stand in the paragraph before: a
    /// quotation alone in its paragraph after "Ortiz said ..." is Ortiz's, as PolNeAR reads it (refusing those cost
    /// 0.3 points of direct attribution on dev and train).
    /// </summary>
    private static bool Vouched(SpeakerSite site, (int Start, int End) c)
    {
        var tokens = site.Tokens;
        var open = site.First;
        while (open > 0 && tokens[open - 1].Kind == TokenKind.QuoteMark)
        {
            open--;
        }

        var accordingTo = c.Start >= 2 && tokens[c.Start - 1].Is("to") && tokens[c.Start - 2].Is("according");
        return !(c.End + 1 == open && tokens[c.End].Text == "," && site.Cue < 0 && !accordingTo);
    }

    /// <summary>
    /// "She was so upset that I had to change my answer: “...”": the rules' speaker is the subject of the clause
    /// that holds the quotation, and the model's pick that of the clause above it; the nearer one is kept.
    /// </summary>
    private static bool Behind(SpeakerSite site, (int Start, int End) pick, (int Start, int End) rule) =>
        pick.End <= rule.Start && rule.End <= site.First && site.SentenceOfToken[pick.Start] == site.SentenceOfToken[site.First]
        && site.SentenceOfToken[rule.Start] == site.SentenceOfToken[site.First]
        && rule.Start > 0 && site.Tokens[rule.Start - 1].Text is "that" or "because" or "when" or "while" or "so" or "until" or "after" or "before";

    /// <summary>Fills the candidates of the site, with the rules' speaker among them; returns that speaker's range.</summary>
    public static (int Start, int End)? RuleChoice(List<Token> tokens, Attribution a, SpeakerSite site, List<(int Start, int End)> candidates)
    {
        SpeakerCandidates.Find(site, a.Content, candidates);
        if (a.Speaker is not { } s)
        {
            return null;
        }

        var start = AttributionFinder.FirstTokenAt(tokens, s.Start);
        var range = (start, Math.Max(start + 1, AttributionFinder.FirstTokenAt(tokens, s.End - 1) + 1));
        candidates.Remove(range);
        candidates.Insert(0, range);
        return range;
    }

    /// <summary>The best candidate, or null when choosing no one scores higher.</summary>
    public (int Start, int End)? Choose(SpeakerSite site, List<(int Start, int End)> candidates, HashSet<string> known, (int Start, int End)? rule)
    {
        var f = Features.Shared;
        f.Clear();
        SpeakerFeatures.None(f, site, candidates.Count, rule is not null);
        var bestScore = _weights.Score(f);
        (int, int)? best = null;
        foreach (var (c, rank) in Ranked(site, candidates))
        {
            f.Clear();
            Describe(f, site, c, rank, known, rule);
            var score = _weights.Score(f);
            if (score > bestScore)
            {
                (best, bestScore) = (c, score);
            }
        }

        return best;
    }

    /// <summary>
    /// Each candidate with its nearness rank among those on its side of the quotation, in order. Training
    /// (<see cref="Evaluation.SpeakerTrainer"/>) and <see cref="Choose"/> describe candidates through this walk and
    /// <see cref="Describe"/>, so the two cannot drift apart.
    /// </summary>
    public static IEnumerable<((int Start, int End) Candidate, int Rank)> Ranked(SpeakerSite site, List<(int Start, int End)> candidates)
    {
        var ranks = new int[5];
        foreach (var c in candidates)
        {
            yield return (c, ranks[PositionIndex(SpeakerFeatures.Position(site, c))]++);
        }
    }

    public static void Describe(Features f, SpeakerSite site, (int Start, int End) c, int rank, HashSet<string> known, (int Start, int End)? rule) =>
        SpeakerFeatures.Candidate(f, site, c, rank, IsKnown(site.Tokens, c, known), rule, c == rule);

    public static int PositionIndex(string position) => position switch
    {
        "B" => 0,
        "A" => 1,
        "P" => 2,
        "N" => 3,
        _ => 4,
    };

    /// <summary>The candidate's last word names someone the rules already found speaking in the article.</summary>
    public static bool IsKnown(List<Token> tokens, (int Start, int End) c, HashSet<string> known) =>
        tokens[c.End - 1].IsCapitalized && known.Contains(tokens[c.End - 1].Stem);

    /// <summary>The last words of the speakers found so far ("Trump" for "Donald Trump").</summary>
    public static HashSet<string> KnownSpeakers(List<Token> tokens, List<Attribution> attributions)
    {
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in attributions)
        {
            if (a.Speaker is { } s)
            {
                var k = AttributionFinder.FirstTokenAt(tokens, s.End - 1);
                if (tokens[k].IsCapitalized)
                {
                    known.Add(tokens[k].Stem);
                }
            }
        }

        return known;
    }

    /// <summary>A direct quote, or content that holds a quotation mark: words quoted.</summary>
    public static bool HoldsQuote(List<Token> tokens, Attribution a)
    {
        if (a.Kind == QuoteKind.Direct)
        {
            return true;
        }

        foreach (var c in a.Content)
        {
            for (var k = AttributionFinder.FirstTokenAt(tokens, c.Start); k < tokens.Count && tokens[k].Start < c.End; k++)
            {
                if (tokens[k].Kind == TokenKind.QuoteMark)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
