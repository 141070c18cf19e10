using BriefingBot.Infrastructure.Storage;
using BriefingBot.Infrastructure.Tests.Support;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Infrastructure.Tests.Storage;

public sealed class SchemaMigrationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Opening_an_empty_folder_creates_the_database_at_the_latest_schema()
    {
        using var store = _folder.OpenStore();

        Assert.Equal(Path.Combine(_folder.Path, "briefingbot.db"), store.DatabasePath);
        using var connection = Connect(store);
        Assert.Equal(SchemaMigrator.LatestVersion, SchemaMigrator.CurrentVersion(connection));
        var tables = Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table';");
        Assert.Superset(new HashSet<string> { "schema_version", "articles", "people", "quotes", "articles_fts", "quotes_fts" }, tables.ToHashSet());
        Assert.Equal("wal", Strings(connection, "PRAGMA journal_mode;").Single());
    }

    [Fact]
    public void A_missing_data_folder_is_created()
    {
        var nested = Path.Combine(_folder.Path, "a", "b", "data");

        using var store = new SqliteArticleStore(new StorageOptions { DataDirectory = nested });

        Assert.True(File.Exists(Path.Combine(nested, StorageOptions.DatabaseFileName)));
    }

    [Fact]
    public async Task Reopening_the_database_keeps_the_data_and_applies_no_migration_twice()
    {
        long id;
        using (var store = _folder.OpenStore())
        {
            id = (await store.SaveAsync(Articles.Defense(), AnalysisBuilder.Plain(Articles.DefenseBody))).ArticleId;
        }

        using var reopened = _folder.OpenStore();

        Assert.Equal(1, await reopened.CountArticlesAsync());
        var article = await reopened.GetArticleAsync(id);
        Assert.NotNull(article);
        Assert.Equal(Articles.Defense().Title, article.Title);
        Assert.Equal(new DateTimeOffset(2017, 12, 5, 0, 0, 0, TimeSpan.Zero), article.PublishedAt);
        using var connection = Connect(reopened);
        Assert.Equal(SchemaMigrator.Migrations.Count.ToString(), Strings(connection, "SELECT COUNT(*) FROM schema_version;").Single());
    }

    [Fact]
    public void A_database_from_a_newer_build_is_refused_with_a_clear_message()
    {
        using (var store = _folder.OpenStore())
        using (var connection = Connect(store))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES (9999, 'future', '2030-01-01');";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<StorageException>(_folder.OpenStore);

        Assert.Contains("9999", error.Message);
        Assert.Contains("newer", error.Message);
    }

    [Fact]
    public void A_data_folder_that_cannot_be_created_is_named_in_the_error()
    {
        var file = _folder.Write("not-a-folder", "x");
        var impossible = Path.Combine(file, "data");

        var error = Assert.Throws<StorageException>(() => new SqliteArticleStore(new StorageOptions { DataDirectory = impossible }));

        Assert.Contains(impossible, error.Message);
    }

    [Fact]
    public void An_empty_data_folder_setting_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<StorageException>(() => new SqliteArticleStore(new StorageOptions { DataDirectory = " " }));

        Assert.Contains("DataDirectory", error.Message);
    }

    private static SqliteConnection Connect(SqliteArticleStore store)
    {
        var connection = new SqliteConnection($"Data Source={store.DatabasePath}");
        connection.Open();
        return connection;
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
