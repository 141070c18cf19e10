using System.Globalization;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Evaluation;

/// <summary>
/// The content, cue and source spans of the attributions in a brat standoff file as PolNeAR writes them
/// (<c>T3	Content 115 290;300 310	text</c> and <c>E1	Attribution:T4 Content:T3 Cue:T2 ...</c>); a span may have several pieces.
/// </summary>
public static class BratAttributions
{
    /// <summary>One gold attribution: its content pieces and its cue pieces (none when it has no cue).</summary>
    public sealed record Gold(IReadOnlyList<TextSpan> Content, IReadOnlyList<TextSpan> Cue)
    {
        /// <summary>The source (speaker) pieces as annotated ("he", "Sen. Ted Cruz"); none when it has no source.</summary>
        public IReadOnlyList<TextSpan> Source { get; init; } = [];
    }

    public static List<Gold> Read(string ann)
    {
        ArgumentNullException.ThrowIfNull(ann);
        var spans = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        var contents = new List<Gold>();
        var lines = ann.Split('\n');
        foreach (var line in lines)
        {
            var parts = line.TrimEnd('\r').Split('\t');
            if (parts.Length < 2 || !line.StartsWith('T'))
            {
                continue;
            }

            var space = parts[1].IndexOf(' ', StringComparison.Ordinal);
            if (space < 0 || parts[1][..space] is not ("Content" or "Cue" or "Source"))
            {
                continue;
            }

            var pieces = new List<TextSpan>();
            foreach (var range in parts[1][(space + 1)..].Split(';'))
            {
                var bounds = range.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (bounds.Length == 2 && int.TryParse(bounds[0], CultureInfo.InvariantCulture, out var start) && int.TryParse(bounds[1], CultureInfo.InvariantCulture, out var end) && start <= end)
                {
                    pieces.Add(new TextSpan(start, end));
                }
            }

            spans[parts[0]] = pieces;
        }

        foreach (var line in lines)
        {
            var parts = line.TrimEnd('\r').Split('\t');
            if (parts.Length < 2 || !line.StartsWith('E'))
            {
                continue;
            }

            List<TextSpan>? content = null;
            List<TextSpan> cue = [];
            List<TextSpan> source = [];
            foreach (var role in parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = role.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0 && spans.TryGetValue(role[(colon + 1)..], out var pieces))
                {
                    content = role.StartsWith("Content:", StringComparison.Ordinal) ? pieces : content;
                    cue = role.StartsWith("Cue:", StringComparison.Ordinal) ? pieces : cue;
                    source = role.StartsWith("Source:", StringComparison.Ordinal) ? pieces : source;
                }
            }

            if (content is { Count: > 0 })
            {
                contents.Add(new Gold(content, cue) { Source = source });
            }
        }

        return contents;
    }
}
