namespace BriefingBot.Infrastructure.Storage;

/// <summary>Every SQL statement about articles, in SQLite's dialect. A PostgreSQL store would have its own copy.</summary>
internal static class ArticleSql
{
    /// <summary>The columns <see cref="RowReader.Article"/> reads, in its order, for table alias a.</summary>
    public const string Columns =
        "a.id, a.title, a.body, a.author, a.published_at, a.source_name, a.url, a.summary, a.ingested_at";

    public const int ColumnCount = 9;

    public const string FindDuplicate = """
        SELECT id FROM articles
        WHERE ($canonicalUrl IS NOT NULL AND canonical_url = $canonicalUrl) OR content_hash = $contentHash
        ORDER BY id LIMIT 1;
        """;

    /// <summary>
    /// With its id given: a save picks its new articles' ids before inserting them (the next after the largest, as
    /// SQLite would), so the near-duplicate index can be written with them at the same time (<see cref="NearDuplicateIndex"/>).
    /// </summary>
    public const string Insert = """
        INSERT INTO articles (id, title, body, author, published_at, source_name, url, canonical_url, content_hash,
                              summary, pipeline_version, ingested_at)
        VALUES ($id, $title, $body, $author, $publishedAt, $sourceName, $url, $canonicalUrl, $contentHash,
                $summary, $pipelineVersion, $ingestedAt);
        """;

    public const string NextId = "SELECT COALESCE(max(id), 0) + 1 FROM articles;";

    public const string GetById = $"SELECT {Columns} FROM articles a WHERE a.id = $id;";

    public const string Latest = $"""
        SELECT {Columns} FROM articles a
        WHERE {NearDuplicateSql.NotACopy}
        ORDER BY julianday(COALESCE(a.published_at, a.ingested_at)) DESC, a.id DESC
        LIMIT $limit;
        """;

    public const string Count = "SELECT COUNT(*) FROM articles;";

    // Title hits weigh more than body hits: a headline names what the story is about.
    // Ranked and limited on ids alone, then joined: a common word matches most of the archive, and sorting
    // those matches with their bodies attached cost ~4x more on 10k articles (issue 8).
    public const string Search = $"""
        SELECT {Columns} FROM (
            SELECT f.rowid AS id, bm25(articles_fts, 5.0, 1.0) AS score FROM articles_fts f
            WHERE articles_fts MATCH $query
              AND NOT EXISTS (SELECT 1 FROM article_links l WHERE l.article_id = f.rowid)
            ORDER BY score, f.rowid DESC
            LIMIT $limit) m
        JOIN articles a ON a.id = m.id
        ORDER BY m.score, a.id DESC;
        """;

    /// <summary>
    /// <see cref="Search"/> without bm25, newest first: for words so common that ranking every match would cost
    /// more than it tells (bm25 costs about a microsecond per matching row; FTS5 walks row ids newest first for free).
    /// </summary>
    public const string SearchNewest = $"""
        SELECT {Columns} FROM (
            SELECT f.rowid AS id FROM articles_fts f
            WHERE articles_fts MATCH $query
              AND NOT EXISTS (SELECT 1 FROM article_links l WHERE l.article_id = f.rowid)
            ORDER BY f.rowid DESC
            LIMIT $limit) m
        JOIN articles a ON a.id = m.id
        ORDER BY a.id DESC;
        """;

    /// <summary>How many articles have a word, counted no further than $cap: enough to choose how to search.</summary>
    public const string CountMatches = "SELECT COUNT(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH $query LIMIT $cap);";
}
