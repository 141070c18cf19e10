using Microsoft.Data.Sqlite;

namespace BriefingBot.Infrastructure.Tests.Support;

/// <summary>Looks into an archive's SQLite files the way an operator would, read-only and outside the store.</summary>
internal static class DatabaseFile
{
    /// <summary>The first column of the first row of <paramref name="sql"/>, with <c>$id</c> bound to <paramref name="id"/>.</summary>
    public static async Task<object?> ScalarAsync(string path, string sql, long id)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteScalarAsync();
    }
}
