using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// A speaker's label for someone or something, quoted after "as": <c>Reid has been pounding Trump as a “con
/// artist”</c>, <c>Trump described Putin as a “strong leader”</c>. The verb varies too much for a cue list
/// (pounding, gone after, hailed, slammed), but "VERB OBJECT as “...”" is the frame; what was said is the
/// object and the label, and the verb's subject said it. Only quotes nothing else attributed are taken.
/// </summary>
internal static class LabelQuote
{
    // Longest object between the verb and "as": "Democratic presidential nominee Hillary Clinton".
    private const int MaxObjectTokens = 8;

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "being" };

    // Particles of phrasal verbs before the object: "gone after Trump as", "referred to Rubio as".
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "after", "to", "on", "at", "off" };

    // Words that end the object on their left without being its verb: a clause or phrase boundary.
    private static readonly HashSet<string> Boundaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "are", "were", "as", "and", "or", "but", "has", "known", "such", "same",
    };

    // Words of an object that look like verb forms: "his", "this", "news".
    private static readonly HashSet<string> ObjectWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "his", "its", "this", "us", "news", "always",
    };

    public static Attribution? Find(List<Token> tokens, QuotedSpan quote, int sentenceStart)
    {
        if (quote.Close < 0)
        {
            return null;
        }

        var a = quote.Open - 1;
        while (a > sentenceStart && Determiners.Contains(tokens[a].Text))
        {
            a--;
        }

        if (a <= sentenceStart || !tokens[a].Is("as") || tokens[a].IsCapitalized)
        {
            return null;
        }

        // Walk left over the object to the verb.
        var j = a - 1;
        while (j > sentenceStart && a - j <= MaxObjectTokens && !IsVerb(tokens, j))
        {
            if (!(tokens[j].IsWord || tokens[j].Text is "-" or "." or "(" or ")") || Boundaries.Contains(tokens[j].Text))
            {
                return null;
            }

            j--;
        }

        if (j <= sentenceStart || !IsVerb(tokens, j) || j + 1 >= a)
        {
            return null; // no verb in reach, or "described as" with no object (a passive: "has been described as")
        }

        var objectStart = j + 1;
        var verb = j;
        if (Particles.Contains(tokens[verb].Text))
        {
            verb--;
            if (verb <= sentenceStart || !IsVerbForm(tokens[verb]))
            {
                return null;
            }
        }

        if (CueUse.IsPassive(tokens, verb, sentenceStart) || tokens[verb - 1].Is("which") || tokens[verb - 1].Is("what") || tokens[verb - 1].Is("who"))
        {
            return null;
        }

        var flags = tokens[verb].Text.EndsWith("ing", StringComparison.Ordinal) ? Lexicon.CueFlags.Participle : Lexicon.CueFlags.None;
        var speaker = ReportSpeaker.BeforeCue(tokens, verb, sentenceStart, flags);
        var content = TokenText.Span(tokens, objectStart, quote.Close + 1);
        return new Attribution(QuoteKind.Mixed, [content], TokenText.Span(tokens, verb, j + 1), speaker is { } s ? TokenText.Span(tokens, s) : null);
    }

    private static bool IsVerb(List<Token> tokens, int j) =>
        Particles.Contains(tokens[j].Text)
        || (IsVerbForm(tokens[j]) && (!tokens[j].Text.EndsWith('s') || tokens[j].Text.EndsWith("ss", StringComparison.Ordinal) || HasSubjectBefore(tokens, j)));

    /// <summary>"Trump slams", "she describes": an -s word is a verb after a name or pronoun, else a plural noun ("leadership skills").</summary>
    private static bool HasSubjectBefore(List<Token> tokens, int j) =>
        j > 0 && (tokens[j - 1].IsCapitalized || SpeakerPhrase.IsPronoun(tokens[j - 1]) || TokenText.IsAdverb(tokens[j - 1]));

    /// <summary>A lower-case past, present or participle form: "described", "slams", "pounding", "gone".</summary>
    private static bool IsVerbForm(Token token) =>
        token.IsWord && !token.IsCapitalized && !Boundaries.Contains(token.Text) && !ObjectWords.Contains(token.Text) && !token.IsPossessive
        && (token.Text.EndsWith("ed", StringComparison.Ordinal) || token.Text.EndsWith("ing", StringComparison.Ordinal)
            || token.Text.EndsWith('s') || token.Text is "gone" or "went" or "saw" or "see" or "cast" or "paint" or "call" or "describe" or "label" or "brand");
}
