namespace BriefingBot.Infrastructure.Storage;

/// <summary>Every SQL statement about the people named in articles.</summary>
internal static class PersonSql
{
    public const string Insert = """
        INSERT INTO people (article_id, full_name, name_key, title, role, kind)
        VALUES ($articleId, $fullName, $nameKey, $title, $role, $kind);
        """;

    public const string CountForArticle = "SELECT COUNT(*) FROM people WHERE article_id = $articleId;";

    /// <param name="nameMatch">A condition from <see cref="NameMatchSql.AllTokens"/> over p.name_key.</param>
    /// <param name="narrowed">True when $nameFts holds a MATCH over people_names_fts (see NameMatchSql.SpeakerCandidates).</param>
    public static string FindByName(string nameMatch, bool narrowed) => $"""
        SELECT p.full_name, p.title, p.role, p.article_id FROM people p
        WHERE {(narrowed ? "p.id IN (SELECT rowid FROM people_names_fts WHERE people_names_fts MATCH $nameFts) AND " : "")}{nameMatch}
        ORDER BY p.article_id DESC, p.id
        LIMIT $limit;
        """;
}
