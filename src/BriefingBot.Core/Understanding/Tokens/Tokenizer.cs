namespace BriefingBot.Core.Understanding.Tokens;

/// <summary>
/// Cuts text into words, punctuation, double quotation marks and line breaks. A word keeps inner
/// apostrophes, hyphens and periods ("Azerbaijan’s", "Ankara-based", "U.S", "3.5"); a final period
/// stays on abbreviations and initials ("Mr.", "U.S.", "J.") so that they read as one word.
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                tokens.Add(new Token(i, i + 1, TokenKind.LineBreak, "\n"));
                i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                var end = i + 1;
                while (end < text.Length)
                {
                    var d = text[end];
                    if (char.IsLetterOrDigit(d) || d is '\u0301' or '\u0308')
                    {
                        end++;
                    }
                    else if (d is '-' or '\'' or '\u2019' or '.' or '&' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))
                    {
                        end++;
                    }
                    else
                    {
                        break;
                    }
                }

                if (end < text.Length && text[end] == '.' && KeepsPeriod(text, i, end))
                {
                    end++;
                }

                tokens.Add(new Token(i, end, TokenKind.Word, text[i..end]));
                i = end;
            }
            else if (c == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
            {
                // Some wire styles (the New York Times archive) write a double quotation mark as two apostrophes.
                tokens.Add(new Token(i, i + 2, TokenKind.QuoteMark, "''"));
                i += 2;
            }
            else
            {
                var kind = c is '"' or '\u201c' or '\u201d' or '\u201e' ? TokenKind.QuoteMark : TokenKind.Punctuation;
                tokens.Add(new Token(i, i + 1, kind, text.Substring(i, 1)));
                i++;
            }
        }

        return tokens;
    }

    private static bool KeepsPeriod(string text, int start, int end)
    {
        var length = end - start;
        if (length == 1 && char.IsUpper(text[start]))
        {
            return true; // initial
        }

        var word = text.AsSpan(start, length);
        if (end + 1 < text.Length && text[end + 1] == ')' && char.IsUpper(text[start]) && length <= 6)
        {
            return true; // party and state tags: "(D-Wis.)", "(R-S.C.)"
        }

        if (word.Contains('.'))
        {
            return char.IsLetter(text[end - 1]); // U.S, but not 3.5
        }

        return Lexicon.Lexicon.Instance.Abbreviations.Contains(word.ToString());
    }
}
