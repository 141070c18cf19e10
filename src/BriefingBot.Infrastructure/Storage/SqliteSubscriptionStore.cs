using System.Globalization;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Geography;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>Conversations, subscriptions and once-a-day delivery claims in the archive's SQLite file.</summary>
public sealed class SqliteSubscriptionStore(SqliteArticleStore store) : ISubscriptionStore
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string TimeFormat = "HH:mm";

    public async Task SaveConversationAsync(string channelId, string conversationId, string address, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = store.Database.OpenConnection();
        await UpsertConversationAsync(connection, null, channelId, conversationId, address, now, cancellationToken);
    }

    public async Task<string?> ConversationAddressAsync(string channelId, string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = store.Database.OpenConnection();
        await using var command = Command(connection, null, SubscriptionSql.ConversationAddress);
        command.Parameters.AddWithValue("$channelId", channelId);
        command.Parameters.AddWithValue("$conversationId", conversationId);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<Subscription> SubscribeAsync(
        string channelId, string conversationId, string address, string region, TimeOnly localTime, string timeZone, string createdBy,
        DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = store.Database.OpenConnection();
            await using var transaction = connection.BeginTransaction(deferred: false);
            await UpsertConversationAsync(connection, transaction, channelId, conversationId, address, now, cancellationToken);
            long id;
            await using (var command = Command(connection, transaction, SubscriptionSql.Upsert))
            {
                command.Parameters.AddWithValue("$channelId", channelId);
                command.Parameters.AddWithValue("$conversationId", conversationId);
                command.Parameters.AddWithValue("$region", region);
                command.Parameters.AddWithValue("$regionKey", Region.KeyOf(region));
                command.Parameters.AddWithValue("$localTime", localTime.ToString(TimeFormat, CultureInfo.InvariantCulture));
                command.Parameters.AddWithValue("$timeZone", timeZone);
                command.Parameters.AddWithValue("$createdBy", createdBy);
                command.Parameters.AddWithValue("$now", UtcText.From(now));
                id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            }

            await transaction.CommitAsync(cancellationToken);
            return (await ReadAsync(connection, SubscriptionSql.ById, c => c.Parameters.AddWithValue("$id", id), cancellationToken)).Single();
        }
        catch (SqliteException ex)
        {
            throw new StorageException($"Could not save the subscription: {ex.Message}", ex);
        }
    }

    public async Task<int> UnsubscribeAsync(string channelId, string conversationId, string? region, CancellationToken cancellationToken = default)
    {
        await using var connection = store.Database.OpenConnection();
        await using var command = Command(connection, null, SubscriptionSql.Delete);
        command.Parameters.AddWithValue("$channelId", channelId);
        command.Parameters.AddWithValue("$conversationId", conversationId);
        command.Parameters.AddWithValue("$regionKey", region is null ? DBNull.Value : Region.KeyOf(region));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Subscription>> ListAsync(string channelId, string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = store.Database.OpenConnection();
        return await ReadAsync(connection, SubscriptionSql.ForConversation, c =>
        {
            c.Parameters.AddWithValue("$channelId", channelId);
            c.Parameters.AddWithValue("$conversationId", conversationId);
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<Subscription>> ActiveAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = store.Database.OpenConnection();
        return await ReadAsync(connection, SubscriptionSql.Active, _ => { }, cancellationToken);
    }

    public async Task<bool> TryClaimAsync(
        long subscriptionId, DateOnly localDate, DateTimeOffset dueAt, DeliveryStatus status, string instance, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = store.Database.OpenConnection();
        await using var command = Command(connection, null, SubscriptionSql.Claim);
        command.Parameters.AddWithValue("$subscriptionId", subscriptionId);
        command.Parameters.AddWithValue("$localDate", localDate.ToString(DateFormat, CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$dueAt", UtcText.From(dueAt));
        command.Parameters.AddWithValue("$now", UtcText.From(now));
        command.Parameters.AddWithValue("$instance", instance);
        command.Parameters.AddWithValue("$status", status.ToString().ToLowerInvariant());
        try
        {
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 19) // SQLITE_CONSTRAINT: the subscription was removed meanwhile
        {
            return false;
        }
    }

    public async Task CompleteAsync(long subscriptionId, DateOnly localDate, DeliveryStatus status, string? detail, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = store.Database.OpenConnection();
        await using var command = Command(connection, null, SubscriptionSql.Complete);
        command.Parameters.AddWithValue("$subscriptionId", subscriptionId);
        command.Parameters.AddWithValue("$localDate", localDate.ToString(DateFormat, CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$status", status.ToString().ToLowerInvariant());
        command.Parameters.AddWithValue("$detail", (object?)detail ?? DBNull.Value);
        command.Parameters.AddWithValue("$now", UtcText.From(now));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task DeactivateAsync(long subscriptionId, string reason, CancellationToken cancellationToken = default)
    {
        await using var connection = store.Database.OpenConnection();
        await using var command = Command(connection, null, SubscriptionSql.Deactivate);
        command.Parameters.AddWithValue("$id", subscriptionId);
        command.Parameters.AddWithValue("$reason", reason);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<DeliveryStatus?> DeliveryAsync(long subscriptionId, DateOnly localDate, CancellationToken cancellationToken = default)
    {
        await using var connection = store.Database.OpenConnection();
        await using var command = Command(connection, null, SubscriptionSql.Status);
        command.Parameters.AddWithValue("$subscriptionId", subscriptionId);
        command.Parameters.AddWithValue("$localDate", localDate.ToString(DateFormat, CultureInfo.InvariantCulture));
        return await command.ExecuteScalarAsync(cancellationToken) is string status && Enum.TryParse<DeliveryStatus>(status, ignoreCase: true, out var parsed)
            ? parsed
            : null;
    }

    private static async Task UpsertConversationAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string channelId, string conversationId, string address, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, SubscriptionSql.UpsertConversation);
        command.Parameters.AddWithValue("$channelId", channelId);
        command.Parameters.AddWithValue("$conversationId", conversationId);
        command.Parameters.AddWithValue("$address", address);
        command.Parameters.AddWithValue("$now", UtcText.From(now));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<Subscription>> ReadAsync(
        SqliteConnection connection, string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, null, sql);
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var subscriptions = new List<Subscription>();
        while (await reader.ReadAsync(cancellationToken))
        {
            subscriptions.Add(new Subscription(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                TimeOnly.ParseExact(reader.GetString(4), TimeFormat, CultureInfo.InvariantCulture),
                reader.GetString(5),
                reader.GetInt64(6) == 1,
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.GetString(8),
                DateTimeOffset.Parse(reader.GetString(9), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)));
        }

        return subscriptions;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

}
