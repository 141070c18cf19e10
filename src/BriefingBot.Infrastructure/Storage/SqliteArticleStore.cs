using BriefingBot.Core.Archive;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>
/// The archive in a SQLite file. Each call opens a pooled connection, so the store is safe to share
/// between threads; WAL lets reads run while an ingestion writes. The write side is in this file,
/// the read side in SqliteArticleStore.Reading.cs.
/// </summary>
public sealed partial class SqliteArticleStore : IArticleStore, IDisposable
{
    private readonly SqliteDatabase _database;
    private readonly ArchiveReadCache? _cache;
    private readonly BulkWriter _bulkWriter;

    public SqliteArticleStore(IOptions<StorageOptions> options, ILogger<SqliteArticleStore> logger)
        : this(options.Value, logger)
    {
    }

    /// <param name="logger">Where background WAL checkpoint failures are reported; none when null.</param>
    /// <exception cref="StorageException">The data folder or database cannot be created, opened or migrated.</exception>
    public SqliteArticleStore(StorageOptions options, ILogger? logger = null)
    {
        _database = SqliteDatabase.Open(options);
        _bulkWriter = new BulkWriter(_database, logger ?? NullLogger.Instance);
        _cache = options.ReadCacheMegabytes > 0 ? new ArchiveReadCache(_database, options.ReadCacheMegabytes * 1024L * 1024) : null;
    }

    public string DatabasePath => _database.DatabasePath;

    /// <summary>The read cache, or null when StorageOptions.ReadCacheMegabytes is 0.</summary>
    public ArchiveReadCache? ReadCache => _cache;

    /// <summary>The same file and connection pool, for the stores of sources and admin data.</summary>
    internal SqliteDatabase Database => _database;

    /// <summary>
    /// Stores the article, its people and its quotes in one transaction. A duplicate (same canonical URL
    /// or same normalized text) writes nothing and returns the stored article's id.
    /// </summary>
    public async Task<SaveResult> SaveAsync(ArticleDocument document, ArticleAnalysis analysis, CancellationToken cancellationToken = default)
    {
        // Computed before the write lock is taken: hashing and the near-duplicate signature are the costly part.
        var article = PreparedArticle.From(document, analysis);
        var results = await SaveInOneTransactionAsync([article], bulk: false, $"the article \"{article.Title}\"", cancellationToken);
        return results[0];
    }

    /// <summary>
    /// Stores many articles in one transaction, in order, each exactly as <see cref="SaveAsync"/> would (an
    /// article repeated within the batch is "already stored" the second time). A crash leaves the whole batch
    /// stored or none of it, so every article is still whole or absent. Bulk ingest uses it: one commit per
    /// article was most of the cost of storing an archive (issue 6).
    /// </summary>
    /// <exception cref="StorageException">The batch could not be stored; nothing of it was.</exception>
    public async Task<IReadOnlyList<SaveResult>> SaveAllAsync(
        IReadOnlyList<(ArticleDocument Document, ArticleAnalysis Analysis)> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var prepared = new PreparedArticle[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            prepared[i] = PreparedArticle.From(articles[i].Document, articles[i].Analysis));
        return await SaveInOneTransactionAsync(prepared, bulk: true, $"a batch of {articles.Count} articles", cancellationToken);
    }

    /// <param name="bulk">
    /// A batch touches far more pages than SQLite's default 2 MB cache holds (full-text segments, indexes), which
    /// it would otherwise read back from the WAL again and again. Bulk saves therefore run one at a time on the
    /// store's own writer connection (<see cref="BulkWriter"/>), whose big cache stays warm from one batch to the
    /// next; pooled connections, which readers share, keep SQLite's default.
    /// </param>
    /// <param name="what">Names what was being saved, for the error.</param>
    private async Task<IReadOnlyList<SaveResult>> SaveInOneTransactionAsync(
        IReadOnlyList<PreparedArticle> articles, bool bulk, string what, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            if (!bulk)
            {
                await using var connection = _database.OpenConnection();
                return await SaveInOneTransactionAsync(connection, articles, cancellationToken);
            }

            return await _bulkWriter.RunAsync(connection => SaveInOneTransactionAsync(connection, articles, cancellationToken), cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw new StorageException($"Could not save {what} to '{_database.DatabasePath}': {ex.Message}", ex);
        }
    }

    private static async Task<IReadOnlyList<SaveResult>> SaveInOneTransactionAsync(
        SqliteConnection connection, IReadOnlyList<PreparedArticle> articles, CancellationToken cancellationToken)
    {
        // IMMEDIATE: the duplicate check and the insert see the same database, even with two ingestors.
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var statements = new TransactionStatements(connection, transaction);
        var results = new List<SaveResult>(articles.Count);
        foreach (var article in articles)
        {
            results.Add(await SaveInTransactionAsync(statements, article, cancellationToken));
        }

        // Last chance to back out: after Commit every article is stored whole.
        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    private static async Task<SaveResult> SaveInTransactionAsync(
        TransactionStatements statements, PreparedArticle article, CancellationToken cancellationToken)
    {
        var existingId = await FindDuplicateAsync(statements, article.CanonicalUrl, article.ContentHash, cancellationToken);
        if (existingId is { } id)
        {
            var quoteCount = await CountAsync(statements, QuoteSql.CountForArticle, id, cancellationToken);
            var peopleCount = await CountAsync(statements, PersonSql.CountForArticle, id, cancellationToken);
            return new SaveResult(id, AlreadyStored: true, quoteCount, peopleCount);
        }

        var (document, analysis) = (article.Document, article.Analysis);
        var ingestedAt = DateTimeOffset.UtcNow;
        var articleId = await InsertArticleAsync(statements, document, article.Title, article.CanonicalUrl, article.ContentHash, article.Summary, analysis.PipelineVersion, ingestedAt, cancellationToken);
        var people = 0;
        foreach (var person in analysis.People)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await InsertPersonAsync(statements, articleId, person, cancellationToken);
            people++;
        }

        var quotes = 0;
        foreach (var quote in analysis.Quotes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await InsertQuoteAsync(statements, articleId, document.PublishedAt ?? ingestedAt, analysis, quote, cancellationToken);
            quotes++;
        }

        await NearDuplicateSql.FingerprintAndLinkAsync(statements, articleId, article.Signature, cancellationToken);
        await InsertPlacesAsync(statements, articleId, analysis.Places, cancellationToken);
        return new SaveResult(articleId, AlreadyStored: false, quotes, people);
    }

    /// <summary>What a save computes from the article before it takes the write lock.</summary>
    private sealed record PreparedArticle(
        ArticleDocument Document, ArticleAnalysis Analysis, string Title, string? CanonicalUrl, string ContentHash, IReadOnlyList<string> Summary, uint[]? Signature)
    {
        public static PreparedArticle From(ArticleDocument document, ArticleAnalysis analysis)
        {
            ArgumentNullException.ThrowIfNull(document);
            ArgumentNullException.ThrowIfNull(analysis);
            if (string.IsNullOrWhiteSpace(document.Body))
            {
                throw new ArgumentException("An article needs body text to be stored.", nameof(document));
            }

            return new PreparedArticle(
                document,
                analysis,
                string.IsNullOrWhiteSpace(document.Title) ? "(untitled)" : document.Title.Trim(),
                Storage.CanonicalUrl.Normalize(document.Url),
                Storage.ContentHash.Of(document.Body),
                QuoteContext.Summary(analysis),
                NearDuplicates.Signature(document.Body));
        }
    }

    public void Dispose()
    {
        _cache?.Dispose();
        _bulkWriter.Dispose();
        _database.ReleaseConnections();
    }

    private static async Task<long?> FindDuplicateAsync(
        TransactionStatements statements, string? canonicalUrl, string contentHash, CancellationToken cancellationToken)
    {
        var command = statements.For(ArticleSql.FindDuplicate);
        command.Parameters.AddWithValue("$canonicalUrl", (object?)canonicalUrl ?? DBNull.Value);
        command.Parameters.AddWithValue("$contentHash", contentHash);
        var result = await command.ExecuteScalarAsync(cancellationToken);
        return result is long id ? id : null;
    }

    private static async Task<int> CountAsync(
        TransactionStatements statements, string sql, long articleId, CancellationToken cancellationToken)
    {
        var command = statements.For(sql);
        command.Parameters.AddWithValue("$articleId", articleId);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<long> InsertArticleAsync(
        TransactionStatements statements, ArticleDocument document, string title, string? canonicalUrl,
        string contentHash, IReadOnlyList<string> summary, int pipelineVersion, DateTimeOffset ingestedAt, CancellationToken cancellationToken)
    {
        var command = statements.For(ArticleSql.Insert);
        command.Parameters.AddWithValue("$title", title);
        command.Parameters.AddWithValue("$body", document.Body);
        command.Parameters.AddWithValue("$author", Nullable(document.Author));
        command.Parameters.AddWithValue("$publishedAt", RowReader.FormatDate(document.PublishedAt));
        command.Parameters.AddWithValue("$sourceName", Nullable(document.SourceName));
        command.Parameters.AddWithValue("$url", Nullable(document.Url));
        command.Parameters.AddWithValue("$canonicalUrl", (object?)canonicalUrl ?? DBNull.Value);
        command.Parameters.AddWithValue("$contentHash", contentHash);
        command.Parameters.AddWithValue("$summary", RowReader.FormatSummary(summary));
        command.Parameters.AddWithValue("$pipelineVersion", pipelineVersion);
        command.Parameters.AddWithValue("$ingestedAt", RowReader.FormatDate(ingestedAt));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task InsertPersonAsync(
        TransactionStatements statements, long articleId, Person person, CancellationToken cancellationToken)
    {
        var command = statements.For(PersonSql.Insert);
        command.Parameters.AddWithValue("$articleId", articleId);
        command.Parameters.AddWithValue("$fullName", (object?)person.FullName ?? DBNull.Value);
        command.Parameters.AddWithValue("$nameKey", NameKey.Normalize(person.FullName));
        command.Parameters.AddWithValue("$title", Nullable(person.Title));
        command.Parameters.AddWithValue("$role", Nullable(person.Role));
        command.Parameters.AddWithValue("$kind", person.Kind.ToString());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task InsertQuoteAsync(
        TransactionStatements statements, long articleId, DateTimeOffset articleWhen, ArticleAnalysis analysis, Quote quote, CancellationToken cancellationToken)
    {
        var command = statements.For(QuoteSql.Insert);
        command.Parameters.AddWithValue("$articleId", articleId);
        command.Parameters.AddWithValue("$kind", quote.Kind.ToString());
        command.Parameters.AddWithValue("$text", (object?)quote.Text ?? DBNull.Value);
        command.Parameters.AddWithValue("$speakerName", Nullable(quote.SpeakerName));
        command.Parameters.AddWithValue("$speakerKey", NameKey.Normalize(quote.SpeakerName));
        command.Parameters.AddWithValue("$speakerRole", Nullable(quote.SpeakerRole));
        command.Parameters.AddWithValue("$importance", quote.Importance);
        command.Parameters.AddWithValue("$context", QuoteContext.For(analysis, quote));
        command.Parameters.AddWithValue("$sentenceIndex", quote.SentenceIndex);
        // The article's date (else the time it is stored), as the answers order by; set here, not by the insert
        // trigger, which would update every new quote of an undated article a second time.
        command.Parameters.AddWithValue("$articleWhen", RowReader.FormatDate(articleWhen));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static object Nullable(string? value) => string.IsNullOrWhiteSpace(value) ? DBNull.Value : value.Trim();
}
