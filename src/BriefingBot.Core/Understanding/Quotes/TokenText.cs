using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>Helpers to turn token ranges into text spans.</summary>
internal static class TokenText
{
    public static TextSpan Span(List<Token> tokens, int start, int end) => new(tokens[start].Start, tokens[end - 1].End);

    public static TextSpan Span(List<Token> tokens, (int Start, int End) range) => Span(tokens, range.Start, range.End);

    public static bool IsCue(Token token) => token.IsWord && Lexicon.Lexicon.Instance.Cues.ContainsKey(token.Text);

    /// <summary>A cue in a phrase that reports nothing: "claimed the lives", "showed up".</summary>
    public static bool IsNotSpeech(List<Token> tokens, int cue)
    {
        if (!Lexicon.Lexicon.Instance.NotSpeech.TryGetValue(tokens[cue].Text, out var phrases))
        {
            return false;
        }

        foreach (var phrase in phrases)
        {
            var match = cue + phrase.Length < tokens.Count;
            for (var i = 0; match && i < phrase.Length; i++)
            {
                match = tokens[cue + 1 + i].Is(phrase[i]);
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }

    public static Lexicon.CueFlags CueFlags(Token token) =>
        Lexicon.Lexicon.Instance.Cues.TryGetValue(token.Text, out var flags) ? flags : Lexicon.CueFlags.None;

    /// <summary>"according to" at <paramref name="k"/>.</summary>
    public static bool IsAccordingTo(List<Token> tokens, int k) =>
        tokens[k].Is("according") && k + 1 < tokens.Count && tokens[k + 1].Is("to");

    /// <summary>Adverbs and auxiliaries that may stand between speaker and verb ("he later said", "she also told", "voters still say", "he did not say").</summary>
    public static bool IsAdverb(Token token) =>
        token.IsWord && !token.IsCapitalized
        && (token.Text.EndsWith("ly", StringComparison.Ordinal) || token.Text is "also" or "later" or "then" or "once" or "recently" or "has" or "had" or "have" or "would" or "will" or "again"
            or "still" or "never" or "not" or "did" or "does" or "do" or "may" or "might" or "could" or "should" or "can" or "already" or "even" or "just" or "now" or "always" or "previously" or "further");

    public static bool EndsSentence(Token token) => token.Text is "." or "!" or "?" or "\u2026" or ";";
}
