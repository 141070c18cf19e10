using BriefingBot.Core.Archive;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>The read side: look-ups by id, speaker and name, full-text search, the latest articles.</summary>
public sealed partial class SqliteArticleStore
{
    // A caller asking for more than this gets this many; it keeps one question from reading the whole archive.
    private const int MaxLimit = 1_000;

    // The public reads go through the read cache (when on); each key names the read and all its arguments.

    public Task<IReadOnlyList<StoredQuote>> FindQuotesBySpeakerAsync(string speakerName, int limit, CancellationToken cancellationToken = default) =>
        _cache is null
            ? ReadQuotesBySpeakerAsync(speakerName, limit, cancellationToken)
            : _cache.QuotesAsync(Key("speaker", speakerName, limit), () => ReadQuotesBySpeakerAsync(speakerName, limit, cancellationToken));

    public Task<IReadOnlyList<StoredPerson>> FindPeopleAsync(string name, int limit, CancellationToken cancellationToken = default) =>
        _cache is null
            ? ReadPeopleAsync(name, limit, cancellationToken)
            : _cache.ValueAsync(Key("people", name, limit), () => ReadPeopleAsync(name, limit, cancellationToken), people => people.Sum(p => (long)p.FullName.Length + (p.Role?.Length ?? 0) + 64) * 2);

    /// <remarks>Articles with every word first; when none has them all, articles with any of them.</remarks>
    public Task<IReadOnlyList<StoredArticle>> SearchArticlesAsync(string query, int limit, CancellationToken cancellationToken = default) =>
        _cache is null
            ? SearchAsync(FullTextIndex.Articles, query, limit, reader => RowReader.Article(reader), cancellationToken)
            : _cache.ArticlesAsync(Key("search-articles", query, limit), () => SearchAsync(FullTextIndex.Articles, query, limit, reader => RowReader.Article(reader), cancellationToken));

    /// <remarks>Quotes with every word first; when none has them all, quotes with any of them.</remarks>
    public Task<IReadOnlyList<StoredQuote>> SearchQuotesAsync(string query, int limit, CancellationToken cancellationToken = default) =>
        _cache is null
            ? SearchAsync(FullTextIndex.Quotes, query, limit, RowReader.Quote, cancellationToken)
            : _cache.QuotesAsync(Key("search-quotes", query, limit), () => SearchAsync(FullTextIndex.Quotes, query, limit, RowReader.Quote, cancellationToken));

    public Task<IReadOnlyList<StoredQuote>> LatestQuotesAsync(int limit, CancellationToken cancellationToken = default) =>
        _cache is null
            ? ReadLatestQuotesAsync(limit, cancellationToken)
            : _cache.QuotesAsync(Key("latest-quotes", string.Empty, limit), () => ReadLatestQuotesAsync(limit, cancellationToken));

    public Task<StoredArticle?> GetArticleAsync(long id, CancellationToken cancellationToken = default) =>
        _cache is null
            ? ReadArticleAsync(id, cancellationToken)
            : _cache.ArticleAsync(Key("article", string.Empty, id), () => ReadArticleAsync(id, cancellationToken));

    public Task<IReadOnlyList<StoredArticle>> LatestArticlesAsync(int limit, CancellationToken cancellationToken = default) =>
        _cache is null
            ? ReadLatestArticlesAsync(limit, cancellationToken)
            : _cache.ArticlesAsync(Key("latest-articles", string.Empty, limit), () => ReadLatestArticlesAsync(limit, cancellationToken));

    public Task<int> CountArticlesAsync(CancellationToken cancellationToken = default) =>
        _cache is null
            ? ReadArticleCountAsync(cancellationToken)
            : _cache.ValueAsync(Key("count", string.Empty, 0), () => ReadArticleCountAsync(cancellationToken), _ => 8);

    private static string Key(string read, string? text, long number) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{read}\u0001{number}\u0001{text}");

    private Task<IReadOnlyList<StoredQuote>> ReadQuotesBySpeakerAsync(string speakerName, int limit, CancellationToken cancellationToken) =>
        ReadByNameAsync(speakerName, limit, "s.key", "$speakerFts", QuoteSql.FindBySpeaker, ReadQuotesAsync, cancellationToken);

    private Task<IReadOnlyList<StoredPerson>> ReadPeopleAsync(string name, int limit, CancellationToken cancellationToken) =>
        ReadByNameAsync(name, limit, "p.name_key", "$nameFts", PersonSql.FindByName, (command, max, token) => ReadAllAsync(command, max, RowReader.Person, token), cancellationToken);

    /// <summary>
    /// Rows whose name key holds every token of <paramref name="name"/> (<see cref="NameMatchSql.AllTokens"/>),
    /// narrowed first by the names' full-text index when the name has a token to look up there.
    /// </summary>
    /// <param name="sql">The statement for a match condition over <paramref name="keyColumn"/>; true when <paramref name="ftsParameter"/> narrows it.</param>
    private async Task<IReadOnlyList<T>> ReadByNameAsync<T>(
        string name,
        int limit,
        string keyColumn,
        string ftsParameter,
        Func<string, bool, string> sql,
        Func<SqliteCommand, int, CancellationToken, Task<IReadOnlyList<T>>> read,
        CancellationToken cancellationToken)
    {
        if (limit <= 0)
        {
            return [];
        }

        await using var connection = _database.OpenConnection();
        await using var command = connection.CreateCommand();
        var match = NameMatchSql.AllTokens(keyColumn, name, command);
        if (match is null)
        {
            return [];
        }

        var candidates = NameMatchSql.SpeakerCandidates(name);
        if (candidates is not null)
        {
            command.Parameters.AddWithValue(ftsParameter, candidates);
        }

        command.CommandText = sql(match, candidates is not null);
        return await read(command, limit, cancellationToken);
    }

    private async Task<IReadOnlyList<StoredQuote>> ReadLatestQuotesAsync(int limit, CancellationToken cancellationToken)
    {
        if (limit <= 0)
        {
            return [];
        }

        await using var connection = _database.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = QuoteSql.Latest;
        return await ReadQuotesAsync(command, limit, cancellationToken);
    }

    private async Task<StoredArticle?> ReadArticleAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = _database.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = ArticleSql.GetById;
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? RowReader.Article(reader) : null;
    }

    private async Task<IReadOnlyList<StoredArticle>> ReadLatestArticlesAsync(int limit, CancellationToken cancellationToken)
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

    private async Task<int> ReadArticleCountAsync(CancellationToken cancellationToken)
    {
        await using var connection = _database.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = ArticleSql.Count;
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Task<IReadOnlyList<StoredQuote>> ReadQuotesAsync(SqliteCommand command, int limit, CancellationToken cancellationToken)
    {
        var articles = new Dictionary<long, StoredArticle>();
        return ReadAllAsync(command, limit, reader => RowReader.Quote(reader, articles), cancellationToken);
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
