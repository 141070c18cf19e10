using System.Diagnostics;
using BriefingBot.Infrastructure.Storage;
using BriefingBot.Tests.Cli;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Tests.Robustness;

/// <summary>
/// The real CLI bulk ingest, killed (SIGKILL) mid-way as a child process and run again: each article is
/// stored whole or not at all, the full-text index agrees with the tables, and the second run stores
/// exactly the rest.
/// </summary>
public sealed class IngestCrashTests : IDisposable
{
    // Several of the bulk ingest's transactions (they grow from 64 articles to 512), so the kill lands mid-way.
    private const int Articles = 600;
    private const int KillAfter = 30;
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task An_ingest_killed_mid_way_leaves_whole_articles_only_and_a_rerun_stores_exactly_the_rest()
    {
        var input = _folder.Combine("articles");
        new SyntheticArticles(seed: 3).WriteFolder(input, Articles);
        var data = _folder.Combine("data");

        var printed = await IngestUntilKilledAsync(input, data);

        var afterKill = Read(data);
        Assert.InRange(afterKill.Count, printed, Articles - 1);
        AssertConsistent(data, afterKill);

        var reference = _folder.Combine("reference");
        var clean = await CliRun.InvokeAsync("ingest", input, "--data", reference);
        Assert.Equal(0, clean.ExitCode);
        var whole = Read(reference);
        foreach (var (title, counts) in afterKill)
        {
            Assert.Equal(whole[title], counts);
        }

        var rerun = await CliRun.InvokeAsync("ingest", input, "--data", data);

        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains($"{Articles - afterKill.Count} stored, {afterKill.Count} already stored, 0 failed", rerun.Output, StringComparison.Ordinal);
        var resumed = Read(data);
        Assert.Equal(whole.OrderBy(kv => kv.Key, StringComparer.Ordinal), resumed.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        AssertConsistent(data, resumed);
    }

    /// <summary>Starts "BriefingBot ingest" as a child process, kills it once it has printed KillAfter stored articles; returns how many it printed.</summary>
    private static async Task<int> IngestUntilKilledAsync(string input, string data)
    {
        var cli = typeof(BriefingBot.Cli.Cli).Assembly.Location;
        var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { cli, "ingest", input, "--data", data })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stored = 0;
        try
        {
            while (stored < KillAfter)
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                    ?? throw new InvalidOperationException($"The ingest ended before it was killed, after {stored} articles.");
                if (line.StartsWith("stored #", StringComparison.Ordinal))
                {
                    stored++;
                }
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        return stored;
    }

    /// <summary>Per article title: how many quotes and people are stored with it.</summary>
    private static Dictionary<string, (long Quotes, long People)> Read(string data)
    {
        using var connection = Open(data);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a.title,
                   (SELECT count(*) FROM quotes q WHERE q.article_id = a.id),
                   (SELECT count(*) FROM people p WHERE p.article_id = a.id)
            FROM articles a
            """;
        using var reader = command.ExecuteReader();
        var result = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        while (reader.Read())
        {
            Assert.True(result.TryAdd(reader.GetString(0), (reader.GetInt64(1), reader.GetInt64(2))), $"stored twice: {reader.GetString(0)}");
        }

        return result;
    }

    private static void AssertConsistent(string data, Dictionary<string, (long Quotes, long People)> articles)
    {
        using var connection = Open(data);
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
        Scalar(connection, "INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)");
        Scalar(connection, "INSERT INTO quotes_fts(quotes_fts, rank) VALUES('integrity-check', 1)");

        // Every article carries "report number N" once: the index finds exactly the stored ones.
        Assert.Equal((long)articles.Count, Scalar(connection, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '\"report number\"'"));
        Assert.Equal(articles.Values.Sum(a => a.Quotes), Scalar(connection, "SELECT count(*) FROM quotes"));
    }

    private static SqliteConnection Open(string data)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(data, StorageOptions.DatabaseFileName),
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
