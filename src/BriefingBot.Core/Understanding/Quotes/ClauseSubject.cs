using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// A long subject that opens its clause: "Exit polls taken in South Carolina found ...",
/// "FEC records from the 2008 presidential election cycle show ...". Everything from the clause start
/// to the verb, when it is short and holds no other verb we know. Shared by the direct, reported and
/// raising finders when no speaker phrase stands next to the verb.
/// </summary>
internal static class ClauseSubject
{
    /// <summary>The subject span [Start, End) that ends right before the verb at <paramref name="verb"/>, or null.</summary>
    public static (int Start, int End)? Before(List<Token> tokens, int verb, int sentenceStart)
    {
        var start = verb;
        while (start > sentenceStart && tokens[start - 1].Text is not ("," or ";" or ":" or "\u2014" or "--") && tokens[start - 1].Kind != TokenKind.QuoteMark)
        {
            start--;
        }

        if (verb - start is < 2 or > 12 || Subordinators.Contains(tokens[start].Text))
        {
            return null;
        }

        for (var j = start; j < verb; j++)
        {
            if (!tokens[j].IsWord && tokens[j].Text is not ("'" or "\u2019" or "-" or "(" or ")"))
            {
                return null;
            }

            if (TokenText.IsCue(tokens[j]) || tokens[j].Is("that") || tokens[j].Is("and") && j == start)
            {
                return null;
            }
        }

        return tokens[verb - 1].IsWord && !Lexicon.Lexicon.Instance.StopWords.Contains(tokens[verb - 1].Text) ? (start, verb) : null;
    }

    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "if", "when", "because", "while", "although", "though", "as", "since", "unless", "whether", "after", "before", "but", "and", "so", "or", "where", "which", "who", "what",
    };
}
