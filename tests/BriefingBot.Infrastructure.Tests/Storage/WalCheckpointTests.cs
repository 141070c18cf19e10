using BriefingBot.Core.Articles;
using BriefingBot.Core.Understanding;
using BriefingBot.Infrastructure.Ingestion;
using BriefingBot.Infrastructure.Storage;
using BriefingBot.Infrastructure.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Infrastructure.Tests.Storage;

/// <summary>
/// Bulk ingest's WAL is checkpointed on a thread of its own (issue 6). The WAL must still start over while ingest
/// runs, stay bounded when a reader holds an old snapshot or the background checkpoint fails, and be truncated when
/// ingest ends; no save may fail or lose data because of any of it.
/// </summary>
public sealed class WalCheckpointTests : IDisposable
{
    // A batch of filler rows writes about 256 KB of pages to the WAL.
    private const int RowsPerBatch = 64;
    private const long RestartBytes = 1024 * 1024;
    private const long CapBytes = 4 * 1024 * 1024;

    private readonly TempFolder _folder = new();
    private readonly RecordingLogger _logger = new();
    private readonly SqliteDatabase _database;

    public WalCheckpointTests()
    {
        // A short busy timeout: the writer's checkpoint at the cap waits that long for a reader before giving up.
        _database = SqliteDatabase.Open(new StorageOptions { DataDirectory = _folder.Path, BusyTimeoutMilliseconds = 100 });
        using var connection = _database.OpenConnection(pooled: false);
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE filler (id INTEGER PRIMARY KEY, data BLOB NOT NULL);";
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _database.ReleaseConnections();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_bulk_ingest_leaves_every_article_stored_and_the_WAL_truncated_while_other_connections_stay_open()
    {
        var store = new SqliteArticleStore(_folder.StorageOptions());
        // The service's own connection stays open, so SQLite's checkpoint on closing the last connection does not run.
        await using var service = OpenReadOnly(store.DatabasePath);
        var synthetic = new SyntheticArticles();
        for (var batch = 0; batch < 3; batch++)
        {
            await store.SaveAllAsync(Enumerable.Range(batch * 100, 100).Select(i => Saved(synthetic.Create(i))).ToList());
        }

        Assert.True(WalBytes() > 0);
        store.Dispose();

        Assert.Equal(0, WalBytes());
        Assert.Equal(300L, await ScalarAsync(service, "SELECT count(*) FROM articles"));
        using var reopened = new SqliteArticleStore(_folder.StorageOptions());
        Assert.Equal(300, await reopened.CountArticlesAsync());
    }

    [Fact]
    public async Task The_WAL_starts_over_during_a_long_bulk_write_instead_of_growing_with_it()
    {
        long largestWal = 0;
        using (var writer = Writer(long.MaxValue))
        {
            for (var batch = 0; batch < 120; batch++)
            {
                await WriteBatchAsync(writer);
                largestWal = Math.Max(largestWal, WalBytes());
            }

            Assert.Equal(0, writer.Checkpointer!.Failures);
        }

        // Every page of the database went through the WAL, so a WAL that never started over would be at least the
        // database's size. How much smaller it stays depends on how far the checkpoint thread (which syncs the
        // files) lags a writer this fast: 3-12 MB of 30 MB on the shared test machine.
        var databaseBytes = new FileInfo(_database.DatabasePath).Length;
        Assert.True(databaseBytes > 24 * 1024 * 1024, $"database {databaseBytes} bytes");
        Assert.True(largestWal < databaseBytes * 3 / 4, $"WAL reached {largestWal} bytes for a {databaseBytes}-byte database");
        Assert.Equal(0, WalBytes());
        Assert.Equal(120L * RowsPerBatch, await CountRowsAsync());
    }

    [Fact]
    public async Task A_reader_holding_a_snapshot_keeps_it_while_bulk_writes_go_on_and_the_WAL_shrinks_once_it_lets_go()
    {
        using var writer = Writer(CapBytes);
        await WriteBatchAsync(writer);
        await using var reader = OpenReadOnly(_database.DatabasePath);
        await using (var snapshot = reader.BeginTransaction(deferred: true))
        {
            Assert.Equal((long)RowsPerBatch, await ScalarAsync(reader, "SELECT count(*) FROM filler", snapshot));

            // Enough to pass the cap several times over: the writer may not wait for the reader, nor fail.
            for (var batch = 0; batch < 40; batch++)
            {
                await WriteBatchAsync(writer);
            }

            Assert.True(WalBytes() > CapBytes, "the reader's snapshot should have kept the WAL from starting over");
            Assert.Equal((long)RowsPerBatch, await ScalarAsync(reader, "SELECT count(*) FROM filler", snapshot));
            Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("old snapshot", StringComparison.Ordinal));
        }

        Assert.Equal(41L * RowsPerBatch, await ScalarAsync(reader, "SELECT count(*) FROM filler"));
        // Once a background checkpoint gets through, the next batch checkpoints the WAL and starts it over.
        await WriteBatchAsync(writer);
        writer.Checkpointer!.WaitUntilCaughtUp();
        await WriteBatchAsync(writer);
        Assert.True(WalBytes() < CapBytes, $"WAL still {WalBytes()} bytes after the reader let go");
        Assert.Equal(43L * RowsPerBatch, await CountRowsAsync());
    }

    [Fact]
    public async Task A_failing_background_checkpoint_fails_no_save_and_the_writer_keeps_the_WAL_under_its_cap()
    {
        // A read-only connection cannot checkpoint: SQLite refuses every attempt with a real error.
        using var writer = Writer(CapBytes, () => OpenReadOnly(_database.DatabasePath));
        long largestWal = 0;
        for (var batch = 0; batch < 60; batch++)
        {
            await WriteBatchAsync(writer);
            largestWal = Math.Max(largestWal, WalBytes());
        }

        // Between two checks the WAL grows by at most one batch past the cap.
        Assert.True(largestWal < CapBytes + (1024 * 1024), $"WAL reached {largestWal} bytes");
        Assert.True(writer.Checkpointer!.Failures > 0);
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("Background WAL checkpoint failed", StringComparison.Ordinal));
        Assert.Equal(60L * RowsPerBatch, await CountRowsAsync());
    }

    private BulkWriter Writer(long capBytes, Func<SqliteConnection>? openCheckpointConnection = null) =>
        new(_database, _logger, RestartBytes, capBytes, openCheckpointConnection ?? (() => _database.OpenConnection(pooled: false)));

    private static Task<int> WriteBatchAsync(BulkWriter writer) => writer.RunAsync(
        async connection =>
        {
            await using var transaction = connection.BeginTransaction(deferred: false);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $rows)
                INSERT INTO filler (data) SELECT randomblob(4000) FROM n;
                """;
            command.Parameters.AddWithValue("$rows", RowsPerBatch);
            var rows = await command.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
            return rows;
        },
        CancellationToken.None);

    private long WalBytes()
    {
        var wal = new FileInfo(_database.DatabasePath + "-wal");
        return wal.Exists ? wal.Length : 0;
    }

    private async Task<long> CountRowsAsync()
    {
        await using var connection = OpenReadOnly(_database.DatabasePath);
        return (long)(await ScalarAsync(connection, "SELECT count(*) FROM filler"))!;
    }

    private static SqliteConnection OpenReadOnly(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    // Read from its file text as "BriefingBot ingest" reads it.
    private static (ArticleDocument Document, ArticleAnalysis Analysis) Saved(SyntheticArticles.Article article)
    {
        var document = new ArticleExtractor().Extract(System.Text.Encoding.UTF8.GetBytes(article.ToFileText()), $"article-{article.Index:D6}.txt");
        return (document, AnalysisBuilder.Plain(document.Body));
    }
}
