using System.Security.Cryptography;
using System.Text;
using BriefingBot.Infrastructure.Sources;
using BriefingBot.Infrastructure.Storage;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Infrastructure.Admin;

/// <summary>
/// The admin audit log and the admin API keys, in the archive's SQLite file. Keys are random 256-bit values
/// shown once; only their SHA-256 is stored, so a copy of the database does not give API access.
/// </summary>
public sealed class SqliteAdminStore
{
    private const string KeyPrefix = "bbk_";
    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time;

    public SqliteAdminStore(SqliteArticleStore articles, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(articles);
        _database = articles.Database;
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    public async Task RecordAsync(string actor, string action, string detail, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO admin_audit (at, actor, action, detail) VALUES ($at, $actor, $action, $detail);";
        command.Parameters.AddWithValue("$at", UtcText.From(_time.GetUtcNow()));
        command.Parameters.AddWithValue("$actor", actor);
        command.Parameters.AddWithValue("$action", action);
        command.Parameters.AddWithValue("$detail", detail);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The most recent entries, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> AuditLogAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = _database.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, at, actor, action, detail FROM admin_audit ORDER BY id DESC LIMIT $limit;";
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(reader.GetInt64(0), UtcText.Parse(reader.GetString(1)), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        }

        return entries;
    }

    /// <summary>Creates a key named <paramref name="name"/> and returns it: the only time it is ever visible.</summary>
    /// <exception cref="SourceException">The name is empty, too long or already used.</exception>
    public async Task<string> CreateApiKeyAsync(string name, string createdBy, CancellationToken cancellationToken = default)
    {
        var trimmed = (name ?? string.Empty).Trim();
        if (trimmed.Length is 0 or > 100)
        {
            throw new SourceException("An API key needs a name of 1 to 100 characters, saying who or what uses it.");
        }

        var key = KeyPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        await using var connection = _database.OpenConnection();
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO admin_api_keys (name, key_hash, created_at, created_by) VALUES ($name, $hash, $now, $by)
            ON CONFLICT (name) DO NOTHING;
            """;
        command.Parameters.AddWithValue("$name", trimmed);
        command.Parameters.AddWithValue("$hash", Hash(key));
        command.Parameters.AddWithValue("$now", UtcText.From(_time.GetUtcNow()));
        command.Parameters.AddWithValue("$by", createdBy);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new SourceException($"An API key named '{trimmed}' already exists; choose another name.", SourceProblem.Conflict);
        }

        await using (var audit = connection.CreateCommand())
        {
            audit.Transaction = transaction;
            audit.CommandText = "INSERT INTO admin_audit (at, actor, action, detail) VALUES ($at, $actor, 'api-key.create', $detail);";
            audit.Parameters.AddWithValue("$at", UtcText.From(_time.GetUtcNow()));
            audit.Parameters.AddWithValue("$actor", createdBy);
            audit.Parameters.AddWithValue("$detail", $"created API key '{trimmed}'");
            await audit.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return key;
    }

    /// <summary>The name of the unrevoked key <paramref name="presented"/> is, or null.</summary>
    public async Task<string?> FindApiKeyAsync(string? presented, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(presented) || presented.Length > 200)
        {
            return null;
        }

        await using var connection = _database.OpenConnection();
        await using var command = connection.CreateCommand();
        // Looked up by hash: the comparison is on a digest the caller cannot steer byte by byte.
        command.CommandText = "SELECT name FROM admin_api_keys WHERE key_hash = $hash AND revoked_at IS NULL;";
        command.Parameters.AddWithValue("$hash", Hash(presented.Trim()));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
