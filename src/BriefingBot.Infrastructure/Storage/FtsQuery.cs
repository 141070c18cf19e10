using System.Globalization;
using System.Text;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>
/// Turns what a user typed into an FTS5 MATCH expression that cannot be a syntax error: the text is cut
/// into letter/digit tokens and each becomes a quoted string, so AND, NEAR, *, quotes and brackets
/// are just words or nothing.
/// </summary>
public static class FtsQuery
{
    // Bounds the work one question can cause.
    private const int MaxTokens = 32;

    public static IReadOnlyList<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return tokens;
        }

        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) || (current.Length > 0 && category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens.Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxTokens).ToList();
    }

    /// <returns>The MATCH expression, or null when the text has no searchable token.</returns>
    /// <param name="requireAll">True: every token must occur; false: any token may.</param>
    public static string? Build(string? text, bool requireAll)
    {
        var tokens = Tokens(text);
        if (tokens.Count == 0)
        {
            return null;
        }

        // Tokens hold only letters, digits and marks, but doubling quotes keeps this safe if that ever changes.
        var quoted = tokens.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        return string.Join(requireAll ? " AND " : " OR ", quoted);
    }
}
