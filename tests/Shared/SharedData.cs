namespace BriefingBot.Tests.Shared;

/// <summary>
/// Paths into ../shared (beside the repository): the seed article and the evaluation sets. Tests that
/// need them fail with a clear message when the folder is missing, rather than silently skipping.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepositoryRoot => Path.GetDirectoryName(Root.Value)!;

    /// <summary>The seed article's text, read once.</summary>
    public static string SeedArticleText => SeedText.Value;

    private static readonly Lazy<string> SeedText = new(() => File.ReadAllText(SeedArticle));

    public static string SeedArticle => Existing(Path.Combine(Root.Value, "samples", "caspian-news-2017-12-05-defense-triangle.txt"));

    public static string Get(params string[] parts) => Existing(Path.Combine([Root.Value, .. parts]));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BriefingBot.sln")))
            {
                return Existing(Path.Combine(dir.FullName, "..", "shared"));
            }
        }

        throw new InvalidOperationException($"BriefingBot.sln not found above {AppContext.BaseDirectory}");
    }

    private static string Existing(string path) =>
        File.Exists(path) || Directory.Exists(path)
            ? Path.GetFullPath(path)
            : throw new InvalidOperationException($"Test data missing: {Path.GetFullPath(path)} (../shared must sit beside the repository)");
}
