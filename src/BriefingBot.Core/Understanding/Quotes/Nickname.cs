using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// A nickname quoted inside a name (Marcia "Cia" Price, Robert “Bobby” Scott) is part of the name, not a quotation:
/// its marks are dropped from the tokens so that the name reads as one and no quote opens there.
/// </summary>
internal static class Nickname
{
    public static List<Token> DropMarks(List<Token> tokens)
    {
        var marks = new HashSet<int>();
        for (var k = 1; k + 3 < tokens.Count; k++)
        {
            if (IsNickname(tokens, k))
            {
                marks.Add(k);
                marks.Add(k + 2);
                k += 2;
            }
        }

        return marks.Count == 0 ? tokens : tokens.Where((_, k) => !marks.Contains(k)).ToList();
    }

    /// <summary>A capitalised word, an opening mark, one capitalised word, a closing mark and a capitalised word.</summary>
    private static bool IsNickname(List<Token> tokens, int open) =>
        tokens[open].Kind == TokenKind.QuoteMark && tokens[open + 2].Kind == TokenKind.QuoteMark
        && Name(tokens[open - 1]) && Name(tokens[open + 1]) && Name(tokens[open + 3])
        && tokens[open - 1].End < tokens[open].Start && tokens[open].End == tokens[open + 1].Start
        && tokens[open + 1].End == tokens[open + 2].Start && tokens[open + 2].End < tokens[open + 3].Start;

    private static bool Name(Token token) => token.IsWord && token.IsCapitalized && char.IsLetter(token.Text[0]) && !token.Text.EndsWith('.');
}
