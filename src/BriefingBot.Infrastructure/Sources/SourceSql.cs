namespace BriefingBot.Infrastructure.Sources;

/// <summary>Every SQL statement about sources, in SQLite's dialect.</summary>
internal static class SourceSql
{
    public const string Columns = """
        id, url, kind, title, region, interval_seconds, paused, etag, last_modified, last_polled, last_success,
        last_error, next_poll, consecutive_failures, backfilled, added_by, added_at
        """;

    public const string Insert = """
        INSERT INTO sources (url, canonical_url, region, interval_seconds, next_poll, added_by, added_at)
        VALUES ($url, $canonicalUrl, $region, $intervalSeconds, $nextPoll, $addedBy, $addedAt)
        ON CONFLICT (canonical_url) DO NOTHING
        RETURNING id;
        """;

    public const string FindByCanonicalUrl = $"SELECT {Columns} FROM sources WHERE canonical_url = $canonicalUrl;";

    public const string GetById = $"SELECT {Columns} FROM sources WHERE id = $id;";

    public const string List = $"SELECT {Columns} FROM sources ORDER BY id;";

    public const string Due = $"SELECT {Columns} FROM sources WHERE paused = 0 AND next_poll <= $now ORDER BY next_poll, id;";

    public const string NextDue = "SELECT MIN(next_poll) FROM sources WHERE paused = 0;";

    public const string Delete = "DELETE FROM sources WHERE id = $id;";

    // Resuming makes the source due at once: an admin who resumes wants to see it work.
    public const string SetPaused = """
        UPDATE sources SET paused = $paused, next_poll = CASE WHEN $paused = 0 THEN $now ELSE next_poll END
        WHERE id = $id;
        """;

    public const string RecordPoll = """
        UPDATE sources SET
            kind = COALESCE($kind, kind), title = COALESCE($title, title),
            etag = $etag, last_modified = $lastModified, last_polled = $polledAt,
            last_success = COALESCE($lastSuccess, last_success), last_error = $lastError,
            next_poll = $nextPoll, consecutive_failures = $failures, backfilled = $backfilled
        WHERE id = $id;
        """;

    public const string SeenKey = "SELECT 1 FROM source_items WHERE source_id = $sourceId AND item_key = $key;";

    public const string InsertItem = """
        INSERT INTO source_items (source_id, item_key, article_id, first_seen) VALUES ($sourceId, $key, $articleId, $now)
        ON CONFLICT (source_id, item_key) DO NOTHING;
        """;

    public const string InsertOrigin = """
        INSERT INTO article_sources (article_id, source_id, region, language, quiet, first_seen)
        VALUES ($articleId, $sourceId, $region, $language, $quiet, $now)
        ON CONFLICT (article_id, source_id) DO NOTHING;
        """;

    public const string Origins = """
        SELECT source_id, region, language, quiet, first_seen FROM article_sources WHERE article_id = $articleId ORDER BY first_seen;
        """;
}
