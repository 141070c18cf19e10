using System.Globalization;
using BriefingBot.Infrastructure.Fetching;
using BriefingBot.Infrastructure.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace BriefingBot.Infrastructure.Sources;

/// <summary>
/// Sources in the archive's SQLite file (same connection pool as the articles): what admins added, each
/// source's health, and which items each source has already delivered.
/// </summary>
public sealed class SqliteSourceStore
{
    private const int MaxRegionLength = 100;

    private readonly SqliteDatabase _database;
    private readonly SourceOptions _options;
    private readonly TimeProvider _time;

    public SqliteSourceStore(SqliteArticleStore articles, IOptions<SourceOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(articles);
        _database = articles.Database;
        _options = (options ?? throw new ArgumentNullException(nameof(options))).Value;
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>Adds a source, due for its first poll at once.</summary>
    /// <exception cref="SourceException">The URL is not an http(s) URL, the region is too long, or the source was already added.</exception>
    public async Task<Source> AddAsync(NewSource request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var url = ParseUrl(request.Url);
        var canonical = CanonicalUrl.Normalize(url.AbsoluteUri)!;
        var region = string.IsNullOrWhiteSpace(request.Region) ? null : request.Region.Trim();
        if (region is { Length: > MaxRegionLength })
        {
            throw new SourceException($"A region name is at most {MaxRegionLength} characters.");
        }

        var interval = request.Interval ?? _options.DefaultInterval;
        if (interval < _options.MinInterval || interval > _options.MaxInterval)
        {
            throw new SourceException($"The interval {PollInterval.Format(interval)} is outside the allowed range {PollInterval.Format(_options.MinInterval)} to {PollInterval.Format(_options.MaxInterval)}.");
        }

        var now = _time.GetUtcNow();
        await using var connection = _database.OpenConnection();
        await using var command = Command(connection, SourceSql.Insert);
        command.Parameters.AddWithValue("$url", url.AbsoluteUri);
        command.Parameters.AddWithValue("$canonicalUrl", canonical);
        command.Parameters.AddWithValue("$region", (object?)region ?? DBNull.Value);
        command.Parameters.AddWithValue("$intervalSeconds", (long)interval.TotalSeconds);
        command.Parameters.AddWithValue("$nextPoll", UtcText.From(now));
        command.Parameters.AddWithValue("$addedBy", request.AddedBy);
        command.Parameters.AddWithValue("$addedAt", UtcText.From(now));
        if (await command.ExecuteScalarAsync(cancellationToken) is not long id)
        {
            var existing = await ReadOneAsync(connection, SourceSql.FindByCanonicalUrl, "$canonicalUrl", canonical, cancellationToken);
            throw new SourceException($"{url.AbsoluteUri} is already source #{existing?.Id}.", SourceProblem.Conflict);
        }

        return (await GetAsync(id, cancellationToken))!;
    }

    public async Task<Source?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.OpenConnection();
        return await ReadOneAsync(connection, SourceSql.GetById, "$id", id, cancellationToken);
    }

    /// <summary>A source by its number ("3", "#3") or its URL (tracking parameters and trailing slashes do not matter).</summary>
    public async Task<Source?> FindAsync(string idOrUrl, CancellationToken cancellationToken = default)
    {
        var text = (idOrUrl ?? string.Empty).Trim().TrimStart('#');
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return await GetAsync(id, cancellationToken);
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url))
        {
            return null;
        }

        await using var connection = _database.OpenConnection();
        return await ReadOneAsync(connection, SourceSql.FindByCanonicalUrl, "$canonicalUrl", CanonicalUrl.Normalize(url.AbsoluteUri)!, cancellationToken);
    }

    public async Task<IReadOnlyList<Source>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = _database.OpenConnection();
        await using var command = Command(connection, SourceSql.List);
        return await ReadAllAsync(command, cancellationToken);
    }

    /// <summary>Unpaused sources whose next poll is at or before <paramref name="now"/>, the longest-waiting first.</summary>
    public async Task<IReadOnlyList<Source>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.OpenConnection();
        await using var command = Command(connection, SourceSql.Due);
        command.Parameters.AddWithValue("$now", UtcText.From(now));
        return await ReadAllAsync(command, cancellationToken);
    }

    /// <summary>When the next unpaused source is due, or null when there is none.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = _database.OpenConnection();
        await using var command = Command(connection, SourceSql.NextDue);
        return await command.ExecuteScalarAsync(cancellationToken) is string text ? UtcText.Parse(text) : null;
    }

    /// <returns>False when there is no such source. The articles it brought in stay in the archive.</returns>
    public async Task<bool> RemoveAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.OpenConnection();
        await using var command = Command(connection, SourceSql.Delete);
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    /// <returns>The source after the change, or null when there is no such source.</returns>
    public async Task<Source?> SetPausedAsync(long id, bool paused, CancellationToken cancellationToken = default)
    {
        await using (var connection = _database.OpenConnection())
        {
            await using var command = Command(connection, SourceSql.SetPaused);
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$paused", paused ? 1 : 0);
            command.Parameters.AddWithValue("$now", UtcText.From(_time.GetUtcNow()));
            if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return null;
            }
        }

        return await GetAsync(id, cancellationToken);
    }

    public async Task RecordPollAsync(long id, PollRecord poll, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(poll);
        await using var connection = _database.OpenConnection();
        await using var command = Command(connection, SourceSql.RecordPoll);
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$kind", poll.Kind is { } kind ? kind.ToString().ToLowerInvariant() : DBNull.Value);
        command.Parameters.AddWithValue("$title", (object?)poll.Title ?? DBNull.Value);
        command.Parameters.AddWithValue("$etag", (object?)poll.ETag ?? DBNull.Value);
        command.Parameters.AddWithValue("$lastModified", UtcText.FromNullable(poll.LastModified));
        command.Parameters.AddWithValue("$polledAt", UtcText.From(poll.PolledAt));
        command.Parameters.AddWithValue("$lastSuccess", UtcText.FromNullable(poll.Success));
        command.Parameters.AddWithValue("$lastError", (object?)poll.Error ?? DBNull.Value);
        command.Parameters.AddWithValue("$nextPoll", UtcText.From(poll.NextPoll));
        command.Parameters.AddWithValue("$failures", poll.ConsecutiveFailures);
        command.Parameters.AddWithValue("$backfilled", poll.Backfilled ? 1 : 0);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Whether the source already delivered the item with this key.</summary>
    public async Task<bool> HasSeenAsync(long sourceId, string itemKey, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.OpenConnection();
        await using var command = Command(connection, SourceSql.SeenKey);
        command.Parameters.AddWithValue("$sourceId", sourceId);
        command.Parameters.AddWithValue("$key", itemKey);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <summary>Records that the source delivered the item, and where the article came from, in one transaction.</summary>
    public async Task MarkSeenAsync(Source source, string itemKey, long articleId, string? language, bool quiet, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var now = UtcText.From(_time.GetUtcNow());
        await using var connection = _database.OpenConnection();
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using (var item = Command(connection, SourceSql.InsertItem, transaction))
        {
            item.Parameters.AddWithValue("$sourceId", source.Id);
            item.Parameters.AddWithValue("$key", itemKey);
            item.Parameters.AddWithValue("$articleId", articleId);
            item.Parameters.AddWithValue("$now", now);
            await item.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var origin = Command(connection, SourceSql.InsertOrigin, transaction))
        {
            origin.Parameters.AddWithValue("$articleId", articleId);
            origin.Parameters.AddWithValue("$sourceId", source.Id);
            origin.Parameters.AddWithValue("$region", (object?)source.Region ?? DBNull.Value);
            origin.Parameters.AddWithValue("$language", (object?)language ?? DBNull.Value);
            origin.Parameters.AddWithValue("$quiet", quiet ? 1 : 0);
            origin.Parameters.AddWithValue("$now", now);
            await origin.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Records an item that will never make an article (refused, no text), so later polls skip it.</summary>
    public async Task MarkSkippedAsync(long sourceId, string itemKey, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.OpenConnection();
        await using var item = Command(connection, SourceSql.InsertItem);
        item.Parameters.AddWithValue("$sourceId", sourceId);
        item.Parameters.AddWithValue("$key", itemKey);
        item.Parameters.AddWithValue("$articleId", DBNull.Value);
        item.Parameters.AddWithValue("$now", UtcText.From(_time.GetUtcNow()));
        await item.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The sources an article came through, first first.</summary>
    public async Task<IReadOnlyList<ArticleOrigin>> OriginsAsync(long articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.OpenConnection();
        await using var command = Command(connection, SourceSql.Origins);
        command.Parameters.AddWithValue("$articleId", articleId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var origins = new List<ArticleOrigin>();
        while (await reader.ReadAsync(cancellationToken))
        {
            origins.Add(new ArticleOrigin(
                reader.GetInt64(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetInt64(3) != 0,
                UtcText.Parse(reader.GetString(4))));
        }

        return origins;
    }

    /// <exception cref="SourceException">Not an absolute http(s) URL without credentials.</exception>
    public static Uri ParseUrl(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim().Trim('<', '>');
        if (trimmed.Length == 0)
        {
            throw new SourceException("A source needs a URL, like https://example.com/feed.xml.");
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var url))
        {
            throw new SourceException($"'{trimmed}' is not a URL; give the full address, like https://example.com/feed.xml.");
        }

        if (UrlSafety.WhyBadShape(url) is { } problem)
        {
            throw new SourceException($"{char.ToUpperInvariant(problem[0])}{problem[1..]}.");
        }

        return url;
    }

    private static async Task<Source?> ReadOneAsync(SqliteConnection connection, string sql, string name, object value, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql);
        command.Parameters.AddWithValue(name, value);
        var all = await ReadAllAsync(command, cancellationToken);
        return all.Count == 0 ? null : all[0];
    }

    private static async Task<IReadOnlyList<Source>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var sources = new List<Source>();
        while (await reader.ReadAsync(cancellationToken))
        {
            sources.Add(new Source(
                Id: reader.GetInt64(0),
                Url: reader.GetString(1),
                Kind: Enum.TryParse<SourceKind>(reader.GetString(2), ignoreCase: true, out var kind) ? kind : SourceKind.Unknown,
                Title: Text(reader, 3),
                Region: Text(reader, 4),
                Interval: TimeSpan.FromSeconds(reader.GetInt64(5)),
                Paused: reader.GetInt64(6) != 0,
                ETag: Text(reader, 7),
                LastModified: UtcText.ParseNullable(Text(reader, 8)),
                LastPolled: UtcText.ParseNullable(Text(reader, 9)),
                LastSuccess: UtcText.ParseNullable(Text(reader, 10)),
                LastError: Text(reader, 11),
                NextPoll: UtcText.Parse(reader.GetString(12)),
                ConsecutiveFailures: reader.GetInt32(13),
                Backfilled: reader.GetInt64(14) != 0,
                AddedBy: reader.GetString(15),
                AddedAt: UtcText.Parse(reader.GetString(16))));
        }

        return sources;
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
