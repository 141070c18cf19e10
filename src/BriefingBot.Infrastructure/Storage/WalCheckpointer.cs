using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>
/// Copies the bulk writer's WAL back into the database on a connection and thread of its own (issue 6): SQLite's
/// automatic checkpoint ran on the writer's thread after nearly every batch, copying and syncing pages while the
/// next batch waited. The writer signals each commit (<see cref="Committed"/>); this thread then runs a PASSIVE
/// checkpoint, which never waits for readers or the writer. Commits signalled while one runs are covered by the
/// next. A failure is logged and the next commit tries again on a fresh connection; it never reaches the writer,
/// whose committed data is safe in the WAL either way.
/// </summary>
internal sealed class WalCheckpointer : IDisposable
{
    private readonly Func<SqliteConnection> _openConnection;
    private readonly ILogger _logger;
    private readonly Thread _thread;
    private readonly object _lock = new();
    private long _requested;
    private long _completed;
    private bool _stopping;
    private WalProgress _progress;
    private long _progressCovers;
    private int _failures;
    private SqliteConnection? _connection;

    /// <param name="openConnection">Opens the connection checkpoints run on; called again after a failure.</param>
    public WalCheckpointer(Func<SqliteConnection> openConnection, ILogger logger)
    {
        _openConnection = openConnection;
        _logger = logger;
        // A background thread: a store nobody disposed must not keep the process alive.
        _thread = new Thread(Run) { IsBackground = true, Name = "wal-checkpointer" };
        _thread.Start();
    }

    /// <summary>
    /// What the last checkpoint that ran found (nothing known before the first), and how many commits it covers:
    /// it started after the <c>Covers</c>-th call to <see cref="Committed"/>.
    /// </summary>
    public (WalProgress Progress, long Covers) Latest
    {
        get
        {
            lock (_lock)
            {
                return (_progress, _progressCovers);
            }
        }
    }

    /// <summary>Checkpoint attempts that threw, since the start.</summary>
    public int Failures
    {
        get
        {
            lock (_lock)
            {
                return _failures;
            }
        }
    }

    /// <summary>The commits signalled so far.</summary>
    public long Commits
    {
        get
        {
            lock (_lock)
            {
                return _requested;
            }
        }
    }

    /// <summary>The writer committed: copy what it wrote into the database, without making it wait.</summary>
    public void Committed()
    {
        lock (_lock)
        {
            _requested++;
            Monitor.PulseAll(_lock);
        }
    }

    /// <summary>
    /// Waits until a checkpoint that started after every commit signalled so far has finished (or failed), and
    /// returns what it found. Called by the writer before a transaction when the WAL has grown: a write transaction
    /// that starts while the WAL is wholly copied starts the WAL over from its beginning instead of appending.
    /// </summary>
    public (WalProgress Progress, long Covers) WaitUntilCaughtUp()
    {
        lock (_lock)
        {
            var target = _requested;
            while (_completed < target && !_stopping)
            {
                Monitor.Wait(_lock);
            }

            return (_progress, _progressCovers);
        }
    }

    /// <summary>Stops the thread after the checkpoint running, if any; the owner runs the final checkpoint itself.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            _stopping = true;
            Monitor.PulseAll(_lock);
        }

        _thread.Join();
    }

    private void Run()
    {
        while (true)
        {
            long target;
            lock (_lock)
            {
                while (_completed == _requested && !_stopping)
                {
                    Monitor.Wait(_lock);
                }

                if (_stopping)
                {
                    _completed = _requested;
                    Monitor.PulseAll(_lock);
                    break;
                }

                target = _requested;
            }

            var progress = TryCheckpoint();
            lock (_lock)
            {
                if (progress is { } found)
                {
                    (_progress, _progressCovers) = (found, target);
                }

                _completed = target;
                Monitor.PulseAll(_lock);
            }
        }

        _connection?.Dispose();
        _connection = null;
    }

    private WalProgress? TryCheckpoint()
    {
        try
        {
            _connection ??= _openConnection();
            return WalProgress.Checkpoint(_connection, "PASSIVE");
        }
        catch (Exception ex)
        {
            // Whatever went wrong, the data is in the WAL: log it, drop the connection, try again at the next commit.
            _connection?.Dispose();
            _connection = null;
            int failures;
            lock (_lock)
            {
                failures = ++_failures;
            }

            // The first failure and then one in 64, so a lasting fault does not flood the log.
            if (failures % 64 == 1)
            {
                var code = ex is SqliteException sqlite ? sqlite.SqliteErrorCode : 0;
                _logger.LogWarning(
                    "Background WAL checkpoint failed ({Failures} so far; SQLite code {Code}, {Type}: {Message}); the bulk writer checkpoints itself if the WAL grows past its cap.",
                    failures, code, ex.GetType().Name, ex.Message);
            }

            return null;
        }
    }
}
