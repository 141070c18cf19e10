using System.Collections.Concurrent;
using System.Globalization;
using BriefingBot.Core.Answering;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>
/// Conversations' last questions in the archive's SQLite file, so follow-ups work across restarts and instances.
/// </summary>
/// <remarks>
/// Saves are written behind, in batches: a turn never waits for the database's write lock. Written one by
/// one, hundreds of conversations a second queued every turn behind the others' commits (SQLite's busy
/// handler sleeps on a thread), which capped the whole service. A saved state is read back from memory until
/// its batch is written; one batch is written at a time, and whatever arrives meanwhile goes in the next.
/// Disposing writes what is left, so a graceful shutdown loses nothing.
/// </remarks>
public sealed class SqliteConversationStateStore(
    SqliteArticleStore store,
    IOptions<ConversationOptions> options,
    ILogger<SqliteConversationStateStore>? logger = null) : IConversationStateStore, IAsyncDisposable
{
    // The key is whatever the channel calls the conversation; a longer one is refused rather than stored.
    private const int MaxKeyLength = 512;

    private readonly ConcurrentDictionary<string, Unwritten> _unwritten = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly ILogger _logger = logger ?? NullLogger<SqliteConversationStateStore>.Instance;
    private int _batchScheduled;

    public async Task<ConversationState?> LoadAsync(string conversationKey, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (!Usable(conversationKey))
        {
            return null;
        }

        if (_unwritten.TryGetValue(conversationKey, out var unwritten))
        {
            return unwritten.SavedAt + options.Value.Expiry > now ? unwritten.State : null;
        }

        await using var connection = store.Database.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = ConversationStateSql.Load;
        command.Parameters.AddWithValue("$key", conversationKey);
        command.Parameters.AddWithValue("$now", UtcText.From(now));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken) || !Enum.TryParse<QuestionKind>(reader.GetString(0), out var kind))
        {
            return null;
        }

        return new ConversationState(
            kind,
            reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetString(4),
            reader.GetInt32(5));
    }

    public Task SaveAsync(string conversationKey, ConversationState state, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!Usable(conversationKey))
        {
            return Task.CompletedTask;
        }

        _unwritten[conversationKey] = new Unwritten(state, now);
        if (Interlocked.CompareExchange(ref _batchScheduled, 1, 0) == 0)
        {
            _ = Task.Run(WriteScheduledBatchAsync, CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    /// <summary>Writes every state saved so far to the database.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            await WriteBatchAsync(cancellationToken);
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>Rows in the table, expired or not (for tests of the clean-up), once every save is written.</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await FlushAsync(cancellationToken);
        await using var connection = store.Database.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = ConversationStateSql.Count;
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await FlushAsync();
        }
        catch (StorageException ex)
        {
            _logger.LogWarning("Conversation states not written at shutdown: {Reason}", ex.Message);
        }
    }

    private async Task WriteScheduledBatchAsync()
    {
        await _writer.WaitAsync();
        try
        {
            // Cleared only once this batch holds the writer, so at most one more batch waits behind it.
            Volatile.Write(ref _batchScheduled, 0);
            await WriteBatchAsync(CancellationToken.None);
        }
        catch (StorageException ex)
        {
            // Follow-ups are a convenience: the answers went out; only their context is lost.
            _logger.LogWarning("Conversation states not written: {Reason}", ex.Message);
        }
        finally
        {
            _writer.Release();
        }
    }

    // Callers hold _writer.
    private async Task WriteBatchAsync(CancellationToken cancellationToken)
    {
        var batch = _unwritten.ToArray();
        if (batch.Length == 0)
        {
            return;
        }

        try
        {
            await using var connection = store.Database.OpenConnection();
            await using var transaction = connection.BeginTransaction(deferred: false);
            await using var statements = new TransactionStatements(connection, transaction);
            var purge = statements.For(ConversationStateSql.Purge);
            purge.Parameters.AddWithValue("$now", UtcText.From(batch.Max(entry => entry.Value.SavedAt)));
            await purge.ExecuteNonQueryAsync(cancellationToken);

            foreach (var (key, (state, savedAt)) in batch)
            {
                var upsert = statements.For(ConversationStateSql.Upsert);
                upsert.Parameters.AddWithValue("$key", key);
                upsert.Parameters.AddWithValue("$kind", state.Kind.ToString());
                upsert.Parameters.AddWithValue("$subject", state.Subject);
                upsert.Parameters.AddWithValue("$topic", (object?)state.Topic ?? DBNull.Value);
                upsert.Parameters.AddWithValue("$verb", (object?)state.Verb ?? DBNull.Value);
                upsert.Parameters.AddWithValue("$person", (object?)state.Person ?? DBNull.Value);
                upsert.Parameters.AddWithValue("$shown", state.Shown);
                upsert.Parameters.AddWithValue("$now", UtcText.From(savedAt));
                upsert.Parameters.AddWithValue("$expires", UtcText.From(savedAt + options.Value.Expiry));
                await upsert.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw new StorageException($"Could not save the conversations' state: {ex.Message}", ex);
        }

        // A conversation saved again while the batch was written keeps its newer state for the next batch.
        foreach (var entry in batch)
        {
            _unwritten.TryRemove(entry);
        }
    }

    private static bool Usable(string key) => !string.IsNullOrWhiteSpace(key) && key.Length <= MaxKeyLength;

    private sealed record Unwritten(ConversationState State, DateTimeOffset SavedAt);
}
