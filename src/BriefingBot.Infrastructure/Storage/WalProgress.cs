using Microsoft.Data.Sqlite;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>A checkpoint's result: the frames in the WAL and how many of them are in the database file.</summary>
/// <param name="Busy">The checkpoint could not finish: a reader or writer was in the way.</param>
internal readonly record struct WalProgress(bool Busy, long LogFrames, long CheckpointedFrames)
{
    public bool CaughtUp => !Busy && CheckpointedFrames >= LogFrames;

    /// <param name="mode">PASSIVE, FULL, RESTART or TRUNCATE.</param>
    public static WalProgress Checkpoint(SqliteConnection connection, string mode)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode});";
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new WalProgress(reader.GetInt64(0) != 0, reader.GetInt64(1), reader.GetInt64(2))
            : default;
    }
}
