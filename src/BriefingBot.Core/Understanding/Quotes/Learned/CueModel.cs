using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes.Learned;

/// <summary>
/// The learned part of reported speech: PolNeAR annotates speech, thought and stance behind hundreds of
/// verbs and nouns ("wants", "found", "acknowledged", "questions about"), most of which also often report
/// nothing. For a word the training split used as a cue (its vocabulary, stored as <c>c.v=word</c>) that no
/// rule took, this model decides from its neighbours whether it reports content here, and where the content
/// after it starts and ends. Trained with the fragment model by <c>BriefingBot train-quote-models</c>; the
/// weights ship as Data/cue-model.txt.
/// </summary>
internal sealed class CueModel
{
    public const string ResourceName = "cue-model.txt";

    /// <summary>The feature that puts a word in the vocabulary of candidate cues.</summary>
    public const string VocabularyPrefix = "c.v=";

    // Evidence a word needs to count as a cue: -2 to 4 tried on train and dev, all within 0.3 of each other.
    private const double Threshold = -0.5;

    private readonly LinearWeights _weights;
    private readonly HashSet<string> _vocabulary;

    public CueModel(LinearWeights weights)
    {
        _weights = weights;
        _vocabulary = new HashSet<string>(
            weights.Keys.Where(f => f.StartsWith(VocabularyPrefix, StringComparison.Ordinal)).Select(f => f[VocabularyPrefix.Length..]),
            StringComparer.OrdinalIgnoreCase);
    }

    public static CueModel Shipped { get; } = new(LinearWeights.Embedded(ResourceName));

    /// <summary>Whether the token at <paramref name="k"/> may be a cue at all: a lower-case word of the vocabulary.</summary>
    public bool IsCandidate(Token token) => token.IsWord && !token.IsCapitalized && _vocabulary.Contains(token.Text);

    /// <summary>The content [Start, End) reported by the cue at <paramref name="cue"/>, or null when it reports none here.</summary>
    public (int Start, int End)? Decide(List<Token> tokens, int cue, int sentenceStart, int sentenceEnd)
    {
        if (cue + 2 >= sentenceEnd)
        {
            return null;
        }

        var features = Features.Shared;
        features.Clear();
        CueFeatures.Cue(features, tokens, cue, sentenceStart, sentenceEnd);
        if (_weights.Score(features) <= Threshold)
        {
            return null;
        }

        var (lastStart, lastEnd) = Bounds(cue, sentenceEnd);
        var state = (tokens, cue, sentenceEnd);
        var start = _weights.Best(cue + 1, lastStart + 1, features, state, static (f, s, p) => CueFeatures.Start(f, s.tokens, s.cue, p, s.sentenceEnd));
        var end = _weights.Best(start + 1, lastEnd + 1, features, state, static (f, s, q) => CueFeatures.End(f, s.tokens, s.cue, q, s.sentenceEnd));
        return (start, end);
    }

    /// <summary>The last start and the last end the content of a cue may take.</summary>
    public static (int LastStart, int LastEnd) Bounds(int cue, int sentenceEnd) =>
        (Math.Min(cue + CueFeatures.StartWindow, sentenceEnd - 1), Math.Min(sentenceEnd, cue + CueFeatures.EndWindow));
}
