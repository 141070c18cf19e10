using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>
/// The near-duplicate fingerprints and bands, in their own SQLite file next to the archive (issue 6). SQLite lets
/// one writer at a time write a file, and fingerprinting was over a third of the single writer's CPU (thread time
/// at 30,000 synthetic articles); in a file of its own it is written on its own connection while the articles are inserted into the
/// main file. The links themselves stay in the main file, which the reads join.
/// <para>
/// A save writes both in its own transactions: the main one commits first, then this one. A crash in between
/// leaves articles stored but not offered as originals to later copies; a failed commit here only logs that.
/// </para>
/// </summary>
internal sealed class NearDuplicateIndex : IDisposable
{
    public const string FileName = "near-duplicates.db";

    // Bands are looked up and inserted at random; the whole file is 60 MB at 100,000 synthetic articles.
    private const int CacheKibibytes = 64 * 1024;

    // The band count is fixed, so the candidate query is built once, not on every save. Each band gives at most
    // its earliest CandidatesPerBand articles (the primary key keeps a bucket in id order, so no sort): a bucket
    // that many articles share is boilerplate, and comparing all of it made every save slower as the archive grew
    // (synthetic articles at 100,000: about 300 candidates and 1.8 ms per save, most of the writer's time).
    private static readonly string CandidatesSql = $"""
        SELECT f.article_id, f.signature FROM fingerprints f
        WHERE f.article_id IN ({string.Join(" UNION ALL ", Enumerable.Range(0, NearDuplicates.Bands).Select(i =>
            $"SELECT * FROM (SELECT b.article_id FROM bands b WHERE b.band = {i} AND b.value = $v{i} ORDER BY b.article_id LIMIT {NearDuplicates.CandidatesPerBand})"))})
        ORDER BY f.article_id;
        """;

    // All of an article's bands in one statement: sixteen executions, each binding its parameters anew, cost the
    // writer more than the rows themselves.
    private static readonly string InsertBandsSql =
        $"INSERT OR IGNORE INTO bands (band, value, article_id) VALUES {string.Join(", ", Enumerable.Range(0, NearDuplicates.Bands).Select(i => $"({i}, $v{i}, $id)"))};";

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS fingerprints (
            article_id INTEGER PRIMARY KEY,
            signature  BLOB    NOT NULL   -- 64 little-endian uint32 minimums
        );
        CREATE TABLE IF NOT EXISTS bands (
            band       INTEGER NOT NULL,
            value      INTEGER NOT NULL,
            article_id INTEGER NOT NULL,
            PRIMARY KEY (band, value, article_id)
        ) WITHOUT ROWID;
        """;

    private readonly SqliteConnection _connection;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SqliteTransaction? _transaction;
    private bool _disposed;

    private NearDuplicateIndex(string path, SqliteConnection connection, ILogger logger)
    {
        Path = path;
        _connection = connection;
        _logger = logger;
    }

    public string Path { get; }

    /// <summary>Opens (or creates) the file next to <paramref name="mainDatabasePath"/>, importing the main file's old tables once.</summary>
    /// <exception cref="StorageException">The file cannot be opened or set up.</exception>
    public static NearDuplicateIndex Open(string mainDatabasePath, int busyTimeoutMilliseconds, ILogger logger)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(mainDatabasePath)!, FileName);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = Math.Max(1, busyTimeoutMilliseconds / 1000),
        }.ToString());
        try
        {
            connection.Open();
            Execute(connection, $"PRAGMA journal_mode = WAL; {SqliteDatabase.ConnectionSettings(busyTimeoutMilliseconds)} PRAGMA cache_size = -{CacheKibibytes};");
            Execute(connection, Schema);
            ImportOnce(connection, mainDatabasePath);
            return new NearDuplicateIndex(path, connection, logger);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StorageException($"Cannot open the near-duplicate index '{path}': {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Waits for this file's write (one save at a time in this process) and begins it. The caller must then call
    /// <see cref="Commit"/> or <see cref="Rollback"/>, whatever happens in between.
    /// </summary>
    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _transaction = _connection.BeginTransaction(deferred: false);
        }
        catch
        {
            _gate.Release();
            throw;
        }
    }

    /// <summary>
    /// In the write <see cref="BeginAsync"/> began, for each article in order, finds the earliest stored article it nearly
    /// copies (among those stored before it, this batch's earlier ones included) and stores its fingerprint and
    /// bands. Nothing is committed: the caller calls <see cref="Commit"/> or <see cref="Rollback"/> after its own
    /// transaction.
    /// </summary>
    /// <returns>The links found: the article, the stored article it copies (not yet resolved to that one's original), their similarity.</returns>
    public async Task<IReadOnlyList<(long Id, long Original, double Similarity)>> IndexAsync(
        IReadOnlyList<(long Id, uint[] Signature)> articles, CancellationToken cancellationToken)
    {
        var transaction = _transaction ?? throw new InvalidOperationException("BeginAsync first.");
        var links = new List<(long, long, double)>();
        await using var statements = new TransactionStatements(_connection, transaction);
        if (articles.Count > 0)
        {
            // New ids start past the main file's last article, so a fingerprint at or past the first is not of an
            // article the archive holds (this file outlived a restored or replaced main file): forget it before it is
            // compared. Its bands may stay: candidates come only through fingerprints, and a new article taking the id
            // is compared on its own signature. Normally this deletes nothing and costs one seek.
            var stale = statements.For("DELETE FROM fingerprints WHERE article_id >= $first;");
            stale.Parameters.AddWithValue("$first", articles[0].Id); // ids come in ascending order
            await stale.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var (id, signature) in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bands = NearDuplicates.BandValues(signature);
            var (original, similarity) = await BestCandidateAsync(statements, signature, bands, cancellationToken);
            if (original is { } originalId)
            {
                links.Add((id, originalId, similarity));
            }

            var fingerprint = statements.For("INSERT OR REPLACE INTO fingerprints (article_id, signature) VALUES ($id, $signature);");
            fingerprint.Parameters.AddWithValue("$id", id);
            fingerprint.Parameters.AddWithValue("$signature", NearDuplicates.ToBytes(signature));
            await fingerprint.ExecuteNonQueryAsync(cancellationToken);

            var band = statements.For(InsertBandsSql);
            band.Parameters.AddWithValue("$id", id);
            for (var i = 0; i < bands.Length; i++)
            {
                band.Parameters.AddWithValue($"$v{i}", bands[i]);
            }

            await band.ExecuteNonQueryAsync(cancellationToken);
        }

        return links;
    }

    /// <summary>Commits what <see cref="IndexAsync"/> wrote. A failure is logged, not thrown: the main file already holds the articles.</summary>
    public void Commit()
    {
        try
        {
            _transaction?.Commit();
        }
        catch (SqliteException ex)
        {
            _logger.LogWarning(
                "The near-duplicate index '{Path}' could not be committed (SQLite code {Code}: {Message}); the articles just stored will not be found as originals of later copies.",
                Path, ex.SqliteErrorCode, ex.Message);
            TryRollback();
        }
        finally
        {
            EndTransaction();
        }
    }

    /// <summary>
    /// <see cref="Commit"/> on another thread. The next <see cref="BeginAsync"/> (and <see cref="Dispose"/>) waits
    /// for it, so no save indexes without seeing the saves before it.
    /// </summary>
    public void CommitInBackground() => _ = Task.Run(() =>
    {
        try
        {
            Commit();
        }
        catch (Exception ex)
        {
            // Nothing awaits this task; the main file already holds the articles.
            _logger.LogWarning(ex, "Committing the near-duplicate index '{Path}' failed.", Path);
        }
    });

    /// <summary>Undoes what <see cref="IndexAsync"/> wrote since <see cref="BeginAsync"/>.</summary>
    public void Rollback()
    {
        try
        {
            TryRollback();
        }
        finally
        {
            EndTransaction();
        }
    }

    public void Dispose()
    {
        _gate.Wait();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _connection.Dispose();
        }
        finally
        {
            _gate.Release();
        }
    }

    // The main file's article_fingerprints and article_bands (migration 0002) held this data before it had a file of its
    // own. They are copied here once, when this file is new (user_version 0); the old tables stay in the main file,
    // no longer written, so an older version of the bot opening the archive finds them as they were.
    private static void ImportOnce(SqliteConnection connection, string mainDatabasePath)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) >= 1)
        {
            return;
        }

        command.CommandText = "ATTACH DATABASE $path AS old;";
        command.Parameters.AddWithValue("$path", mainDatabasePath);
        command.ExecuteNonQuery();
        command.Parameters.Clear();
        try
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            command.Transaction = transaction;
            command.CommandText = """
                INSERT OR IGNORE INTO fingerprints (article_id, signature) SELECT article_id, signature FROM old.article_fingerprints;
                INSERT OR IGNORE INTO bands (band, value, article_id) SELECT band, value, article_id FROM old.article_bands;
                PRAGMA user_version = 1;
                """;
            command.ExecuteNonQuery();
            transaction.Commit();
            command.Transaction = null;
        }
        finally
        {
            command.CommandText = "DETACH DATABASE old;";
            command.ExecuteNonQuery();
        }
    }

    private static async Task<(long? Id, double Similarity)> BestCandidateAsync(
        TransactionStatements statements, uint[] signature, long[] bands, CancellationToken cancellationToken)
    {
        var command = statements.For(CandidatesSql);
        for (var i = 0; i < bands.Length; i++)
        {
            command.Parameters.AddWithValue($"$v{i}", bands[i]);
        }

        long? best = null;
        var bestSimilarity = 0.0;
        // Up to Bands x CandidatesPerBand candidates per save: each one's signature is read into one buffer
        // instead of two new arrays.
        var stored = new byte[NearDuplicates.SignatureLength * sizeof(uint)];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.GetBytes(1, 0, stored, 0, stored.Length) != stored.Length)
            {
                continue; // not a signature this version wrote; it cannot be compared
            }

            var similarity = NearDuplicates.Similarity(signature, stored);
            if (similarity >= NearDuplicates.LinkThreshold && similarity > bestSimilarity)
            {
                best = reader.GetInt64(0);
                bestSimilarity = similarity;
            }
        }

        return (best, bestSimilarity);
    }

    private void TryRollback()
    {
        try
        {
            _transaction?.Rollback();
        }
        catch (Exception ex) when (ex is SqliteException or InvalidOperationException)
        {
            _logger.LogWarning("Rolling back the near-duplicate index '{Path}' failed ({Message}).", Path, ex.Message);
        }
    }

    private void EndTransaction()
    {
        if (_transaction is null)
        {
            return;
        }

        _transaction.Dispose();
        _transaction = null;
        _gate.Release();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
