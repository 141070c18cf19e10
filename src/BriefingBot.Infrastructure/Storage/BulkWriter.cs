using Microsoft.Data.Sqlite;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>
/// The connection bulk saves write through, one batch at a time, kept open for the store's life. A batch of
/// articles touches tens of megabytes of pages (full-text segments, indexes); with a pooled connection whose
/// cache was set back to SQLite's 2 MB default after each batch, every batch read those pages back from the
/// file and grew a fresh cache (issue 6: reads, page faults and heap growth were a fifth of the writer's time).
/// Readers never get this connection, so their memory stays small.
/// </summary>
internal sealed class BulkWriter(SqliteDatabase database) : IDisposable
{
    // Enough for the pages a 512-article batch touches at 100,000 articles.
    private const int CacheKibibytes = 64 * 1024;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private SqliteConnection? _connection;
    private bool _disposed;

    /// <summary>Runs <paramref name="write"/> on the writer connection, after any bulk write already running.</summary>
    public async Task<T> RunAsync<T>(Func<SqliteConnection, Task<T>> write, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // A batch that waited while the store was disposed must not open a connection nothing would close.
            ObjectDisposedException.ThrowIf(_disposed, this);
            _connection ??= Open();
            return await write(_connection);
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

    public void Dispose()
    {
        _gate.Wait();
        try
        {
            _disposed = true;
            Close();
        }
        finally
        {
            _gate.Release();
        }
    }

    private SqliteConnection Open()
    {
        var connection = database.OpenConnection(pooled: false);
        try
        {
            using var pragma = connection.CreateCommand();
            pragma.CommandText = $"PRAGMA cache_size = -{CacheKibibytes};";
            pragma.ExecuteNonQuery();
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
