namespace BriefingBot.Core.Evaluation;

/// <summary>The steps every quote model's training shares: dropping rare features, and averaging shuffles.</summary>
internal static class PerceptronTraining
{
    /// <summary>Removes from every list the features seen fewer than <paramref name="minCount"/> times over all of them.</summary>
    public static void DropRareFeatures(IReadOnlyCollection<List<string>> lists, int minCount)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in lists.SelectMany(list => list))
        {
            counts[f] = counts.GetValueOrDefault(f) + 1;
        }

        foreach (var list in lists)
        {
            list.RemoveAll(f => counts[f] < minCount);
        }
    }

    /// <summary>
    /// The mean of the models <paramref name="fitOnce"/> trains with seeds 1 to <paramref name="shuffles"/>: each
    /// shuffle's model leans on its order of examples (a rule change that added or dropped one example moved dev
    /// figures by up to a point and flipped unrelated speaker choices); their mean does not.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, double>> MeanOfShuffles(int shuffles, Func<int, IEnumerable<KeyValuePair<string, double>>> fitOnce)
    {
        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var seed = 1; seed <= shuffles; seed++)
        {
            foreach (var (feature, weight) in fitOnce(seed))
            {
                sums[feature] = sums.GetValueOrDefault(feature) + weight;
            }
        }

        return sums.Select(p => KeyValuePair.Create(p.Key, Math.Round(p.Value / shuffles, 3))).Where(p => p.Value != 0);
    }
}
