using BriefingBot.Channels.Teams.AdaptiveCards;
using BriefingBot.Core.Replies;

namespace BriefingBot.Channels.Teams;

/// <summary>
/// Lays a reply out as an Adaptive Card: heading, paragraphs, one emphasised container per quote (words,
/// speaker and role, citation, "Open article" button), other sources as links, follow-up questions as
/// imBack buttons. All reply text goes into TextRuns, which Teams shows literally.
/// </summary>
internal static class TeamsCardBuilder
{
    /// <summary>Teams shows at most a handful of card-level buttons; more get hidden behind "...".</summary>
    public const int MaxSuggestions = 5;

    public static AdaptiveCard Build(Reply reply, int maxQuotes, int maxChars)
    {
        var body = new List<AdaptiveElement>();
        if (!string.IsNullOrWhiteSpace(reply.Heading))
        {
            body.Add(new RichTextBlock([new TextRun(TextLimits.Truncate(reply.Heading, 200)) { Weight = TextWeight.Bolder, Size = TextSize.Large }]));
        }

        foreach (var paragraph in reply.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            body.Add(new RichTextBlock([new TextRun(TextLimits.Truncate(paragraph, maxChars))]));
        }

        foreach (var quote in reply.Quotes.Take(maxQuotes))
        {
            body.Add(Quote(quote, maxChars));
        }

        foreach (var section in reply.Sections)
        {
            body.Add(Section(section, maxQuotes, maxChars));
        }

        var hidden = reply.Quotes.Count - Math.Min(maxQuotes, reply.Quotes.Count);
        if (hidden > 0)
        {
            // The plain text travels only as the notification summary, so nothing else shows these: say they are left out.
            body.Add(new TextBlock(hidden == 1 ? "1 more quote did not fit." : $"{hidden} more quotes did not fit.") { IsSubtle = true });
        }

        var quoted = reply.Quotes.Select(q => q.Source).ToHashSet();
        var sources = reply.Citations.Where(c => !quoted.Contains(c)).Distinct().ToList();
        if (sources.Count > 0)
        {
            body.Add(new TextBlock("Sources") { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
            body.AddRange(sources.Take(Math.Max(maxQuotes, 1) * 2).Select(c => (AdaptiveElement)CitationBlock(c, withLink: true)));
        }

        var actions = reply.Suggestions
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .Take(MaxSuggestions)
            .Select(s => (AdaptiveAction)new ActionSubmit(TextLimits.Truncate(s, 40), SubmitData.ImBack(TextLimits.Truncate(s, 500))))
            .ToList();

        return new AdaptiveCard(body)
        {
            Actions = actions.Count > 0 ? actions : null,
            MsTeams = new TeamsCardOptions("Full"),
        };
    }

    /// <summary>The last resort when even a one-quote card is too big: the heading and a hint.</summary>
    public static AdaptiveCard Minimal(Reply reply) => new(
    [
        new RichTextBlock([new TextRun(TextLimits.Truncate(string.IsNullOrWhiteSpace(reply.Heading) ? "Answer" : reply.Heading, 200)) { Weight = TextWeight.Bolder, Size = TextSize.Large }]),
        new TextBlock("The full answer is too long for a card; try a narrower question.") { IsSubtle = true },
    ]) { MsTeams = new TeamsCardOptions("Full") };

    /// <summary>A story: its headline, text, key quote and every source as a link, set apart by a line.</summary>
    private static Container Section(ReplySection section, int maxQuotes, int maxChars)
    {
        var items = new List<AdaptiveElement>
        {
            new RichTextBlock([new TextRun(TextLimits.Truncate(section.Heading, 300)) { Weight = TextWeight.Bolder, Size = TextSize.Medium }]),
        };
        items.AddRange(section.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => (AdaptiveElement)new RichTextBlock([new TextRun(TextLimits.Truncate(p, maxChars))])));
        items.AddRange(section.Quotes.Take(Math.Max(1, Math.Min(maxQuotes, 3))).Select(q => (AdaptiveElement)Quote(q, maxChars)));
        items.AddRange(section.Citations.Take(10).Select(c => (AdaptiveElement)CitationBlock(c, withLink: true)));
        return new Container(items) { Separator = true, Spacing = Spacing.Large };
    }

    private static Container Quote(ReplyQuote quote, int maxChars)
    {
        var words = TextLimits.Truncate(quote.Text, maxChars);
        var items = new List<AdaptiveElement>
        {
            new RichTextBlock([new TextRun(quote.Direct ? $"\u201c{words}\u201d" : words) { Size = TextSize.Medium }]),
            new RichTextBlock(SpeakerRuns(quote)),
            CitationBlock(quote.Source, withLink: false),
        };

        if (SafeLinks.TryGet(quote.Source.Url, out var url))
        {
            items.Add(new ActionSet([new ActionOpenUrl("Open article", url)]));
        }

        return new Container(items) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium };
    }

    private static List<TextRun> SpeakerRuns(ReplyQuote quote)
    {
        var runs = new List<TextRun> { new("\u2014 " + TextLimits.Truncate(quote.Speaker, 200)) { Weight = TextWeight.Bolder } };
        if (!string.IsNullOrWhiteSpace(quote.SpeakerRole))
        {
            runs.Add(new TextRun(", " + TextLimits.Truncate(quote.SpeakerRole, 200)) { IsSubtle = true });
        }

        return runs;
    }

    private static RichTextBlock CitationBlock(Citation citation, bool withLink)
    {
        var title = new TextRun(TextLimits.Truncate(citation.Title, 300)) { Size = TextSize.Small, Weight = TextWeight.Bolder };
        if (withLink && SafeLinks.TryGet(citation.Url, out var url))
        {
            title = title with { SelectAction = new ActionOpenUrl("Open article", url) };
        }

        var runs = new List<TextRun> { title };
        var details = CitationLine.Details(citation);
        if (details.Length > 0)
        {
            runs.Add(new TextRun(CitationLine.Separator + TextLimits.Truncate(details, 200)) { Size = TextSize.Small, IsSubtle = true });
        }

        return new RichTextBlock(runs) { Spacing = Spacing.Small };
    }
}
