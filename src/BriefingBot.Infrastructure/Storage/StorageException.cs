namespace BriefingBot.Infrastructure.Storage;

/// <summary>
/// The archive could not be opened, migrated or written. The message names the database or folder
/// and says what went wrong, so it can be shown to an operator as is.
/// </summary>
public sealed class StorageException : Exception
{
    public StorageException(string message)
        : base(message)
    {
    }

    public StorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
