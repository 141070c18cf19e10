using BriefingBot.Infrastructure.Ingestion;

namespace BriefingBot.Cli;

/// <summary>Expands the file and folder arguments of a command into the files to read.</summary>
internal static class InputFiles
{
    /// <summary>Files as given, and the text files below each folder (recursively, in name order), with the root each is relative to.</summary>
    public static IReadOnlyList<(string Path, string RelativePath)> Expand(IEnumerable<string> inputs)
    {
        var files = new List<(string, string)>();
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                files.Add((input, Path.GetFileName(input)));
            }
            else if (Directory.Exists(input))
            {
                var found = ArticleFiles.InFolder(input).Select(f => (f, Path.GetRelativePath(input, f))).ToList();
                if (found.Count == 0)
                {
                    throw new CliError($"no article files ({ArticleFiles.Description}) in folder '{input}'");
                }

                files.AddRange(found);
            }
            else
            {
                throw new CliError($"no such file or folder: '{input}'");
            }
        }

        return files;
    }

    /// <summary>Reads a file as text; an empty file is an error, since there is nothing to work on.</summary>
    public static string ReadText(string path)
    {
        var text = File.ReadAllText(path);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CliError($"'{path}' is empty");
        }

        return text;
    }

    /// <summary>Creates the output folder, or says clearly why it cannot.</summary>
    public static string PrepareOutput(string folder)
    {
        try
        {
            return Directory.CreateDirectory(folder).FullName;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliError($"cannot write to output folder '{folder}': {e.Message}");
        }
    }
}
