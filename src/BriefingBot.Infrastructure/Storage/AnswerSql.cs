namespace BriefingBot.Infrastructure.Storage;

/// <summary>
/// The statements behind the newer kinds of question (who said "...", what did Turkey propose, what's new
/// on a topic). Kept apart from <see cref="QuoteSql"/> and <see cref="ArticleSql"/>, whose statements are
/// tuned for the answers measured by the benchmarks.
/// </summary>
internal static class AnswerSql
{
    // The words said weigh more than the speaker's name; among equals the earliest article, as who said it first
    // is asked. Only the first $scan matches (the first stored: FTS5 returns rowids in order and stops at the
    // limit; the oldest articles when they were stored in date order) are ranked, so words repeated in thousands
    // of quotes cost $scan rows, not all of them; for such words an archive filled out of date order may name a
    // later speaker first. On the 100,000-article synthetic
    // archive, a phrase in 40,912 quotes: 870 ms ranking every match, 40 ms this way (sqlite3 shell, warm).
    public const string QuotesWithPhrase = $"""
        SELECT {QuoteSql.Columns} FROM (
            SELECT rowid AS id, bm25(quotes_fts, 2.0, 1.0) AS score FROM quotes_fts WHERE quotes_fts MATCH $phrase LIMIT $scan
        ) m
        JOIN quotes q ON q.id = m.id
        JOIN articles a ON a.id = q.article_id
        WHERE {NearDuplicateSql.NotACopy}
        ORDER BY m.score, julianday(COALESCE(a.published_at, a.ingested_at)), q.id
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
        var any = string.Join(" OR ", Enumerable.Range(0, nameCount).Select(i => $"instr(c.text, $n{i}) > 0"));
        // The lowered text is made once per quote (MATERIALIZED keeps SQLite from pasting the expression into
        // every instr), the quotes are chosen on it alone (article_when is the article's date, kept on the quote),
        // and only the chosen are joined with their articles. A country has up to 12 names: this took 40% less
        // CPU than lowering the text for each name (sqlite3 shell, 10,000-article synthetic archive, 9 names).
        return $"""
            WITH c AS MATERIALIZED (
                SELECT q.id, q.article_when, q.importance,
                       lower(COALESCE(q.speaker_name, '') || ' ' || COALESCE(q.speaker_role, '') || ' ' || q.context) AS text
                FROM quotes q
                WHERE q.article_id IN ({NewestMatching("$names", "$articles")}))
            SELECT {QuoteSql.Columns} FROM (
                SELECT c.id FROM c
                WHERE {any}
                ORDER BY c.article_when DESC, c.importance DESC, c.id
                LIMIT $limit) m
            JOIN quotes q ON q.id = m.id
            JOIN articles a ON a.id = q.article_id
            ORDER BY q.article_when DESC, q.importance DESC, q.id;
            """;
    }

    public static readonly string RecentArticles = $"""
        SELECT {ArticleSql.Columns} FROM articles a
        WHERE a.id IN ({NewestMatching("$query", "$limit")})
        ORDER BY julianday(COALESCE(a.published_at, a.ingested_at)) DESC, a.id DESC;
        """;
}
