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
}
