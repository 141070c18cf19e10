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
    private readonly NearDuplicateIndex _nearDuplicates;

    public SqliteArticleStore(IOptions<StorageOptions> options, ILogger<SqliteArticleStore> logger)
        : this(options.Value, logger)
    {
    }

    /// <param name="logger">Where background WAL checkpoint failures are reported; none when null.</param>
    /// <exception cref="StorageException">The data folder or database cannot be created, opened or migrated.</exception>
    public SqliteArticleStore(StorageOptions options, ILogger? logger = null)
    {
        _database = SqliteDatabase.Open(options);
        try
        {
            _nearDuplicates = NearDuplicateIndex.Open(_database.DatabasePath, options.BusyTimeoutMilliseconds, logger ?? NullLogger.Instance);
        }
        catch
        {
            _database.ReleaseConnections();
            throw;
        }

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
                return await SaveInOneTransactionAsync(connection, articles, bulk, cancellationToken);
            }

            return await _bulkWriter.RunAsync(connection => SaveInOneTransactionAsync(connection, articles, bulk, cancellationToken), cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw new StorageException($"Could not save {what} to '{_database.DatabasePath}': {ex.Message}", ex);
        }
    }

    /// <param name="bulk">
    /// The index's commit (and the WAL checkpoints SQLite runs with it) then happens on another thread after the
    /// batch returns: at 100,000 articles it took a sixth of the time. The next batch's indexing waits for it, so
    /// every batch still sees the ones before; a single save commits before it returns.
    /// </param>
    private async Task<IReadOnlyList<SaveResult>> SaveInOneTransactionAsync(
        SqliteConnection connection, IReadOnlyList<PreparedArticle> articles, bool bulk, CancellationToken cancellationToken)
    {
        // IMMEDIATE: the duplicate check and the insert see the same database, even with two ingestors.
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var statements = new TransactionStatements(connection, transaction);
        var plan = await PlanAsync(statements, articles, cancellationToken);

        // The near-duplicate index is another file, so it is written on its own connection while the articles are
        // inserted here: SQLite has one writer per file, and fingerprinting was over a third of the writer's CPU.
        var toIndex = new List<(long Id, uint[] Signature)>();
        for (var i = 0; i < articles.Count; i++)
        {
            if (plan[i].IsNew && articles[i].Signature is { } signature)
            {
                toIndex.Add((plan[i].Id, signature));
            }
        }

        // Set on the indexing thread once this save holds the index's write; read only after that task ended.
        var began = false;
        Task<IReadOnlyList<(long Id, long Original, double Similarity)>>? indexing = null;
        var results = new List<SaveResult>(articles.Count);
        try
        {
            indexing = toIndex.Count == 0 ? null : Task.Run(
                async () =>
                {
                    // Here, not before the inserts: the previous batch's index commit may still be running.
                    await _nearDuplicates.BeginAsync(cancellationToken);
                    began = true;
                    return await _nearDuplicates.IndexAsync(toIndex, cancellationToken);
                },
                CancellationToken.None);
            for (var i = 0; i < articles.Count; i++)
            {
                results.Add(plan[i].IsNew
                    ? await InsertInTransactionAsync(statements, articles[i], plan[i].Id, cancellationToken)
                    : await AlreadyStoredAsync(statements, plan[i].Id, cancellationToken));
            }

            if (indexing is not null)
            {
                var links = await indexing;
                indexing = null;
                foreach (var (id, original, similarity) in links)
                {
                    // In id order, so an original linked earlier in this batch already has its link to resolve through.
                    var link = statements.For(NearDuplicateSql.InsertLink);
                    link.Parameters.AddWithValue("$id", id);
                    link.Parameters.AddWithValue("$original", original);
                    link.Parameters.AddWithValue("$similarity", similarity);
                    await link.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            // Last chance to back out: after Commit every article is stored whole.
            cancellationToken.ThrowIfCancellationRequested();
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            if (indexing is not null)
            {
                // The index connection is in use until its work stops; only then can it be rolled back.
                try
                {
                    await indexing;
                }
                catch (Exception)
                {
                    // The save already failed and says why; this is the same failure or a consequence of it.
                }
            }

            if (began)
            {
                _nearDuplicates.Rollback();
            }

            throw;
        }

        if (began)
        {
            if (bulk)
            {
                _nearDuplicates.CommitInBackground();
            }
            else
            {
                _nearDuplicates.Commit();
            }
        }

        return results;
    }

    /// <summary>
    /// Decides, before anything is written, which articles are new and their ids: an article already in the
    /// archive, or repeating an earlier one of this batch (same canonical URL or text), is "already stored" as
    /// the earliest such; new ones get the ids SQLite would give them, which the write lock keeps free.
    /// </summary>
    private static async Task<(long Id, bool IsNew)[]> PlanAsync(
        TransactionStatements statements, IReadOnlyList<PreparedArticle> articles, CancellationToken cancellationToken)
    {
        var plan = new (long Id, bool IsNew)[articles.Count];
        var next = (long)(await statements.For(ArticleSql.NextId).ExecuteScalarAsync(cancellationToken))!;
        var byUrl = new Dictionary<string, long>(StringComparer.Ordinal);
        var byHash = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var article = articles[i];
            if (await FindDuplicateAsync(statements, article.CanonicalUrl, article.ContentHash, cancellationToken) is { } stored)
            {
                plan[i] = (stored, false);
                continue;
            }

            var earlier = long.MaxValue;
            if (article.CanonicalUrl is { } url && byUrl.TryGetValue(url, out var sameUrl))
            {
                earlier = sameUrl;
            }

            if (byHash.TryGetValue(article.ContentHash, out var sameText))
            {
                earlier = Math.Min(earlier, sameText);
            }

            if (earlier != long.MaxValue)
            {
                plan[i] = (earlier, false);
                continue;
            }

            var id = next++;
            plan[i] = (id, true);
            if (article.CanonicalUrl is { } newUrl)
            {
                byUrl[newUrl] = id;
            }

            byHash[article.ContentHash] = id;
        }

        return plan;
    }

    private static async Task<SaveResult> AlreadyStoredAsync(TransactionStatements statements, long id, CancellationToken cancellationToken)
    {
        var quoteCount = await CountAsync(statements, QuoteSql.CountForArticle, id, cancellationToken);
        var peopleCount = await CountAsync(statements, PersonSql.CountForArticle, id, cancellationToken);
        return new SaveResult(id, AlreadyStored: true, quoteCount, peopleCount);
    }

    private static async Task<SaveResult> InsertInTransactionAsync(
        TransactionStatements statements, PreparedArticle article, long articleId, CancellationToken cancellationToken)
    {
        var (document, analysis) = (article.Document, article.Analysis);
        var ingestedAt = DateTimeOffset.UtcNow;
        await InsertArticleAsync(statements, articleId, document, article.Title, article.CanonicalUrl, article.ContentHash, article.Summary, analysis.PipelineVersion, ingestedAt, cancellationToken);
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
        _nearDuplicates.Dispose();
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

    private static async Task InsertArticleAsync(
        TransactionStatements statements, long articleId, ArticleDocument document, string title, string? canonicalUrl,
        string contentHash, IReadOnlyList<string> summary, int pipelineVersion, DateTimeOffset ingestedAt, CancellationToken cancellationToken)
    {
        var command = statements.For(ArticleSql.Insert);
        command.Parameters.AddWithValue("$id", articleId);
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
        await command.ExecuteNonQueryAsync(cancellationToken);
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
