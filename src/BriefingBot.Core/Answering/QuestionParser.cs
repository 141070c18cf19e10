using System.Text.RegularExpressions;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Recognises the kinds of questions people ask the bot. Rules, not a model: each pattern is one
/// way people phrase a kind of question, and anything else becomes a search.
/// </summary>
public static partial class QuestionParser
{
    public static Question Parse(string? message)
    {
        var text = Clean(message);
        if (text.Length == 0 || HelpPattern().IsMatch(text))
        {
            return new Question(QuestionKind.Help, string.Empty);
        }

        var match = SpeakerPattern().Match(text);
        if (!match.Success)
        {
            match = QuotesFromPattern().Match(text);
        }

        if (match.Success)
        {
            var topic = match.Groups["topic"].Success ? TrimFiller(match.Groups["topic"].Value) : null;
            return new Question(QuestionKind.SpeakerQuotes, TrimFiller(match.Groups["name"].Value), string.IsNullOrEmpty(topic) ? null : topic);
        }

        match = WhoIsPattern().Match(text);
        if (match.Success)
        {
            return new Question(QuestionKind.WhoIs, TrimFiller(match.Groups["name"].Value));
        }

        match = SummarizePattern().Match(text);
        if (match.Success)
        {
            return new Question(QuestionKind.Summarize, TrimFiller(match.Groups["topic"].Value));
        }

        return new Question(QuestionKind.Search, text);
    }

    /// <summary>
    /// A typed message as commands read it: white space collapsed, typographic quotes and apostrophes made
    /// plain (Teams and phones send “what’s”), trailing ?!. dropped.
    /// </summary>
    public static string Clean(string? message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return string.Empty;
        }

        var text = WhitespacePattern().Replace(message, " ").Trim();
        text = text.Replace('\u2019', '\'').Replace('\u201c', '"').Replace('\u201d', '"');
        return text.TrimEnd('?', '!', '.', ' ');
    }

    // "the Baku meeting" -> "Baku meeting"; quotes and trailing punctuation around names go too.
    private static string TrimFiller(string value)
    {
        var trimmed = value.Trim().Trim('"', '\'', ',', ';', ':').Trim();
        return LeadingArticlePattern().Replace(trimmed, string.Empty);
    }

    [GeneratedRegex(@"^(?:/?help|\?|what can you do|how (?:do|can) i use (?:you|this)|commands|hi|hello|hey|start)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HelpPattern();

    [GeneratedRegex(@"^(?:(?:so|and|ok|okay)\s*,?\s+)?(?:what|which\s+\w+)\s+(?:did|does|do|has|have|had|is|was)\s+(?<name>.+?)\s+(?:(?:been|just)\s+)?(?:say|said|says|saying|tell|told|telling|think|thinks|claim|claimed|announce|announced|state|stated|propose|proposed|argue|argued|warn|warned)(?:\s+(?:to\s+)?(?:reporters|journalists|the press|the media|\w+ News|parliament|lawmakers|\w+))?(?:\s+(?:about|on|regarding|concerning|of|re:?|when it comes to)\s+(?<topic>.+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerPattern();

    [GeneratedRegex(@"^(?:show\s+(?:me\s+)?|give\s+me\s+|any\s+)?(?:quotes?|statements?)\s+(?:from|by)\s+(?<name>.+?)(?:\s+(?:about|on|regarding)\s+(?<topic>.+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuotesFromPattern();

    [GeneratedRegex(@"^(?:who\s+(?:is|was|'s)|who's|tell me about)\s+(?<name>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhoIsPattern();

    [GeneratedRegex(@"^(?:please\s+)?(?:summari[sz]e|sum up|summary(?:\s+of)?|tl;?dr|give me a summary of|brief me on)(?:\s+(?<topic>.*))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SummarizePattern();

    [GeneratedRegex(@"^(?:the|a|an)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingArticlePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();
}
