namespace BriefingBot.Infrastructure.Storage;

/// <summary>Every SQL statement about quotes. Reads join the article so each quote carries its source.</summary>
internal static class QuoteSql
{
    /// <summary>The columns <see cref="RowReader.Quote"/> reads: the quote's, then the article's.</summary>
    public const string Columns =
        "q.id, q.kind, q.text, q.speaker_name, q.speaker_role, q.importance, q.context, " + ArticleSql.Columns;

    public const string Insert = """
        INSERT INTO quotes (article_id, kind, text, speaker_name, speaker_key, speaker_role, importance, context, sentence_index, article_when)
        VALUES ($articleId, $kind, $text, $speakerName, $speakerKey, $speakerRole, $importance, $context, $sentenceIndex, julianday($articleWhen));
        """;

    public const string CountForArticle = "SELECT COUNT(*) FROM quotes WHERE article_id = $articleId;";

    /// <param name="speakerMatch">A condition from <see cref="NameMatchSql.AllTokens"/> over s.key (the speakers table).</param>
    /// <param name="narrowed">
    /// True when <c>$speakerFts</c> holds a MATCH from <see cref="NameMatchSql.SpeakerCandidates"/>: the speakers'
    /// index picks the candidate keys; <paramref name="speakerMatch"/> still decides.
    /// </param>
    /// <remarks>
    /// The matching speaker keys come from the small speakers table, their quotes' ranking columns from the
    /// covering quotes_speaker_importance index (no quote or article row is read to rank them), and only the best
    /// $limit are joined with their rows: at 100,000 articles a common surname has ~16,000 quotes.
    /// </remarks>
    public static string FindBySpeaker(string speakerMatch, bool narrowed) => $"""
        SELECT {Columns} FROM (
            SELECT q.id FROM quotes q INDEXED BY quotes_speaker_importance
            WHERE q.speaker_key IN (
                    SELECT s.key FROM speakers s
                    WHERE {(narrowed ? "s.id IN (SELECT rowid FROM speakers_fts WHERE speakers_fts MATCH $speakerFts) AND " : "")}{speakerMatch})
              AND NOT EXISTS (SELECT 1 FROM article_links l WHERE l.article_id = q.article_id)
            ORDER BY q.importance DESC, q.article_when DESC, q.id
            LIMIT $limit) m
        JOIN quotes q ON q.id = m.id
        JOIN articles a ON a.id = q.article_id
        ORDER BY q.importance DESC, q.article_when DESC, q.id;
        """;

    /// <summary>Named speakers' quotes, newest article first, then the most important.</summary>
    /// <remarks>
    /// CROSS JOIN keeps articles as the outer loop so SQLite walks the articles_recency index (migration 0004)
    /// and stops after the limit, instead of sorting every quote in the archive.
    /// </remarks>
    public const string Latest = $"""
        SELECT {Columns} FROM articles a
        CROSS JOIN quotes q ON q.article_id = a.id
        WHERE q.speaker_key <> '' AND {NearDuplicateSql.NotACopy}
        ORDER BY julianday(COALESCE(a.published_at, a.ingested_at)) DESC, a.id DESC, q.importance DESC, q.id
        LIMIT $limit;
        """;

    // The words said weigh more than the speaker's name. Ranked on ids alone, then joined: only the candidates
    // read their quote and article rows. $candidates leaves room for near copies, which are dropped after the join.
    public const string Search = $"""
        SELECT {Columns} FROM (
            SELECT f.rowid AS id, bm25(quotes_fts, 2.0, 1.0) AS score FROM quotes_fts f
            WHERE quotes_fts MATCH $query
            ORDER BY score
            LIMIT $candidates) m
        JOIN quotes q ON q.id = m.id
        JOIN articles a ON a.id = q.article_id
        WHERE {NearDuplicateSql.NotACopy}
        ORDER BY m.score, q.importance DESC
        LIMIT $limit;
        """;

    /// <summary><see cref="Search"/> without bm25, newest quotes first, for very common words (see ArticleSql.SearchNewest).</summary>
    public const string SearchNewest = $"""
        SELECT {Columns} FROM (
            SELECT f.rowid AS id FROM quotes_fts f
            WHERE quotes_fts MATCH $query
            ORDER BY f.rowid DESC
            LIMIT $candidates) m
        JOIN quotes q ON q.id = m.id
        JOIN articles a ON a.id = q.article_id
        WHERE {NearDuplicateSql.NotACopy}
        ORDER BY q.id DESC
        LIMIT $limit;
        """;

    /// <summary>How many quotes have a word, counted no further than $cap.</summary>
    public const string CountMatches = "SELECT COUNT(*) FROM (SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH $query LIMIT $cap);";
}
