namespace BriefingBot.Infrastructure.Ingestion;

/// <summary>
/// Which files in a folder are articles to read: one rule for ingestion and for the command line's
/// evaluation commands, so a folder means the same set of files everywhere.
/// </summary>
public static class ArticleFiles
{
    private static readonly string[] ExtensionList = [".txt", ".md", ".markdown", ".html", ".htm"];

    private static readonly HashSet<string> Extensions = new(ExtensionList, StringComparer.OrdinalIgnoreCase);

    /// <summary>The extensions, for messages: ".txt, .md, ...".</summary>
    public static string Description { get; } = string.Join(", ", ExtensionList);

    /// <summary>The article files below <paramref name="folder"/>, recursively, in ordinal name order.</summary>
    /// <exception cref="IOException">The folder cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be read.</exception>
    public static IReadOnlyList<string> InFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(file => Extensions.Contains(Path.GetExtension(file)))
            .Order(StringComparer.Ordinal)
            .ToList();
}
