namespace BriefingBot.Core.Tests.Understanding;

/// <summary>
/// Finds the shared folder (samples, evaluation data) next to the repository: walks up from the test
/// binaries to the folder holding BriefingBot.sln, then takes its sibling "shared". Fails loudly when it
/// is missing, so a test that needs it never passes by skipping.
/// </summary>
public static class SharedFiles
{
    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BriefingBot.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName
                ?? throw new InvalidOperationException($"BriefingBot.sln not found above {AppContext.BaseDirectory}.");
        }
    }

    public static string Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
            if (!Directory.Exists(shared))
            {
                throw new InvalidOperationException($"The shared folder {shared} (samples and evaluation data) is missing; these tests need it.");
            }

            return shared;
        }
    }

    /// <summary>A path under the shared folder: Under("eval", "rouge.py").</summary>
    public static string Under(params string[] parts) => Path.Combine([Shared, .. parts]);

    public static string SeedArticle => File.ReadAllText(Under("samples", "caspian-news-2017-12-05-defense-triangle.txt"));
}
