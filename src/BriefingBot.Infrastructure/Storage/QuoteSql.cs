namespace BriefingBot.Infrastructure.Storage;

/// <summary>Every SQL statement about quotes. Reads join the article so each quote carries its source.</summary>
internal static class QuoteSql
{
    /// <summary>The columns <see cref="RowReader.Quote"/> reads: the quote's, then the article's.</summary>
    public const string Columns =
        "q.id, q.kind, q.text, q.speaker_name, q.speaker_role, q.importance, q.context, " + ArticleSql.Columns;

    public const string Insert = """
        INSERT INTO quotes (article_id, kind, text, speaker_name, speaker_key, speaker_role, importance, context, sentence_index)
        VALUES ($articleId, $kind, $text, $speakerName, $speakerKey, $speakerRole, $importance, $context, $sentenceIndex);
        """;

    public const string CountForArticle = "SELECT COUNT(*) FROM quotes WHERE article_id = $articleId;";

    /// <param name="speakerMatch">A condition from <see cref="NameMatchSql.AllTokens"/> over q.speaker_key.</param>
    /// <param name="narrowed">
    /// True when <c>$speakerFts</c> holds a MATCH from <see cref="NameMatchSql.SpeakerCandidates"/>: the speaker
    /// index picks the candidates so only those quotes are read; <paramref name="speakerMatch"/> still decides.
    /// </param>
    public static string FindBySpeaker(string speakerMatch, bool narrowed) => $"""
        SELECT {Columns} FROM quotes q
        JOIN articles a ON a.id = q.article_id
        WHERE {(narrowed ? "q.id IN (SELECT rowid FROM quote_speakers_fts WHERE quote_speakers_fts MATCH $speakerFts) AND " : "")}{speakerMatch}
          AND {NearDuplicateSql.NotACopy}
        ORDER BY q.importance DESC, julianday(COALESCE(a.published_at, a.ingested_at)) DESC, q.id
        LIMIT $limit;
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

    // The words said weigh more than the speaker's name.
    public const string Search = $"""
        SELECT {Columns} FROM quotes_fts
        JOIN quotes q ON q.id = quotes_fts.rowid
        JOIN articles a ON a.id = q.article_id
        WHERE quotes_fts MATCH $query AND {NearDuplicateSql.NotACopy}
        ORDER BY bm25(quotes_fts, 2.0, 1.0), q.importance DESC
        LIMIT $limit;
        """;
}
