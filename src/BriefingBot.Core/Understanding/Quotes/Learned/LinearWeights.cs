using System.Globalization;
using BriefingBot.Core.Understanding.Lexicon;

namespace BriefingBot.Core.Understanding.Quotes.Learned;

/// <summary>A weight per feature string, as <see cref="AveragedPerceptron"/> writes them (feature TAB weight, one a line).</summary>
internal sealed class LinearWeights
{
    private readonly Dictionary<string, double> _weights;

    public LinearWeights(IReadOnlyDictionary<string, double> weights) =>
        _weights = new Dictionary<string, double>(weights, StringComparer.Ordinal);

    public int Count => _weights.Count;

    public bool Contains(string feature) => _weights.ContainsKey(feature);

    public IEnumerable<string> Features => _weights.Keys;

    public double Score(List<string> features)
    {
        var sum = 0.0;
        foreach (var f in features)
        {
            sum += _weights.GetValueOrDefault(f);
        }

        return sum;
    }

    /// <summary>The candidate in [from, to) whose features score highest; ties go to the first.</summary>
    public int Best(int from, int to, Func<int, List<string>> features)
    {
        var best = to - 1;
        var bestScore = double.NegativeInfinity;
        for (var c = from; c < to; c++)
        {
            var score = Score(features(c));
            if (score > bestScore)
            {
                (best, bestScore) = (c, score);
            }
        }

        return best;
    }

    public static LinearWeights Parse(IEnumerable<string> lines)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.LastIndexOf('\t');
            weights[line[..tab]] = double.Parse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return new LinearWeights(weights);
    }

    public static LinearWeights Embedded(string resourceName) => Parse(WordLists.Lines(resourceName));
}
