using Microsoft.Data.Sqlite;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>
/// Full-text search that stays fast on a large archive: stop words are left out, every word is required first
/// and any word after, words most of the archive has are dropped from the "any word" retry, and a search that
/// would still match thousands of rows is served newest first instead of ranking every match with bm25.
/// </summary>
public sealed partial class SqliteArticleStore
{
    // Above this many matches, bm25 over every match costs more than ~5 ms; newest first costs almost nothing.
    private const int RankCap = 5_000;

    private async Task<IReadOnlyList<T>> SearchAsync<T>(
        FullTextIndex index, string query, int limit, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        var terms = FtsQuery.Terms(query);
        if (limit <= 0 || terms.Count == 0)
        {
            return [];
        }

        await using var connection = _database.OpenConnection();
        var matches = new int[terms.Count];
        for (var i = 0; i < terms.Count; i++)
        {
            matches[i] = await CountMatchesAsync(connection, index, terms[i], cancellationToken);
        }

        // Every word, when every word occurs somewhere.
        if (matches.All(m => m > 0))
        {
            var results = await SearchWithAsync(connection, index, terms, requireAll: true, ranked: matches.Min() <= RankCap, limit, read, cancellationToken);
            if (results.Count > 0 || terms.Count == 1)
            {
                return results;
            }
        }

        // Any word, leaving out the words too common to say anything when rarer ones are there.
        var present = terms.Select((term, i) => (Term: term, Matches: matches[i])).Where(t => t.Matches > 0).ToList();
        if (present.Count == 0)
        {
            return [];
        }

        var telling = present.Where(t => t.Matches <= RankCap).ToList();
        if (telling.Count == 0)
        {
            telling = [present.MinBy(t => t.Matches)];
        }

        return await SearchWithAsync(
            connection, index, telling.Select(t => t.Term), requireAll: false, ranked: telling.Sum(t => (long)t.Matches) <= RankCap, limit, read, cancellationToken);
    }

    private static async Task<IReadOnlyList<T>> SearchWithAsync<T>(
        SqliteConnection connection, FullTextIndex index, IEnumerable<string> terms, bool requireAll, bool ranked, int limit,
        Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = ranked ? index.Ranked : index.Newest;
        command.Parameters.AddWithValue("$query", FtsQuery.Match(terms, requireAll));
        // Near copies are dropped after the candidates are picked; a few times the limit leaves room for them.
        command.Parameters.AddWithValue("$candidates", (Math.Min(limit, MaxLimit) * 4) + 20);
        return await ReadAllAsync(command, limit, read, cancellationToken);
    }

    /// <returns>How many rows of the index have <paramref name="term"/>, up to <see cref="RankCap"/> + 1.</returns>
    private static async Task<int> CountMatchesAsync(SqliteConnection connection, FullTextIndex index, string term, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = index.CountMatches;
        command.Parameters.AddWithValue("$query", FtsQuery.Match([term], requireAll: true));
        command.Parameters.AddWithValue("$cap", RankCap + 1);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed record FullTextIndex(string Ranked, string Newest, string CountMatches)
    {
        public static readonly FullTextIndex Articles = new(ArticleSql.Search, ArticleSql.SearchNewest, ArticleSql.CountMatches);

        public static readonly FullTextIndex Quotes = new(QuoteSql.Search, QuoteSql.SearchNewest, QuoteSql.CountMatches);
    }
}
