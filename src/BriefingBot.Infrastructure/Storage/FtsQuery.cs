using System.Text;
using System.Text.RegularExpressions;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>
/// Turns what a user typed into an FTS5 MATCH expression that cannot be a syntax error: the text is cut
/// into letter/digit tokens and each becomes a quoted string, so AND, NEAR, *, quotes and brackets
/// are just words or nothing.
/// </summary>
public static partial class FtsQuery
{
    // Bounds the work one question can cause.
    private const int MaxTokens = 32;

    /// <summary>
    /// The letter/digit tokens of <paramref name="text"/>, distinct, at most 32. An initialism ("U.S.", "U.N.") is
    /// one token of its letters with spaces ("U S"), which <see cref="Match"/> quotes into a phrase: FTS5 indexes
    /// "U.S." as "u" then "s", and the letters alone would match every "U.N." and, "s" being a stop word, more.
    /// </summary>
    public static IReadOnlyList<string> Tokens(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        return TokenPattern().Matches(text.Normalize(NormalizationForm.FormC))
            .Select(m => m.Groups["initialism"].Success ? string.Join(' ', m.Value.Split('.', StringSplitOptions.RemoveEmptyEntries)) : m.Value)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxTokens)
            .ToList();
    }

    // Marks (accents written as combining characters) belong to the token they follow, never start one. An
    // initialism holds at most 8 letters: a phrase of thousands of one-letter words ("a.b.c.…") took FTS5 seconds.
    [GeneratedRegex(@"(?<initialism>(?<![\p{L}\p{N}.])\p{L}(?:\.\p{L}){1,7}\.?(?![\p{L}\p{N}]))|[\p{L}\p{N}][\p{L}\p{N}\p{Mn}\p{Mc}]*")]
    private static partial Regex TokenPattern();

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
        // Tokens hold only letters, digits, marks and an initialism's spaces, but doubling quotes keeps this safe if that ever changes.
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
