using System.Globalization;
using System.Text;

namespace BriefingBot.Core.Text;

/// <summary>
/// Folds a name to the form we compare names in: no diacritics, lower case, no possessive,
/// single spaces. "Çavuşoğlu's" and "Cavusoglu" both become "cavusoglu".
/// </summary>
public static class NameKey
{
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (IsApostrophe(c) && i + 1 < decomposed.Length && (decomposed[i + 1] is 's' or 'S')
                && (i + 2 == decomposed.Length || !char.IsLetterOrDigit(decomposed[i + 2])))
            {
                i++; // possessive 's
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(Fold(char.ToLowerInvariant(c)));
            }
            else if (!IsApostrophe(c) || (i > 0 && decomposed[i - 1] == ' '))
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>The name's tokens after <see cref="Normalize"/>.</summary>
    public static string[] Tokens(string? name) =>
        Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>True when every token of <paramref name="query"/> is a token of <paramref name="name"/>.</summary>
    public static bool Matches(string? name, string? query)
    {
        var queryTokens = Tokens(query);
        if (queryTokens.Length == 0)
        {
            return false;
        }

        var nameTokens = Tokens(name);
        return queryTokens.All(q => nameTokens.Contains(q));
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02bc';

    // Letters that do not decompose into base + mark.
    private static char Fold(char c) => c switch
    {
        'ı' => 'i',
        'ø' => 'o',
        'ł' => 'l',
        'đ' => 'd',
        'ß' => 's',
        'æ' => 'a',
        'œ' => 'o',
        'ə' => 'a',
        _ => c,
    };
}
