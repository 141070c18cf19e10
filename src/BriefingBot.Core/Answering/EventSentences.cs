using System.Text.RegularExpressions;
using BriefingBot.Core.Archive;
using BriefingBot.Core.Geography;
using BriefingBot.Core.Understanding.Sentences;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Sentences of an article that say when or where something happens: "The next trilateral meeting will take
/// place in Islamabad sometime in 2018." Rules over the sentence, with the gazetteer for places.
/// </summary>
internal static partial class EventSentences
{
    private static readonly Lazy<PlaceMatcher> Places = new(() => new PlaceMatcher(Gazetteer.Default.Names));

    public static IEnumerable<string> Of(StoredArticle article)
    {
        foreach (var span in SentenceSplitter.Split(article.Body))
        {
            yield return article.Body[span.Start..span.End];
        }
    }

    /// <summary>A date, a day, a month, a year or a relative time ("next month", "on Friday").</summary>
    public static bool SaysWhen(string sentence) => TimePattern().IsMatch(sentence) || RelativeTimePattern().IsMatch(sentence);

    /// <summary>
    /// A venue: "take place in X", "held in X", "will host", or a known place after "in" or "at".
    /// Strong venues (the phrases) score 1, a place after a preposition 0.5, none 0.
    /// </summary>
    public static double SaysWhere(string sentence)
    {
        if (VenuePattern().IsMatch(sentence))
        {
            return 1;
        }

        foreach (var mention in Places.Value.Find(sentence))
        {
            var before = sentence[..mention.Start].TrimEnd();
            if (before.EndsWith(" in", StringComparison.Ordinal) || before.EndsWith(" at", StringComparison.Ordinal)
                || before.EndsWith(" in the", StringComparison.Ordinal) || before.EndsWith(" to", StringComparison.Ordinal))
            {
                return 0.5;
            }
        }

        return 0;
    }

    /// <summary>"will", "next", "is scheduled": the sentence is about something still to come.</summary>
    public static bool LooksAhead(string sentence) => AheadPattern().IsMatch(sentence);

    // Month and day names are matched case-sensitively so that "may" the verb is not a month.
    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:19|20)\d{2}\b|\b\d{1,2}:\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"\b(?:(?:next|this|last|coming|later\s+this|early\s+next|late\s+next|end\s+of\s+(?:the|this|next))\s+(?:week|month|year|spring|summer|autumn|fall|winter|weekend|quarter)|tomorrow|tonight|today|in\s+(?:two|three|four|five|six|a\s+few|\d+)\s+(?:days|weeks|months)|within\s+(?:a|the\s+next|\d+)\s+\w+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeTimePattern();

    [GeneratedRegex(@"\b(?:take|takes|took|taking)\s+place\s+(?:in|at)\b|\b(?:be|is|was|were|are|been)\s+held\s+(?:in|at)\b|\bhost(?:s|ed|ing)?\b|\bvenue\b|\bwill\s+(?:meet|convene|gather)\s+(?:in|at)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VenuePattern();

    [GeneratedRegex(@"\b(?:will|next|upcoming|scheduled|planned|due\s+to|is\s+to|are\s+to|expected\s+to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AheadPattern();
}
