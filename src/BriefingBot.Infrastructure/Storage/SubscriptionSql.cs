namespace BriefingBot.Infrastructure.Storage;

/// <summary>SQL about conversations, subscriptions and delivery claims.</summary>
internal static class SubscriptionSql
{
    public const string Columns = """
        s.id, s.channel_id, s.conversation_id, s.region, s.local_time, s.time_zone, s.active, s.inactive_reason, c.address, s.created_at
        """;

    public const string UpsertConversation = """
        INSERT INTO conversations (channel_id, conversation_id, address, updated_at)
        VALUES ($channelId, $conversationId, $address, $now)
        ON CONFLICT (channel_id, conversation_id) DO UPDATE SET address = excluded.address, updated_at = excluded.updated_at;
        """;

    public const string ConversationAddress = "SELECT address FROM conversations WHERE channel_id = $channelId AND conversation_id = $conversationId;";

    public const string Upsert = """
        INSERT INTO subscriptions (channel_id, conversation_id, region, region_key, local_time, time_zone, active, created_by, created_at)
        VALUES ($channelId, $conversationId, $region, $regionKey, $localTime, $timeZone, 1, $createdBy, $now)
        ON CONFLICT (channel_id, conversation_id, region_key) DO UPDATE SET
            region = excluded.region, local_time = excluded.local_time, time_zone = excluded.time_zone,
            active = 1, inactive_reason = NULL
        RETURNING id;
        """;

    public const string ById = $"""
        SELECT {Columns} FROM subscriptions s
        JOIN conversations c ON c.channel_id = s.channel_id AND c.conversation_id = s.conversation_id
        WHERE s.id = $id;
        """;

    public const string ForConversation = $"""
        SELECT {Columns} FROM subscriptions s
        JOIN conversations c ON c.channel_id = s.channel_id AND c.conversation_id = s.conversation_id
        WHERE s.channel_id = $channelId AND s.conversation_id = $conversationId
        ORDER BY s.region;
        """;

    public const string Active = $"""
        SELECT {Columns} FROM subscriptions s
        JOIN conversations c ON c.channel_id = s.channel_id AND c.conversation_id = s.conversation_id
        WHERE s.active = 1
        ORDER BY s.id;
        """;

    public const string Delete = """
        DELETE FROM subscriptions
        WHERE channel_id = $channelId AND conversation_id = $conversationId AND ($regionKey IS NULL OR region_key = $regionKey);
        """;

    public const string Deactivate = "UPDATE subscriptions SET active = 0, inactive_reason = $reason WHERE id = $id;";

    // OR IGNORE: the losing instance gets 0 rows instead of an error; the UNIQUE constraint decides.
    public const string Claim = """
        INSERT OR IGNORE INTO briefing_deliveries (subscription_id, local_date, due_at, claimed_at, claimed_by, status)
        VALUES ($subscriptionId, $localDate, $dueAt, $now, $instance, $status);
        """;

    public const string Complete = """
        UPDATE briefing_deliveries SET status = $status, detail = $detail, finished_at = $now
        WHERE subscription_id = $subscriptionId AND local_date = $localDate;
        """;

    public const string Status = "SELECT status FROM briefing_deliveries WHERE subscription_id = $subscriptionId AND local_date = $localDate;";
}
