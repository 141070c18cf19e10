using BriefingBot.Core.Text;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>
/// "Every token of the query is a token of the stored name key", in SQL: keys are single-spaced
/// NameKey forms, so padding both sides with spaces makes a whole-token search a substring search.
/// </summary>
internal static class NameMatchSql
{
    private const int MaxTokens = 8;

    /// <returns>The WHERE condition, or null when the query has no name token (nothing can match).</returns>
    public static string? AllTokens(string keyColumn, string? query, SqliteCommand command)
    {
        var tokens = NameKey.Tokens(query).Distinct().Take(MaxTokens).ToArray();
        if (tokens.Length == 0)
        {
            return null;
        }

        var conditions = new List<string>(tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            var parameter = $"$nameToken{i}";
            command.Parameters.AddWithValue(parameter, " " + tokens[i] + " ");
            conditions.Add($"instr(' ' || {keyColumn} || ' ', {parameter}) > 0");
        }

        return string.Join(" AND ", conditions);
    }

    /// <summary>
    /// An FTS5 MATCH over speakers_fts that every key passing <see cref="AllTokens"/> also passes:
    /// each token as a quoted phrase, so the index tokenizer cuts it exactly as it cut the stored key
    /// (where " token " is a substring, its pieces are consecutive tokens of the key).
    /// </summary>
    /// <returns>The MATCH expression, or null when no token has a letter or digit to index by.</returns>
    public static string? SpeakerCandidates(string? query)
    {
        var phrases = NameKey.Tokens(query).Distinct().Take(MaxTokens)
            .Where(t => t.Any(char.IsLetterOrDigit))
            .Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")
            .ToArray();
        return phrases.Length == 0 ? null : string.Join(" AND ", phrases);
    }
}
