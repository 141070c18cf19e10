using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>
/// The connection bulk saves write through, one batch at a time, kept open for the store's life. A batch of
/// articles touches tens of megabytes of pages (full-text segments, indexes); with a pooled connection whose
/// cache was set back to SQLite's 2 MB default after each batch, every batch read those pages back from the
/// file and grew a fresh cache (issue 6: reads, page faults and heap growth were a fifth of the writer's time).
/// Readers never get this connection, so their memory stays small.
/// <para>
/// Its WAL is checkpointed by a <see cref="WalCheckpointer"/> on another thread, not by SQLite's automatic
/// checkpoint after a commit (off on this connection only; pooled connections keep it). The WAL would then only
/// grow, as a write starts the WAL over only if it is wholly copied when the write begins; so once it passes
/// <see cref="RestartBytes"/>, the next batch first waits for the checkpoint of the last one. A reader holding
/// an old snapshot keeps the WAL from starting over; past <see cref="CapBytes"/> the writer checkpoints itself,
/// waiting for readers up to the busy timeout. Disposing runs a final checkpoint that truncates the WAL.
/// </para>
/// </summary>
internal sealed class BulkWriter : IDisposable
{
    /// <summary>The WAL size after which a batch waits for the background checkpoint so the WAL starts over.</summary>
    public const long RestartBytes = 64L * 1024 * 1024;

    /// <summary>The WAL file size past which the writer checkpoints itself (readers kept the WAL from starting over).</summary>
    public const long CapBytes = 512L * 1024 * 1024;

    // Enough for the pages a 512-article batch touches at 100,000 articles.
    private const int CacheKibibytes = 64 * 1024;

    // A WAL frame is a page plus its 24-byte header.
    private const int FrameHeaderBytes = 24;

    private readonly SqliteDatabase _database;
    private readonly ILogger _logger;
    private readonly long _restartBytes;
    private readonly long _capBytes;
    private readonly Func<SqliteConnection> _openCheckpointConnection;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SqliteConnection? _connection;
    private WalCheckpointer? _checkpointer;
    private long _frameBytes = 4096 + FrameHeaderBytes;
    private long _restartAwaitedAt = -1;
    private long _capRetryAt;
    private long _capBlockedAt = -1;
    private bool _disposed;

    public BulkWriter(SqliteDatabase database, ILogger logger)
        : this(database, logger, RestartBytes, CapBytes, () => database.OpenConnection(pooled: false))
    {
    }

    /// <param name="openCheckpointConnection">Opens the background checkpointer's connection.</param>
    internal BulkWriter(SqliteDatabase database, ILogger logger, long restartBytes, long capBytes, Func<SqliteConnection> openCheckpointConnection)
    {
        _database = database;
        _logger = logger;
        _restartBytes = restartBytes;
        _capBytes = capBytes;
        _openCheckpointConnection = openCheckpointConnection;
    }

    /// <summary>The background checkpointer, once a bulk write started it.</summary>
    internal WalCheckpointer? Checkpointer => _checkpointer;

    /// <summary>
    /// Runs <paramref name="write"/> on the writer connection, after any bulk write already running. The write is
    /// expected to commit what it writes.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<SqliteConnection, Task<T>> write, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // A batch that waited while the store was disposed must not open a connection nothing would close.
            ObjectDisposedException.ThrowIf(_disposed, this);
            _connection ??= Open();
            _checkpointer ??= new WalCheckpointer(_openCheckpointConnection, _logger);
            KeepWalSmall(_connection, _checkpointer);
            var result = await write(_connection);
            _checkpointer.Committed();
            return result;
        }
        catch (SqliteException)
        {
            // A connection that failed mid-write (disk full, I/O error) is not trusted again: the next batch opens a new one.
            Close();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops the checkpointer, copies the whole WAL into the database, truncates it and closes.</summary>
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
            if (_checkpointer is not null)
            {
                _checkpointer.Dispose();
                FinalCheckpoint();
            }

            Close();
        }
        finally
        {
            _gate.Release();
        }
    }

    private void KeepWalSmall(SqliteConnection connection, WalCheckpointer checkpointer)
    {
        var (progress, covers) = checkpointer.Latest;
        // A report from before the last wait still shows the WAL as it was before it started over.
        if (covers > _restartAwaitedAt && progress.LogFrames * _frameBytes >= _restartBytes)
        {
            (progress, covers) = checkpointer.WaitUntilCaughtUp();
            _restartAwaitedAt = covers;
        }

        var walBytes = WalFileBytes();
        if (walBytes < _capBytes)
        {
            _capRetryAt = 0;
            return;
        }

        // After a checkpoint here found a reader in the way, try again once the WAL grew by another quarter of the
        // cap, or as soon as a background checkpoint got through (the reader has let go).
        var readerLetGo = covers > _capBlockedAt && progress.CaughtUp;
        if (walBytes < _capRetryAt && !readerLetGo)
        {
            return;
        }

        // Only one checkpoint runs at a time, and SQLite does not wait for another one: let the background one finish.
        checkpointer.WaitUntilCaughtUp();
        try
        {
            if (WalProgress.Checkpoint(connection, "TRUNCATE").Busy)
            {
                // Waiting the busy timeout before every batch while the reader stays would stall ingest.
                (_capRetryAt, _capBlockedAt) = (walBytes + (_capBytes / 4), checkpointer.Commits);
                _logger.LogWarning(
                    "The WAL is {Megabytes} MB: a reader holds an old snapshot, so it cannot be checkpointed and start over yet.",
                    walBytes / (1024 * 1024));
            }
        }
        catch (SqliteException ex)
        {
            // The batch still goes ahead: its data is safe in the WAL, and the WAL is only too big, not wrong.
            (_capRetryAt, _capBlockedAt) = (walBytes + (_capBytes / 4), checkpointer.Commits);
            _logger.LogWarning("Checkpointing a {Megabytes} MB WAL failed (SQLite code {Code}: {Message}).", walBytes / (1024 * 1024), ex.SqliteErrorCode, ex.Message);
        }
    }

    private void FinalCheckpoint()
    {
        try
        {
            // A connection a failed write closed is not reopened here: opening could create an empty archive where the
            // file was moved or deleted, and SQLite checkpoints the WAL when the last connection to it closes anyway.
            if (_connection is null)
            {
                return;
            }

            var result = WalProgress.Checkpoint(_connection, "TRUNCATE");
            if (result.Busy)
            {
                _logger.LogInformation("The WAL was not truncated after bulk ingest: a reader is still on it; SQLite checkpoints it later.");
            }
        }
        catch (SqliteException ex)
        {
            // Everything committed is in the WAL, which SQLite copies into the database at the next checkpoint or open.
            _logger.LogWarning("The final WAL checkpoint after bulk ingest failed (SQLite code {Code}: {Message}).", ex.SqliteErrorCode, ex.Message);
        }
    }

    private long WalFileBytes()
    {
        var wal = new FileInfo(_database.DatabasePath + "-wal");
        return wal.Exists ? wal.Length : 0;
    }

    private SqliteConnection Open()
    {
        var connection = _database.OpenConnection(pooled: false);
        try
        {
            using var pragma = connection.CreateCommand();
            pragma.CommandText = $"PRAGMA cache_size = -{CacheKibibytes}; PRAGMA wal_autocheckpoint = 0;";
            pragma.ExecuteNonQuery();
            pragma.CommandText = "PRAGMA page_size;";
            _frameBytes = Convert.ToInt64(pragma.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) + FrameHeaderBytes;
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void Close()
    {
        _connection?.Dispose();
        _connection = null;
    }
}
