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

    /// <param name="nameCount">How many $n0, $n1, ... parameters hold the names (lower case).</param>
    /// <remarks>
    /// The article index narrows the candidates to articles that name the party at all; the exact check on
    /// speaker, role and sentence is then made on those quotes only.
    /// </remarks>
    public static string QuotesMentioning(int nameCount)
    {
        var text = "lower(COALESCE(q.speaker_name, '') || ' ' || COALESCE(q.speaker_role, '') || ' ' || q.context)";
        var any = string.Join(" OR ", Enumerable.Range(0, nameCount).Select(i => $"instr({text}, $n{i}) > 0"));
        return $"""
            SELECT {QuoteSql.Columns} FROM quotes q
            JOIN articles a ON a.id = q.article_id
            WHERE q.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH $names)
              AND ({any})
              AND {NearDuplicateSql.NotACopy}
            ORDER BY julianday(COALESCE(a.published_at, a.ingested_at)) DESC, q.importance DESC, q.id
            LIMIT $limit;
            """;
    }

    public const string RecentArticles = $"""
        SELECT {ArticleSql.Columns} FROM articles a
        WHERE a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH $query)
          AND {NearDuplicateSql.NotACopy}
        ORDER BY julianday(COALESCE(a.published_at, a.ingested_at)) DESC, a.id DESC
        LIMIT $limit;
        """;
}
