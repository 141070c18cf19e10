using System.Security.Cryptography;
using System.Text;
using BriefingBot.Infrastructure.Storage;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Tests.Robustness;

/// <summary>Row counts and a hash of every stored row of the archive's content tables: equal fingerprints, unchanged data.</summary>
internal static class ArchiveFingerprint
{
    private static readonly string[] Tables = ["articles", "quotes", "people", "sources", "source_items", "article_sources", "article_links"];

    /// <summary>The tables of what was read and understood, without the sources admins manage.</summary>
    public static readonly string[] ContentTables = ["articles", "quotes", "people", "source_items", "article_sources", "article_links"];

    /// <param name="tables">The tables to cover; every content table and the sources when not given.</param>
    public static string Of(string dataDirectory, IReadOnlyList<string>? tables = null)
    {
        var path = Path.Combine(dataDirectory, StorageOptions.DatabaseFileName);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var text = new StringBuilder();
        foreach (var table in tables ?? Tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table} ORDER BY rowid";
            using var reader = command.ExecuteReader();
            var rows = 0;
            while (reader.Read())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? "\0null" : reader.GetValue(i).ToString()).Append('\u001f');
                }

                text.Append('\u001e');
            }

            text.Append(table).Append(':').Append(rows).Append('\n');
        }

        using (var fts = connection.CreateCommand())
        {
            fts.CommandText = "SELECT (SELECT count(*) FROM articles_fts), (SELECT count(*) FROM quotes_fts)";
            using var reader = fts.ExecuteReader();
            reader.Read();
            text.Append("fts:").Append(reader.GetInt64(0)).Append('/').Append(reader.GetInt64(1));
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
