using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingBot.Infrastructure.Ingestion;

/// <summary>
/// What our archive exports put in file names: "caspian-news-2017-12-05-defense-triangle.txt" is a
/// Caspian News article of 2017-12-05. Used only when the page itself does not say.
/// </summary>
internal static partial class FileNameHints
{
    public static (string? SourceName, DateTimeOffset? Date) Read(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return (null, null);
        }

        var match = SourceDateSlug().Match(Path.GetFileNameWithoutExtension(fileName));
        if (!match.Success)
        {
            return (null, null);
        }

        var source = string.Join(' ', match.Groups["source"].Value.Split('-', '_', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        DateTimeOffset? date = DateTimeOffset.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;
        return (source.Length > 0 ? source : null, date);
    }

    [GeneratedRegex(@"^(?<source>[A-Za-z][A-Za-z0-9_-]*?)[-_](?<date>\d{4}-\d{2}-\d{2})(?:[-_].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SourceDateSlug();
}
