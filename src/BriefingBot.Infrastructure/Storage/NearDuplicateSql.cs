namespace BriefingBot.Infrastructure.Storage;

/// <summary>The near-copy links in the archive's main file; the fingerprints and bands that find them are in <see cref="NearDuplicateIndex"/>.</summary>
internal static class NearDuplicateSql
{
    /// <summary>Reads that list articles or quotes add this condition (over alias a) to leave near copies out.</summary>
    public const string NotACopy = "NOT EXISTS (SELECT 1 FROM article_links l WHERE l.article_id = a.id)";

    /// <summary>
    /// Links $id to the original of $original ($original itself when that is no copy). Nothing is linked when
    /// $original is not in the archive: the index file can outlive the archive it was built with (a restored
    /// backup of the main file alone), and a link to a missing article would fail the whole save.
    /// </summary>
    public const string InsertLink = """
        INSERT INTO article_links (article_id, duplicate_of, similarity)
        SELECT $id, COALESCE((SELECT duplicate_of FROM article_links WHERE article_id = $original), $original), $similarity
        WHERE EXISTS (SELECT 1 FROM articles WHERE id = $original);
        """;
}
