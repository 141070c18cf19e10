namespace BriefingBot.Infrastructure.Storage;

/// <summary>
/// The statements behind the newer kinds of question (who said "...", what did Turkey propose, what's new
/// on a topic). Kept apart from <see cref="QuoteSql"/> and <see cref="ArticleSql"/>, whose statements are
/// tuned for the answers measured by the benchmarks.
/// </summary>
internal static class AnswerSql
{
    // The words said weigh more than the speaker's name.
    public const string QuotesWithPhrase = $"""
        SELECT {QuoteSql.Columns} FROM quotes_fts
        JOIN quotes q ON q.id = quotes_fts.rowid
        JOIN articles a ON a.id = q.article_id
        WHERE quotes_fts MATCH $phrase AND {NearDuplicateSql.NotACopy}
        ORDER BY bm25(quotes_fts, 2.0, 1.0), julianday(COALESCE(a.published_at, a.ingested_at)) DESC, q.id
        LIMIT $limit;
        """;

    // The newest articles that match an FTS query, by id only. "+r.id" keeps SQLite from driving the query by the
    // match list: it walks the articles_recency index (migration 0004) newest first and stops at the limit, so a
    // common word costs the limit, not every article that has it, and no article row (with its body) is read.
    // Timed once in the sqlite3 shell on a 100,000-article archive, a word in a third of the articles: ~0.55 s
    // reading the matches then sorting, ~0.02 s this way (a rare word: ~0.02 s either way).
    private static string NewestMatching(string match, string limit) => $"""
        SELECT r.id FROM articles r
        WHERE +r.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH {match})
          AND NOT EXISTS (SELECT 1 FROM article_links l WHERE l.article_id = r.id)
        ORDER BY julianday(COALESCE(r.published_at, r.ingested_at)) DESC, r.id DESC
        LIMIT {limit}
        """;

    /// <param name="nameCount">How many $n0, $n1, ... parameters hold the names (lower case).</param>
    /// <remarks>
    /// The newest $articles articles that name the party at all are the candidates; the exact check on speaker,
    /// role and sentence is then made on their quotes only.
    /// </remarks>
    public static string QuotesMentioning(int nameCount)
    {
        var text = "lower(COALESCE(q.speaker_name, '') || ' ' || COALESCE(q.speaker_role, '') || ' ' || q.context)";
        var any = string.Join(" OR ", Enumerable.Range(0, nameCount).Select(i => $"instr({text}, $n{i}) > 0"));
        return $"""
            SELECT {QuoteSql.Columns} FROM quotes q
            JOIN articles a ON a.id = q.article_id
            WHERE q.article_id IN ({NewestMatching("$names", "$articles")})
              AND ({any})
            ORDER BY julianday(COALESCE(a.published_at, a.ingested_at)) DESC, q.importance DESC, q.id
            LIMIT $limit;
            """;
    }

    public static readonly string RecentArticles = $"""
        SELECT {ArticleSql.Columns} FROM articles a
        WHERE a.id IN ({NewestMatching("$query", "$limit")})
        ORDER BY julianday(COALESCE(a.published_at, a.ingested_at)) DESC, a.id DESC;
        """;
}
