using BriefingBot.Core.Archive;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>The read side: look-ups by id, speaker and name, full-text search, the latest articles.</summary>
public sealed partial class SqliteArticleStore
{
    // A caller asking for more than this gets this many; it keeps one question from reading the whole archive.
    private const int MaxLimit = 1_000;

    public async Task<IReadOnlyList<StoredQuote>> FindQuotesBySpeakerAsync(string speakerName, int limit, CancellationToken cancellationToken = default)
    {
        if (limit <= 0)
        {
            return [];
        }

        await using var connection = _database.OpenConnection();
        await using var command = connection.CreateCommand();
        var match = NameMatchSql.AllTokens("q.speaker_key", speakerName, command);
        if (match is null)
        {
            return [];
        }

        var candidates = NameMatchSql.SpeakerCandidates(speakerName);
        if (candidates is not null)
        {
            command.Parameters.AddWithValue("$speakerFts", candidates);
        }

        command.CommandText = QuoteSql.FindBySpeaker(match, narrowed: candidates is not null);
        return await ReadAllAsync(command, limit, RowReader.Quote, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredPerson>> FindPeopleAsync(string name, int limit, CancellationToken cancellationToken = default)
    {
        if (limit <= 0)
        {
            return [];
        }

        await using var connection = _database.OpenConnection();
        await using var command = connection.CreateCommand();
        var match = NameMatchSql.AllTokens("p.name_key", name, command);
        if (match is null)
        {
            return [];
        }

        command.CommandText = PersonSql.FindByName(match);
        return await ReadAllAsync(command, limit, RowReader.Person, cancellationToken);
    }

    /// <remarks>Articles with every word first; when none has them all, articles with any of them.</remarks>
    public Task<IReadOnlyList<StoredArticle>> SearchArticlesAsync(string query, int limit, CancellationToken cancellationToken = default) =>
        SearchAsync(ArticleSql.Search, query, limit, reader => RowReader.Article(reader), cancellationToken);

    /// <remarks>Quotes with every word first; when none has them all, quotes with any of them.</remarks>
    public Task<IReadOnlyList<StoredQuote>> SearchQuotesAsync(string query, int limit, CancellationToken cancellationToken = default) =>
        SearchAsync(QuoteSql.Search, query, limit, RowReader.Quote, cancellationToken);

    public async Task<IReadOnlyList<StoredQuote>> LatestQuotesAsync(int limit, CancellationToken cancellationToken = default)
    {
        if (limit <= 0)
        {
            return [];
        }

        await using var connection = _database.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = QuoteSql.Latest;
        return await ReadAllAsync(command, limit, RowReader.Quote, cancellationToken);
    }

    public async Task<StoredArticle?> GetArticleAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = ArticleSql.GetById;
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? RowReader.Article(reader) : null;
    }

    public async Task<IReadOnlyList<StoredArticle>> LatestArticlesAsync(int limit, CancellationToken cancellationToken = default)
    {
        if (limit <= 0)
        {
            return [];
        }

        await using var connection = _database.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = ArticleSql.Latest;
        return await ReadAllAsync(command, limit, reader => RowReader.Article(reader), cancellationToken);
    }

    public async Task<int> CountArticlesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = _database.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = ArticleSql.Count;
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<IReadOnlyList<T>> SearchAsync<T>(
        string sql, string query, int limit, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        if (limit <= 0)
        {
            return [];
        }

        // With one word "all" and "any" are the same query; only retry when there is something to relax.
        var modes = FtsQuery.Tokens(query).Count > 1 ? new[] { true, false } : [true];
        await using var connection = _database.OpenConnection();
        foreach (var requireAll in modes)
        {
            var match = FtsQuery.Build(query, requireAll);
            if (match is null)
            {
                return [];
            }

            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$query", match);
            var results = await ReadAllAsync(command, limit, read, cancellationToken);
            if (results.Count > 0)
            {
                return results;
            }
        }

        return [];
    }

    private static async Task<IReadOnlyList<T>> ReadAllAsync<T>(
        SqliteCommand command, int limit, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        command.Parameters.AddWithValue("$limit", Math.Min(limit, MaxLimit));
        var results = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            results.Add(read(reader));
        }

        return results;
    }
}
