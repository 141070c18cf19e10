using BriefingBot.Core.Geography;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>Writes where an article is (its countries and regions) inside the article's save transaction.</summary>
public sealed partial class SqliteArticleStore
{
    /// <summary>
    /// Files every article that has no places yet (stored before region tagging, or naming no place) under the
    /// places <paramref name="tag"/> finds, a batch per transaction.
    /// </summary>
    /// <returns>How many articles got at least one place.</returns>
    public async Task<int> TagUntaggedAsync(Func<string, string, ArticleGeography> tag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tag);
        const int BatchSize = 200;
        var tagged = 0;
        var after = 0L;
        while (true)
        {
            await using var connection = _database.OpenConnection();
            var batch = new List<(long Id, string Title, string Body)>();
            await using (var read = Command(connection, null, PlaceSql.Untagged))
            {
                read.Parameters.AddWithValue("$after", after);
                read.Parameters.AddWithValue("$limit", BatchSize);
                await using var reader = await read.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    batch.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
                }
            }

            if (batch.Count == 0)
            {
                return tagged;
            }

            await using var transaction = connection.BeginTransaction(deferred: false);
            await using var statements = new TransactionStatements(connection, transaction);
            foreach (var (id, title, body) in batch)
            {
                var places = tag(title, body);
                await InsertPlacesAsync(statements, id, places, cancellationToken);
                tagged += places.Countries.Count + places.Regions.Count > 0 ? 1 : 0;
            }

            await transaction.CommitAsync(cancellationToken);
            after = batch[^1].Id;
        }
    }

    private static async Task InsertPlacesAsync(
        TransactionStatements statements, long articleId, ArticleGeography places, CancellationToken cancellationToken)
    {
        foreach (var (kind, place) in places.Countries.Select(c => ("country", c)).Concat(places.Regions.Select(r => ("region", r))))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var command = statements.For(PlaceSql.Insert);
            command.Parameters.AddWithValue("$articleId", articleId);
            command.Parameters.AddWithValue("$kind", kind);
            command.Parameters.AddWithValue("$code", place.Key);
            command.Parameters.AddWithValue("$name", place.Name);
            command.Parameters.AddWithValue("$score", place.Score);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
