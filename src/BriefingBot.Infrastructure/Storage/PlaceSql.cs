namespace BriefingBot.Infrastructure.Storage;

/// <summary>SQL about where articles are and about the regions admins define.</summary>
internal static class PlaceSql
{
    public const string Insert = """
        INSERT OR REPLACE INTO article_places (article_id, kind, code, name, score)
        VALUES ($articleId, $kind, $code, $name, $score);
        """;

    /// <summary>Articles in a window by publication time (storage time when undated), newest first.</summary>
    public const string ArticlesInWindow = $"""
        SELECT {ArticleSql.Columns}, (SELECT l.duplicate_of FROM article_links l WHERE l.article_id = a.id) FROM articles a
        WHERE julianday(COALESCE(a.published_at, a.ingested_at)) >= julianday($from)
          AND julianday(COALESCE(a.published_at, a.ingested_at)) < julianday($until)
        ORDER BY julianday(COALESCE(a.published_at, a.ingested_at)) DESC, a.id DESC
        LIMIT $limit;
        """;

    public const string PlacesOfArticles = """
        SELECT p.article_id, p.kind, p.code, p.name, p.score FROM article_places p
        WHERE p.article_id IN (SELECT value FROM json_each($ids))
        ORDER BY p.article_id, p.score DESC, p.code;
        """;

    /// <summary>Up to three quotes with a named speaker per article, most important first.</summary>
    public const string KeyQuotesOfArticles = $"""
        SELECT {QuoteSql.Columns} FROM (
            SELECT *, ROW_NUMBER() OVER (PARTITION BY article_id ORDER BY importance DESC, id) AS rank
            FROM quotes WHERE speaker_key <> '' AND article_id IN (SELECT value FROM json_each($ids))
        ) q
        JOIN articles a ON a.id = q.article_id
        WHERE q.rank <= 3
        ORDER BY q.article_id, q.importance DESC, q.id;
        """;

    /// <summary>The next batch of articles with no places stored (stored before tagging existed, or naming none).</summary>
    public const string Untagged = """
        SELECT a.id, a.title, a.body FROM articles a
        WHERE a.id > $after AND NOT EXISTS (SELECT 1 FROM article_places p WHERE p.article_id = a.id)
        ORDER BY a.id LIMIT $limit;
        """;

    public const string CustomRegions = "SELECT name, countries, terms FROM custom_regions ORDER BY name;";

    public const string UpsertCustomRegion = """
        INSERT INTO custom_regions (name, name_key, countries, terms, created_by, created_at)
        VALUES ($name, $nameKey, $countries, $terms, $createdBy, $createdAt)
        ON CONFLICT (name_key) DO UPDATE SET name = excluded.name, countries = excluded.countries, terms = excluded.terms;
        """;

    public const string DeleteCustomRegion = "DELETE FROM custom_regions WHERE name_key = $nameKey;";
}
