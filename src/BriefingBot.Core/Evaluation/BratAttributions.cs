using System.Globalization;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Evaluation;

/// <summary>
/// The content spans of the attributions in a brat standoff file as PolNeAR writes them
/// (<c>T3	Content 115 290;300 310	text</c> and <c>E1	Attribution:T4 Content:T3 ...</c>); a content may have several pieces.
/// </summary>
public static class BratAttributions
{
    public static List<List<TextSpan>> Contents(string ann)
    {
        ArgumentNullException.ThrowIfNull(ann);
        var spans = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        var contents = new List<List<TextSpan>>();
        var lines = ann.Split('\n');
        foreach (var line in lines)
        {
            var parts = line.TrimEnd('\r').Split('\t');
            if (parts.Length < 2 || !line.StartsWith('T'))
            {
                continue;
            }

            var space = parts[1].IndexOf(' ', StringComparison.Ordinal);
            if (space < 0 || parts[1][..space] != "Content")
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

            foreach (var role in parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (role.StartsWith("Content:", StringComparison.Ordinal) && spans.TryGetValue(role["Content:".Length..], out var pieces) && pieces.Count > 0)
                {
                    contents.Add(pieces);
                }
            }
        }

        return contents;
    }
}
