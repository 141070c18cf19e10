using System.Globalization;
using BriefingBot.Core.Archive;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Briefings;

/// <summary>A briefing as the channel-neutral reply: one section per story; a one-line reply when it is empty.</summary>
public static class BriefingReply
{
    public static Reply From(Briefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var window = DescribeWindow(briefing.Until - briefing.From);
        if (briefing.Stories.Count == 0)
        {
            return Reply.Text($"{briefing.AreaName}: nothing new", $"No new stories about {briefing.AreaName} in the {window}.");
        }

        var count = briefing.Stories.Count == 1 ? "The top story" : $"The top {briefing.Stories.Count} stories";
        return new Reply($"Briefing: {briefing.AreaName}", [$"{count} of the {window}."], [], [], [])
        {
            Sections = briefing.Stories.Select(Section).ToList(),
        };
    }

    /// <summary>"last 24 hours", "last 3 days".</summary>
    public static string DescribeWindow(TimeSpan window) =>
        window.TotalHours < 48 && window.TotalHours >= 1
            ? $"last {Math.Round(window.TotalHours).ToString(CultureInfo.InvariantCulture)} hours"
            : window.TotalHours < 1
                ? $"last {Math.Max(1, Math.Round(window.TotalMinutes)).ToString(CultureInfo.InvariantCulture)} minutes"
                : $"last {Math.Round(window.TotalDays).ToString(CultureInfo.InvariantCulture)} days";

    private static ReplySection Section(Story story)
    {
        var citations = story.Articles.Select(Cite).ToList();
        var paragraphs = new List<string>();
        if (story.Summary.Count > 0)
        {
            paragraphs.Add(string.Join(' ', story.Summary));
        }

        var quotes = new List<ReplyQuote>();
        if (story.KeyQuote is { } quote)
        {
            quotes.Add(new ReplyQuote(quote.Text, quote.SpeakerName!, quote.SpeakerRole, quote.Kind == Understanding.QuoteKind.Direct, Cite(quote.Article)));
        }

        return new ReplySection(story.Headline, paragraphs, quotes, citations);
    }

    private static Citation Cite(StoredArticle article) => new(article.Title, article.SourceName, article.PublishedAt, article.Url);
}
