using System.Globalization;
using System.Text.Json;
using BriefingBot.Core.Archive;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Geography;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>
/// What briefings read (articles of a window with their places and key quotes) and the regions admins
/// define, in the archive's SQLite file.
/// </summary>
public sealed class SqliteBriefingArchive(SqliteArticleStore store) : IBriefingArchive
{
    private const int MaxLimit = 5_000;

    public async Task<IReadOnlyList<BriefingArticle>> ArticlesAsync(DateTimeOffset from, DateTimeOffset until, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = store.Database.OpenConnection();
        var articles = new List<StoredArticle>();
        var duplicateOf = new Dictionary<long, long>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = PlaceSql.ArticlesInWindow;
            command.Parameters.AddWithValue("$from", RowReader.FormatDate(from));
            command.Parameters.AddWithValue("$until", RowReader.FormatDate(until));
            command.Parameters.AddWithValue("$limit", Math.Clamp(limit, 0, MaxLimit));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var article = RowReader.Article(reader);
                articles.Add(article);
                if (!reader.IsDBNull(ArticleSql.ColumnCount))
                {
                    duplicateOf[article.Id] = reader.GetInt64(ArticleSql.ColumnCount);
                }
            }
        }

        if (articles.Count == 0)
        {
            return [];
        }

        var ids = JsonSerializer.Serialize(articles.Select(a => a.Id));
        var countries = new Dictionary<long, List<PlaceScore>>();
        var regions = new Dictionary<long, List<PlaceScore>>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = PlaceSql.PlacesOfArticles;
            command.Parameters.AddWithValue("$ids", ids);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var target = reader.GetString(1) == "country" ? countries : regions;
                var id = reader.GetInt64(0);
                if (!target.TryGetValue(id, out var list))
                {
                    target[id] = list = [];
                }

                list.Add(new PlaceScore(reader.GetString(2), reader.GetString(3), reader.GetDouble(4)));
            }
        }

        var quotes = new Dictionary<long, List<StoredQuote>>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = PlaceSql.KeyQuotesOfArticles;
            command.Parameters.AddWithValue("$ids", ids);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var quote = RowReader.Quote(reader);
                if (!quotes.TryGetValue(quote.Article.Id, out var list))
                {
                    quotes[quote.Article.Id] = list = [];
                }

                list.Add(quote);
            }
        }

        return articles.Select(a => new BriefingArticle(
            a,
            new ArticleGeography(countries.GetValueOrDefault(a.Id) ?? [], regions.GetValueOrDefault(a.Id) ?? []),
            quotes.GetValueOrDefault(a.Id) ?? [],
            duplicateOf.TryGetValue(a.Id, out var original) ? original : null)).ToList();
    }

    /// <remarks>Asked on every briefing request; kept in the store's read cache (a region change bumps its version).</remarks>
    public Task<IReadOnlyList<Region>> CustomRegionsAsync(CancellationToken cancellationToken = default) =>
        store.ReadCache is { } cache
            ? cache.ValueAsync("custom-regions", () => ReadCustomRegionsAsync(cancellationToken), regions => 256L * (regions.Count + 1))
            : ReadCustomRegionsAsync(cancellationToken);

    private async Task<IReadOnlyList<Region>> ReadCustomRegionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = store.Database.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = PlaceSql.CustomRegions;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var regions = new List<Region>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var members = JsonSerializer.Deserialize<string[]>(reader.GetString(1)) ?? [];
            var terms = JsonSerializer.Deserialize<string[]>(reader.GetString(2)) ?? [];
            regions.Add(new Region(reader.GetString(0), RegionKind.Custom, members.ToHashSet(StringComparer.OrdinalIgnoreCase), terms));
        }

        return regions;
    }

    /// <summary>Adds an admin's region, or replaces the countries and terms of the one with that name.</summary>
    public async Task SaveCustomRegionAsync(Region region, string createdBy, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(region);
        try
        {
            await using var connection = store.Database.OpenConnection();
            await using var command = connection.CreateCommand();
            command.CommandText = PlaceSql.UpsertCustomRegion;
            command.Parameters.AddWithValue("$name", region.Name.Trim());
            command.Parameters.AddWithValue("$nameKey", region.Key);
            command.Parameters.AddWithValue("$countries", JsonSerializer.Serialize(region.Countries.Select(c => c.ToUpperInvariant()).Order(StringComparer.Ordinal)));
            command.Parameters.AddWithValue("$terms", JsonSerializer.Serialize(region.Terms));
            command.Parameters.AddWithValue("$createdBy", createdBy);
            command.Parameters.AddWithValue("$createdAt", UtcText.From(now));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw new StorageException($"Could not save the region \"{region.Name}\": {ex.Message}", ex);
        }
    }

    /// <returns>True when a region of that name existed.</returns>
    public async Task<bool> RemoveCustomRegionAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = store.Database.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = PlaceSql.DeleteCustomRegion;
        command.Parameters.AddWithValue("$nameKey", Region.KeyOf(name));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }
}
