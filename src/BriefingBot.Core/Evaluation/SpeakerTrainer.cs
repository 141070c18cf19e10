using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.Quotes;
using BriefingBot.Core.Understanding.Quotes.Learned;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Evaluation;

/// <summary>
/// Examples for the <see cref="SpeakerModel"/>: each quotation the whole pipeline (rules, fragment and cue models)
/// finds whose words a gold attribution holds, with the rules' speaker (if any) among its candidates. Its candidates are right when they name the
/// gold source as the scorer reads it (overlapping it, or sharing a word with it: "Trump" for "Donald Trump"),
/// choosing no one is right when the gold has no source. Quotations whose gold source is among no candidate
/// teach nothing and are left out.
/// </summary>
internal static class SpeakerTrainer
{
    // The scorer's stop words: sharing one of these does not name the same source.
    private static readonly HashSet<string> Stop = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "to", "in", "on", "and", "or", "for", "at", "by", "with", "from", "as", "is", "was", "were", "be", "been",
        "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
        "who", "which", "mr", "mrs", "ms", "dr",
    };

    /// <summary>One choice: the features of choosing no one (first) and of each candidate, and which are right.</summary>
    public sealed record Example(List<List<string>> Options, bool[] Good);

    public static IEnumerable<Example> Examples(RuleAttributions found, IReadOnlyList<BratAttributions.Gold> gold)
    {
        var tokens = found.Tokens;
        var quoted = SpeakerCandidates.QuotedTokens(tokens, found.Quoted);
        var known = SpeakerModel.KnownSpeakers(tokens, found.Attributions);
        var candidates = new List<(int Start, int End)>();
        foreach (var a in found.Attributions)
        {
            if (!SpeakerModel.HoldsQuote(tokens, a) || Matching(tokens, a, gold) is not { } g)
            {
                continue;
            }

            var site = SpeakerCandidates.Site(tokens, found.SentenceOfToken, quoted, a);
            var rule = SpeakerModel.RuleChoice(tokens, a, site, candidates);
            var options = new List<List<string>> { Texts(f => SpeakerFeatures.None(f, site, candidates.Count, rule is not null)) };
            var good = new bool[candidates.Count + 1];
            good[0] = g.Source.Count == 0;
            var option = 0;
            foreach (var (candidate, rank) in SpeakerModel.Ranked(site, candidates))
            {
                options.Add(Texts(f => SpeakerModel.Describe(f, site, candidate, rank, known, rule)));
                good[++option] = g.Source.Count > 0 && Names(tokens, candidate, g.Source);
            }

            if (good.Any(x => x))
            {
                yield return new Example(options, good);
            }
        }
    }

    public static IEnumerable<KeyValuePair<string, double>> Fit(List<Example> examples, int epochs, int shuffles)
    {
        PerceptronTraining.DropRareFeatures(examples.SelectMany(e => e.Options).ToList(), QuoteModelTrainer.MinFeatureCount);
        return PerceptronTraining.MeanOfShuffles(shuffles, seed => FitOnce(examples, epochs, seed));
    }

    private static IEnumerable<KeyValuePair<string, double>> FitOnce(List<Example> examples, int epochs, int seed)
    {
        var model = new AveragedPerceptron();
        var random = new Random(seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var e = examples[i];
                int best = 0, bestGood = -1;
                double bestScore = double.NegativeInfinity, bestGoodScore = double.NegativeInfinity;
                for (var o = 0; o < e.Options.Count; o++)
                {
                    var score = model.Score(e.Options[o]);
                    if (score > bestScore)
                    {
                        (best, bestScore) = (o, score);
                    }

                    if (e.Good[o] && score > bestGoodScore)
                    {
                        (bestGood, bestGoodScore) = (o, score);
                    }
                }

                if (e.Good[best])
                {
                    model.Tick();
                }
                else
                {
                    model.Update(e.Options[bestGood], e.Options[best]);
                }
            }
        }

        return model.Averaged();
    }

    /// <summary>The gold attribution whose content shares the most words with the found one, at least half of the longer.</summary>
    private static BratAttributions.Gold? Matching(List<Token> tokens, Attribution a, IReadOnlyList<BratAttributions.Gold> gold)
    {
        var found = WordTokens(tokens, a.Content);
        BratAttributions.Gold? best = null;
        var bestShare = 0.5;
        foreach (var g in gold)
        {
            var words = WordTokens(tokens, g.Content);
            var shared = words.Count(found.Contains);
            var share = (double)shared / Math.Max(1, Math.Max(words.Count, found.Count));
            if (share >= bestShare)
            {
                (best, bestShare) = (g, share);
            }
        }

        return best;
    }

    private static HashSet<int> WordTokens(List<Token> tokens, IEnumerable<TextSpan> spans)
    {
        var set = new HashSet<int>();
        foreach (var s in spans)
        {
            for (var k = AttributionFinder.FirstTokenAt(tokens, s.Start); k < tokens.Count && tokens[k].Start < s.End; k++)
            {
                if (tokens[k].IsWord && tokens[k].End > s.Start)
                {
                    set.Add(k);
                }
            }
        }

        return set;
    }

    /// <summary>The candidate names the source as the scorer reads it: overlapping words, or a shared word other than a stop word.</summary>
    private static bool Names(List<Token> tokens, (int Start, int End) candidate, IReadOnlyList<TextSpan> source)
    {
        var sourceTokens = WordTokens(tokens, source);
        var sourceWords = sourceTokens.Select(k => tokens[k].Stem).Where(w => !Stop.Contains(w)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var k = candidate.Start; k < candidate.End; k++)
        {
            if (sourceTokens.Contains(k) || (tokens[k].IsWord && sourceWords.Contains(tokens[k].Stem)))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Texts(Action<Features> fill)
    {
        var features = new Features(keepText: true);
        fill(features);
        return [.. features.Texts];
    }
}
