using System.Globalization;
using BriefingBot.Core.Understanding.Lexicon;

namespace BriefingBot.Core.Understanding.Quotes.Learned;

/// <summary>
/// A weight per feature, read from the text <see cref="AveragedPerceptron"/> training writes (feature TAB weight,
/// one a line) and kept by the feature's hash (<see cref="Features"/>), so that scoring allocates nothing.
/// </summary>
internal sealed class LinearWeights
{
    private readonly Dictionary<ulong, double> _weights;

    private LinearWeights(Dictionary<ulong, double> weights, List<string> keys)
    {
        _weights = weights;
        Keys = keys;
    }

    public int Count => _weights.Count;

    /// <summary>The feature texts, as read.</summary>
    public IReadOnlyList<string> Keys { get; }

    public double Score(Features features)
    {
        var sum = 0.0;
        foreach (var f in features.Hashes)
        {
            sum += _weights.GetValueOrDefault(f);
        }

        return sum;
    }

    /// <summary>The candidate in [from, to) whose features score highest; ties go to the first.</summary>
    public int Best<TState>(int from, int to, Features features, TState state, Action<Features, TState, int> fill)
    {
        var best = to - 1;
        var bestScore = double.NegativeInfinity;
        for (var c = from; c < to; c++)
        {
            features.Clear();
            fill(features, state, c);
            var score = Score(features);
            if (score > bestScore)
            {
                (best, bestScore) = (c, score);
            }
        }

        return best;
    }

    public static LinearWeights Parse(IEnumerable<string> lines)
    {
        var weights = new Dictionary<ulong, double>();
        var keys = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.LastIndexOf('\t');
            var key = line[..tab];
            keys.Add(key);
            weights[Features.Hash(key)] = double.Parse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return new LinearWeights(weights, keys);
    }

    public static LinearWeights Embedded(string resourceName) => Parse(WordLists.Lines(resourceName));
}
