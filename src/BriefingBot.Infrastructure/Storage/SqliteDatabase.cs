using Microsoft.Data.Sqlite;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>
/// The database file in the data folder: makes sure the folder exists, migrates the schema once,
/// and hands out connections with the per-connection settings (foreign keys, busy timeout) applied.
/// </summary>
internal sealed class SqliteDatabase
{
    private readonly string _connectionString;
    private readonly string _unpooledConnectionString;
    private readonly int _busyTimeoutMilliseconds;

    private SqliteDatabase(string path, string connectionString, int busyTimeoutMilliseconds)
    {
        DatabasePath = path;
        _connectionString = connectionString;
        _unpooledConnectionString = new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString();
        _busyTimeoutMilliseconds = busyTimeoutMilliseconds;
    }

    public string DatabasePath { get; }

    public static SqliteDatabase Open(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = PrepareFolder(options.DataDirectory);
        var path = Path.Combine(folder, StorageOptions.DatabaseFileName);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            // Microsoft.Data.Sqlite retries SQLITE_BUSY for the command timeout; keep both waits the same.
            DefaultTimeout = Math.Max(1, options.BusyTimeoutMilliseconds / 1000),
        }.ToString();

        var database = new SqliteDatabase(path, connectionString, options.BusyTimeoutMilliseconds);
        try
        {
            using var connection = database.OpenConnection();
            SchemaMigrator.Migrate(connection);
        }
        catch (SqliteException ex)
        {
            database.ReleaseConnections();
            throw new StorageException($"Cannot open the archive database '{path}': {ex.Message}", ex);
        }

        return database;
    }

    /// <param name="pooled">False for a connection its owner keeps open and closes itself, outside the pool readers share.</param>
    public SqliteConnection OpenConnection(bool pooled = true)
    {
        var connection = new SqliteConnection(pooled ? _connectionString : _unpooledConnectionString);
        try
        {
            connection.Open();
            using var pragma = connection.CreateCommand();
            pragma.CommandText = ConnectionSettings(_busyTimeoutMilliseconds);
            pragma.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The per-connection settings every connection to an archive file gets (the near-duplicate index's too).</summary>
    // WAL with synchronous=NORMAL: a commit survives a crash of the process (kill -9); only a power cut
    // can lose the last commits, never corrupt the file. FULL would fsync every article saved.
    // temp_store MEMORY: statement journals (every insert that fires triggers has one) stay in memory
    // instead of a file in /var/tmp; they never outlive their statement, so a crash loses nothing.
    public static string ConnectionSettings(int busyTimeoutMilliseconds) =>
        $"PRAGMA busy_timeout = {busyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY;";

    /// <summary>Releases pooled connections so the file can be moved or deleted.</summary>
    public void ReleaseConnections()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private static string PrepareFolder(string? dataDirectory)
    {
        if (string.IsNullOrWhiteSpace(dataDirectory))
        {
            throw new StorageException("Storage:DataDirectory is empty; set it to a folder the archive can be written to.");
        }

        string folder;
        try
        {
            folder = Path.GetFullPath(dataDirectory);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new StorageException($"Storage:DataDirectory '{dataDirectory}' is not a valid folder path: {ex.Message}", ex);
        }

        try
        {
            Directory.CreateDirectory(folder);
            // Creating the folder can succeed on a read-only mount; a probe file proves we can write.
            var probe = Path.Combine(folder, $".write-probe-{Environment.ProcessId}-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"The data folder '{folder}' cannot be created or written to: {ex.Message}", ex);
        }

        return folder;
    }
}
