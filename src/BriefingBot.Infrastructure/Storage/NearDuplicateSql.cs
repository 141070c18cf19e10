using BriefingBot.Core.Archive;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>Fingerprints a newly stored article and links it to the earliest near copy already stored, in the save's transaction.</summary>
internal static class NearDuplicateSql
{
    /// <summary>Reads that list articles or quotes add this condition (over alias a) to leave near copies out.</summary>
    public const string NotACopy = "NOT EXISTS (SELECT 1 FROM article_links l WHERE l.article_id = a.id)";

    // The band count is fixed, so the candidate query is built once, not on every save. Each band gives at most
    // its earliest CandidatesPerBand articles (the primary key keeps a bucket in id order, so no sort): a bucket
    // that many articles share is boilerplate, and comparing all of it made every save slower as the archive grew
    // (synthetic articles at 100,000: about 300 candidates and 1.8 ms per save, most of the writer's time).
    private static readonly string CandidatesSql = $"""
        SELECT f.article_id, f.signature FROM article_fingerprints f
        WHERE f.article_id IN ({string.Join(" UNION ALL ", Enumerable.Range(0, NearDuplicates.Bands).Select(i =>
            $"SELECT * FROM (SELECT b.article_id FROM article_bands b WHERE b.band = {i} AND b.value = $v{i} ORDER BY b.article_id LIMIT {NearDuplicates.CandidatesPerBand})"))})
        ORDER BY f.article_id;
        """;

    // All of an article's bands in one statement: sixteen executions, each binding its parameters anew, cost the
    // single writer more than the rows themselves.
    private static readonly string InsertBandsSql =
        $"INSERT OR IGNORE INTO article_bands (band, value, article_id) VALUES {string.Join(", ", Enumerable.Range(0, NearDuplicates.Bands).Select(i => $"({i}, $v{i}, $id)"))};";

    /// <returns>The id of the original this article copies, or null.</returns>
    public static async Task<long?> FingerprintAndLinkAsync(
        TransactionStatements statements, long articleId, uint[]? signature, CancellationToken cancellationToken)
    {
        if (signature is null)
        {
            return null;
        }

        var bands = NearDuplicates.BandValues(signature);
        var (original, similarity) = await BestCandidateAsync(statements, signature, bands, cancellationToken);
        if (original is { } originalId)
        {
            var link = statements.For("""
                INSERT INTO article_links (article_id, duplicate_of, similarity)
                VALUES ($id, COALESCE((SELECT duplicate_of FROM article_links WHERE article_id = $original), $original), $similarity);
                """);
            link.Parameters.AddWithValue("$id", articleId);
            link.Parameters.AddWithValue("$original", originalId);
            link.Parameters.AddWithValue("$similarity", similarity);
            await link.ExecuteNonQueryAsync(cancellationToken);
        }

        var fingerprint = statements.For("INSERT INTO article_fingerprints (article_id, signature) VALUES ($id, $signature);");
        fingerprint.Parameters.AddWithValue("$id", articleId);
        fingerprint.Parameters.AddWithValue("$signature", NearDuplicates.ToBytes(signature));
        await fingerprint.ExecuteNonQueryAsync(cancellationToken);

        var band = statements.For(InsertBandsSql);
        band.Parameters.AddWithValue("$id", articleId);
        for (var i = 0; i < bands.Length; i++)
        {
            band.Parameters.AddWithValue($"$v{i}", bands[i]);
        }

        await band.ExecuteNonQueryAsync(cancellationToken);

        return original is null ? null : await OriginalOfAsync(statements, articleId, cancellationToken);
    }

    private static async Task<(long? Id, double Similarity)> BestCandidateAsync(
        TransactionStatements statements, uint[] signature, long[] bands, CancellationToken cancellationToken)
    {
        var command = statements.For(CandidatesSql);
        for (var i = 0; i < bands.Length; i++)
        {
            command.Parameters.AddWithValue($"$v{i}", bands[i]);
        }

        long? best = null;
        var bestSimilarity = 0.0;
        // Up to Bands x CandidatesPerBand candidates per save: each one's signature is read into one buffer
        // instead of two new arrays.
        var stored = new byte[NearDuplicates.SignatureLength * sizeof(uint)];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.GetBytes(1, 0, stored, 0, stored.Length) != stored.Length)
            {
                continue; // not a signature this version wrote; it cannot be compared
            }

            var similarity = NearDuplicates.Similarity(signature, stored);
            if (similarity >= NearDuplicates.LinkThreshold && similarity > bestSimilarity)
            {
                best = reader.GetInt64(0);
                bestSimilarity = similarity;
            }
        }

        return (best, bestSimilarity);
    }

    private static async Task<long?> OriginalOfAsync(TransactionStatements statements, long articleId, CancellationToken cancellationToken)
    {
        var command = statements.For("SELECT duplicate_of FROM article_links WHERE article_id = $id;");
        command.Parameters.AddWithValue("$id", articleId);
        return await command.ExecuteScalarAsync(cancellationToken) as long?;
    }
}
