using BriefingBot.Infrastructure.Storage;

namespace BriefingBot.Infrastructure.Tests.Support;

/// <summary>An archive in a test's temporary folder.</summary>
public static class TempFolderStorage
{
    public static StorageOptions StorageOptions(this TempFolder folder) => new() { DataDirectory = folder.Path };

    public static SqliteArticleStore OpenStore(this TempFolder folder) => new(folder.StorageOptions());
}
