namespace BriefingBot.Infrastructure.Storage;

/// <summary>The statements of <see cref="SqliteConversationStateStore"/>.</summary>
internal static class ConversationStateSql
{
    public const string Load = """
        SELECT kind, subject, topic, verb, person, shown FROM conversation_state
        WHERE conversation_key = $key AND expires_at > $now;
        """;

    public const string Upsert = """
        INSERT INTO conversation_state (conversation_key, kind, subject, topic, verb, person, shown, updated_at, expires_at)
        VALUES ($key, $kind, $subject, $topic, $verb, $person, $shown, $now, $expires)
        ON CONFLICT (conversation_key) DO UPDATE SET
            kind = excluded.kind, subject = excluded.subject, topic = excluded.topic, verb = excluded.verb,
            person = excluded.person, shown = excluded.shown, updated_at = excluded.updated_at, expires_at = excluded.expires_at;
        """;

    // Lazy clean-up: every write removes what has expired, so the table stays as small as the live conversations.
    public const string Purge = "DELETE FROM conversation_state WHERE expires_at <= $now;";

    public const string Count = "SELECT COUNT(*) FROM conversation_state;";
}
