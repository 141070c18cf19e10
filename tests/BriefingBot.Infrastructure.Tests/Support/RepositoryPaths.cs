namespace BriefingBot.Infrastructure.Tests.Support;

/// <summary>The repository root (the folder with BriefingBot.sln) and the shared folder beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string SeedSample => Path.Combine(Shared, "samples", "caspian-news-2017-12-05-defense-triangle.txt");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BriefingBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No BriefingBot.sln above {AppContext.BaseDirectory}.");
    }
}
