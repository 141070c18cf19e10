using System.Reflection;

namespace BriefingBot.Demo;

/// <summary>The demo articles shipped inside the executable (Demo/Articles/*.md, written for this project).</summary>
public static class DemoArticles
{
    private const string Prefix = "DemoArticles/";

    /// <summary>Each article's file name and text, in name order.</summary>
    public static IReadOnlyList<(string FileName, string Text)> Load()
    {
        var assembly = typeof(DemoArticles).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => (name[Prefix.Length..], Read(assembly, name)))
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
