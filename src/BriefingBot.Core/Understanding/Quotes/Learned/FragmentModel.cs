using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes.Learned;

/// <summary>
/// The learned part of quote attribution: for a quotation no rule attributed (mostly quoted fragments inside
/// reported speech: <c>urged his supporters to make sure everything is “on the up and up.”</c>), whether it is
/// someone's words and where the reported content around it starts and ends. Three linear scorers over
/// <see cref="FragmentFeatures"/>, trained with <see cref="AveragedPerceptron"/> on the PolNeAR train split by
/// <c>BriefingBot train-fragments</c>; the weights ship as Data/fragment-model.txt (feature TAB weight).
/// </summary>
internal sealed class FragmentModel
{
    public const string ResourceName = "fragment-model.txt";

    // A quotation is taken as someone's words only with this much evidence: chosen on train and dev (0, 1, 2, 4
    // tried), where 2 trades a little recall for the precision of the rules around it.
    private const double Threshold = 2;

    private readonly LinearWeights _weights;

    public FragmentModel(LinearWeights weights) => _weights = weights;

    public static FragmentModel Shipped { get; } = new(LinearWeights.Embedded(ResourceName));

    public int Count => _weights.Count;

    /// <summary>The content span [Start, End) in tokens, or null when the quotation is no one's reported words.</summary>
    public (int Start, int End)? Decide(List<Token> tokens, QuotedSpan quote, int sentenceStart, int sentenceEnd)
    {
        if (quote.Close < 0)
        {
            return null;
        }

        var features = Features.Shared;
        features.Clear();
        FragmentFeatures.Quote(features, tokens, quote, sentenceStart, sentenceEnd, quote.Paragraph);
        if (_weights.Score(features) <= Threshold)
        {
            return null;
        }

        var (start, end) = Bounds(tokens, quote, sentenceStart, sentenceEnd);
        var state = (tokens, quote, sentenceStart, sentenceEnd);
        return (_weights.Best(start, quote.Open + 1, features, state, static (f, s, p) => FragmentFeatures.Start(f, s.tokens, s.quote, s.sentenceStart, p)),
            _weights.Best(quote.Close + 1, end + 1, features, state, static (f, s, q) => FragmentFeatures.End(f, s.tokens, s.quote, s.sentenceEnd, q)));
    }

    /// <summary>The first start and the last end a quotation's content may take in its sentence.</summary>
    public static (int FirstStart, int LastEnd) Bounds(List<Token> tokens, QuotedSpan quote, int sentenceStart, int sentenceEnd)
    {
        var start = Math.Max(sentenceStart, quote.Open - FragmentFeatures.StartWindow);
        var end = Math.Min(Math.Min(sentenceEnd, tokens.Count), quote.Close + 1 + FragmentFeatures.EndWindow);
        return (start, Math.Max(end, quote.Close + 1));
    }
}
