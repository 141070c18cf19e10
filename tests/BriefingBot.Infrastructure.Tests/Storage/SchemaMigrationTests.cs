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
    public async Task An_archive_from_before_the_unread_indexes_were_dropped_keeps_its_articles_and_people()
    {
        var path = Path.Combine(_folder.Path, StorageOptions.DatabaseFileName);
        using (var old = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            old.Open();
            Execute(old, "PRAGMA journal_mode = WAL; CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);");
            foreach (var migration in SchemaMigrator.Migrations.Where(m => m.Version <= 7))
            {
                Execute(old, migration.Sql);
                Execute(old, $"INSERT INTO schema_version VALUES ({migration.Version}, '{migration.Name}', '2026-11-27T12:00:00Z');");
            }

            Execute(old, """
                INSERT INTO articles (id, title, body, published_at, content_hash, pipeline_version, ingested_at)
                VALUES (7, 'Rail corridor backed', 'Ministers backed the Caspian rail corridor in Baku.', '2026-11-20T09:00:00.000+00:00', 'hash-7', 6, '2026-11-27T12:00:00.000+00:00');
                INSERT INTO people (article_id, full_name, name_key, title, role, kind) VALUES (7, 'Selim Arikan', 'selim arikan', 'Minister', NULL, 'Person');
                """);
        }

        using var store = _folder.OpenStore();

        using var connection = Connect(store);
        Assert.Equal(SchemaMigrator.LatestVersion, SchemaMigrator.CurrentVersion(connection));
        var indexes = Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'index';");
        Assert.DoesNotContain("articles_published", indexes);
        Assert.DoesNotContain("people_name_key", indexes);
        Assert.Contains("articles_recency", indexes);
        var article = await store.GetArticleAsync(7);
        Assert.Equal("Rail corridor backed", article?.Title);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero), article?.PublishedAt);
        Assert.Equal(7, Assert.Single(await store.SearchArticlesAsync("corridor", 5)).Id);
        Assert.Equal("Minister", Assert.Single(await store.FindPeopleAsync("Arikan", 5)).Title);
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

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
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
