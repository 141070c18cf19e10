using System.Globalization;
using BriefingBot.Core.Answering;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>Conversations' last questions in the archive's SQLite file, so follow-ups work across restarts and instances.</summary>
public sealed class SqliteConversationStateStore(SqliteArticleStore store, IOptions<ConversationOptions> options) : IConversationStateStore
{
    // The key is whatever the channel calls the conversation; a longer one is refused rather than stored.
    private const int MaxKeyLength = 512;

    public async Task<ConversationState?> LoadAsync(string conversationKey, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (!Usable(conversationKey))
        {
            return null;
        }

        await using var connection = store.Database.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = ConversationStateSql.Load;
        command.Parameters.AddWithValue("$key", conversationKey);
        command.Parameters.AddWithValue("$now", Format(now));
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

    public async Task SaveAsync(string conversationKey, ConversationState state, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!Usable(conversationKey))
        {
            return;
        }

        try
        {
            await using var connection = store.Database.OpenConnection();
            await using var transaction = connection.BeginTransaction(deferred: false);
            await using (var purge = connection.CreateCommand())
            {
                purge.Transaction = transaction;
                purge.CommandText = ConversationStateSql.Purge;
                purge.Parameters.AddWithValue("$now", Format(now));
                await purge.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = ConversationStateSql.Upsert;
                command.Parameters.AddWithValue("$key", conversationKey);
                command.Parameters.AddWithValue("$kind", state.Kind.ToString());
                command.Parameters.AddWithValue("$subject", state.Subject);
                command.Parameters.AddWithValue("$topic", (object?)state.Topic ?? DBNull.Value);
                command.Parameters.AddWithValue("$verb", (object?)state.Verb ?? DBNull.Value);
                command.Parameters.AddWithValue("$person", (object?)state.Person ?? DBNull.Value);
                command.Parameters.AddWithValue("$shown", state.Shown);
                command.Parameters.AddWithValue("$now", Format(now));
                command.Parameters.AddWithValue("$expires", Format(now + options.Value.Expiry));
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw new StorageException($"Could not save the conversation's state: {ex.Message}", ex);
        }
    }

    /// <summary>Rows in the table, expired or not (for tests of the clean-up).</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = store.Database.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = ConversationStateSql.Count;
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static bool Usable(string key) => !string.IsNullOrWhiteSpace(key) && key.Length <= MaxKeyLength;

    private static string Format(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
