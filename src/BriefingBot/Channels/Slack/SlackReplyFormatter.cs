using BriefingBot.Channels.Slack;
using BriefingBot.Channels.Slack.BlockKit;
using BriefingBot.Core.Replies;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BriefingBot.Channels;

/// <summary>
/// Slack: Block Kit blocks in channelData plus the plain-text rendering (mrkdwn-escaped) in activity.Text, because Slack via
/// Azure Bot Service does not always render blocks and the text is what notifications show.
/// Layout: header, paragraphs, per quote a section (block quote, speaker) and a context line (citation),
/// other sources after a divider, follow-up questions as a context line. Within 50 blocks and the per-text limits.
/// </summary>
public sealed class SlackReplyFormatter : IReplyFormatter
{
    private const int MaxParagraphs = 20;

    public IReadOnlyList<IMessageActivity> FormatMessages(Reply reply) =>
        ReplyPages.Split(reply, page => Blocks(page, capped: false).Count <= SlackBlock.MaxBlocks).Select(Format).ToList();

    public IMessageActivity Format(Reply reply)
    {
        // Slack reads the text as mrkdwn, where <!channel>, <@U123> and <url|label> are commands: escaped,
        // article text can neither ping people nor forge links. Its "> " quotes still work as "&gt; ".
        var activity = MessageFactory.Text(SlackMrkdwn.Defuse(PlainTextRenderer.Render(reply)));
        activity.TextFormat = TextFormatTypes.Markdown;
        var json = ChannelJson.Serialize(new SlackMessage(Blocks(reply)), ChannelJson.SnakeCase);
        activity.ChannelData = ChannelJson.ToJObject(json);
        return activity;
    }

    internal static List<SlackBlock> Blocks(Reply reply, bool capped = true)
    {
        var quoted = reply.Quotes.Select(q => q.Source).ToHashSet();
        var sources = reply.Citations.Where(c => !quoted.Contains(c)).Distinct().ToList();
        var suggestions = reply.Suggestions.Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        var paragraphs = reply.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).Take(MaxParagraphs).ToList();

        var blocks = new List<SlackBlock>();
        if (!string.IsNullOrWhiteSpace(reply.Heading))
        {
            // plain_text: no escaping needed, Slack shows it literally.
            blocks.Add(new HeaderBlock(SlackText.Plain(TextLimits.Truncate(reply.Heading.ReplaceLineEndings(" "), HeaderBlock.MaxChars))));
        }

        blocks.AddRange(paragraphs.Select(p => (SlackBlock)Section(SlackMrkdwn.Escape(p))));
        foreach (var section in reply.Sections)
        {
            blocks.AddRange(StoryBlocks(section));
        }

        // Two blocks per quote; keep room for the note, the sources (divider + section) and the suggestions.
        var reserved = 1 + (sources.Count > 0 ? 2 : 0) + (suggestions.Count > 0 ? 1 : 0);
        var quoteBudget = Math.Max(0, (SlackBlock.MaxBlocks - blocks.Count - reserved) / 2);
        foreach (var quote in reply.Quotes.Take(quoteBudget))
        {
            blocks.Add(Section(QuoteText(quote)));
            blocks.Add(new ContextBlock([SlackText.Mrkdwn(SlackMrkdwn.Truncate(CitationText(quote.Source), ContextBlock.MaxElementChars))]));
        }

        var hidden = reply.Quotes.Count - Math.Min(quoteBudget, reply.Quotes.Count);
        if (hidden > 0)
        {
            blocks.Add(new ContextBlock([SlackText.Mrkdwn($"{hidden} more quote{(hidden == 1 ? " is" : "s are")} in the text version.")]));
        }

        if (sources.Count > 0)
        {
            blocks.Add(new DividerBlock());
            blocks.Add(Section("*Sources*\n" + string.Join('\n', sources.Select(c => "\u2022 " + CitationText(c)))));
        }

        if (suggestions.Count > 0)
        {
            var asks = suggestions.Select(s => $"\u201c{SlackMrkdwn.Escape(s)}\u201d");
            blocks.Add(new ContextBlock([SlackText.Mrkdwn(SlackMrkdwn.Truncate("Try: " + string.Join(" \u00b7 ", asks), ContextBlock.MaxElementChars))]));
        }

        // Slack rejects a message over 50 blocks; FormatMessages splits long replies, this is the backstop.
        return capped && blocks.Count > SlackBlock.MaxBlocks ? blocks.Take(SlackBlock.MaxBlocks).ToList() : blocks;
    }

    /// <summary>A story: divider, headline and text, its key quote, its sources as one context line.</summary>
    private static IEnumerable<SlackBlock> StoryBlocks(ReplySection section)
    {
        yield return new DividerBlock();
        var text = "*" + SlackMrkdwn.Escape(TextLimits.Truncate(section.Heading.ReplaceLineEndings(" "), 300)) + "*";
        foreach (var paragraph in section.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            text += "\n" + SlackMrkdwn.Escape(paragraph);
        }

        yield return Section(text);
        foreach (var quote in section.Quotes.Take(1))
        {
            yield return Section(QuoteText(quote));
        }

        if (section.Citations.Count > 0)
        {
            var links = string.Join("  \u2022  ", section.Citations.Take(10).Select(CitationText));
            yield return new ContextBlock([SlackText.Mrkdwn(SlackMrkdwn.Truncate(links, ContextBlock.MaxElementChars))]);
        }
    }

    private static SectionBlock Section(string escapedMrkdwn) =>
        new(SlackText.Mrkdwn(SlackMrkdwn.Truncate(escapedMrkdwn, SectionBlock.MaxChars)));

    private static string QuoteText(ReplyQuote quote)
    {
        // Leave room for the speaker line so a long quote never pushes the attribution out.
        var words = TextLimits.Truncate(quote.Text, 2400);
        var said = SlackMrkdwn.BlockQuote(SlackMrkdwn.Escape(quote.Direct ? $"\u201c{words}\u201d" : words));
        var speaker = "\u2014 *" + SlackMrkdwn.Escape(TextLimits.Truncate(quote.Speaker, 200)) + "*";
        if (!string.IsNullOrWhiteSpace(quote.SpeakerRole))
        {
            speaker += ", " + SlackMrkdwn.Escape(TextLimits.Truncate(quote.SpeakerRole, 200));
        }

        return said + "\n" + speaker;
    }

    private static string CitationText(Citation citation)
    {
        var details = CitationLine.Details(citation);
        var link = SlackMrkdwn.Link(citation.Url, TextLimits.Truncate(citation.Title, 300));
        return details.Length > 0 ? link + CitationLine.Separator + SlackMrkdwn.Escape(details) : link;
    }
}
