using BriefingBot.Core.Geography;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>Writes where an article is (its countries and regions) inside the article's save transaction.</summary>
public sealed partial class SqliteArticleStore
{
    private static async Task InsertPlacesAsync(
        SqliteConnection connection, SqliteTransaction transaction, long articleId, ArticleGeography places, CancellationToken cancellationToken)
    {
        foreach (var (kind, place) in places.Countries.Select(c => ("country", c)).Concat(places.Regions.Select(r => ("region", r))))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var command = Command(connection, transaction, PlaceSql.Insert);
            command.Parameters.AddWithValue("$articleId", articleId);
            command.Parameters.AddWithValue("$kind", kind);
            command.Parameters.AddWithValue("$code", place.Key);
            command.Parameters.AddWithValue("$name", place.Name);
            command.Parameters.AddWithValue("$score", place.Score);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
