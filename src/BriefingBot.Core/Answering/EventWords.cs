using System.Text.RegularExpressions;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Reads the event in "when is the next trilateral meeting?": the words that name it ("trilateral meeting"),
/// and whether the question looks ahead ("next", "upcoming"), which prefers sentences that do too.
/// </summary>
internal static partial class EventWords
{
    /// <summary>The event without words that only say which occurrence is meant.</summary>
    public static string Core(string subject)
    {
        var core = OccurrencePattern().Replace(subject, " ");
        core = Regex.Replace(core, @"\s+", " ").Trim();
        return core.Length > 0 ? core : subject;
    }

    public static bool LooksAhead(string subject) => AheadPattern().IsMatch(subject);

    [GeneratedRegex(@"\b(?:next|upcoming|coming|forthcoming|last|latest|previous|recent|first|second|third|this|that|year'?s)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OccurrencePattern();

    [GeneratedRegex(@"\b(?:next|upcoming|coming|forthcoming|will)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AheadPattern();
}
