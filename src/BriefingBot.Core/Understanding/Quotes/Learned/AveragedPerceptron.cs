namespace BriefingBot.Core.Understanding.Quotes.Learned;

/// <summary>
/// Weights learned by the averaged perceptron (Collins 2002): every mistake moves the weights toward the
/// right answer's features and away from the chosen one's; the weights kept are the average over all steps,
/// which generalises far better than the last ones. Used only to train; <see cref="FragmentModel"/> reads the result.
/// </summary>
internal sealed class AveragedPerceptron
{
    private readonly Dictionary<string, double> _weights = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _totals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _stamps = new(StringComparer.Ordinal);
    private int _step;

    public double Score(IEnumerable<string> features) => features.Sum(f => _weights.GetValueOrDefault(f));

    /// <summary>One training step: <paramref name="good"/> features gain, <paramref name="bad"/> ones lose.</summary>
    public void Update(IReadOnlyList<string> good, IReadOnlyList<string> bad)
    {
        _step++;
        foreach (var f in good)
        {
            Add(f, 1);
        }

        foreach (var f in bad)
        {
            Add(f, -1);
        }
    }

    /// <summary>A step with no mistake still counts toward the average.</summary>
    public void Tick() => _step++;

    /// <summary>The averaged weights, without those that round to nothing.</summary>
    public IEnumerable<KeyValuePair<string, double>> Averaged()
    {
        foreach (var (feature, weight) in _weights)
        {
            var total = _totals.GetValueOrDefault(feature) + ((_step - _stamps.GetValueOrDefault(feature)) * weight);
            var average = Math.Round(total / Math.Max(1, _step), 3);
            if (average != 0)
            {
                yield return new(feature, average);
            }
        }
    }

    private void Add(string feature, double delta)
    {
        var weight = _weights.GetValueOrDefault(feature);
        _totals[feature] = _totals.GetValueOrDefault(feature) + ((_step - _stamps.GetValueOrDefault(feature)) * weight);
        _stamps[feature] = _step;
        _weights[feature] = weight + delta;
    }
}
