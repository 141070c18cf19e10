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

    /// <summary>
    /// The tokens a search looks for: <see cref="Tokens"/> without stop words ("the", "what", "tell"), which match
    /// nearly every article and only make ranking slow. A text of stop words alone keeps them: it is what was asked.
    /// </summary>
    public static IReadOnlyList<string> Terms(string? text)
    {
        var tokens = Tokens(text);
        var terms = tokens.Where(t => !StopWords.Contains(t)).ToList();
        return terms.Count > 0 ? terms : tokens;
    }

    /// <summary>
    /// A phrase's tokens in order, without articles and the like at either end ("the talks are moving" looks for
    /// "talks are moving"): the words inside keep the phrase exact, while an end word like "the" is in nearly every
    /// quote and makes FTS5 read its whole position list. Only these few go: "not" or "we" change what was said.
    /// A phrase of them alone keeps them.
    /// </summary>
    public static IReadOnlyList<string> PhraseTerms(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var first = 0;
        var last = tokens.Count - 1;
        while (first <= last && PhraseEnds.Contains(tokens[first]))
        {
            first++;
        }

        while (last >= first && PhraseEnds.Contains(tokens[last]))
        {
            last--;
        }

        return first > last ? tokens : tokens.Skip(first).Take(last - first + 1).ToList();
    }

    /// <returns>The MATCH expression, or null when the text has no searchable token.</returns>
    /// <param name="requireAll">True: every token must occur; false: any token may.</param>
    public static string? Build(string? text, bool requireAll)
    {
        var tokens = Tokens(text);
        return tokens.Count == 0 ? null : Match(tokens, requireAll);
    }

    /// <summary>
    /// A MATCH for text naming any of <paramref name="names"/>, each with all its words but the stop words:
    /// "Turkey" OR ("Republic" AND "Turkey"). Joining the names' words with OR instead would let "of" in
    /// "Republic of Turkey" match every article.
    /// </summary>
    /// <returns>The MATCH expression, or null when no name has a searchable token.</returns>
    public static string? AnyOf(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var clauses = names
            .Select(Terms)
            .Where(terms => terms.Count > 0)
            .Select(terms => terms.Count == 1 ? Match(terms, requireAll: true) : "(" + Match(terms, requireAll: true) + ")")
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return clauses.Count == 0 ? null : string.Join(" OR ", clauses);
    }

    /// <summary>A MATCH expression over tokens from <see cref="Tokens"/> or <see cref="Terms"/>.</summary>
    public static string Match(IEnumerable<string> tokens, bool requireAll)
    {
        // Tokens hold only letters, digits and marks, but doubling quotes keeps this safe if that ever changes.
        var quoted = tokens.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        return string.Join(requireAll ? " AND " : " OR ", quoted);
    }

    private static readonly HashSet<string> StopWords = LoadStopWords();

    private static readonly HashSet<string> PhraseEnds = new(["the", "a", "an", "and", "of", "to", "in", "that"], StringComparer.OrdinalIgnoreCase);

    private static HashSet<string> LoadStopWords()
    {
        using var stream = typeof(FtsQuery).Assembly.GetManifestResourceStream("BriefingBot.StorageData.search-stop-words.txt")
            ?? throw new InvalidOperationException("The embedded search stop word list is missing.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (!line.StartsWith('#'))
            {
                words.UnionWith(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return words;
    }
}
