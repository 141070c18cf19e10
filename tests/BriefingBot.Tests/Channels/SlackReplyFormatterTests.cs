using System.Text.Json;
using BriefingBot.Channels;
using BriefingBot.Core.Replies;
using BriefingBot.Tests.Support;

namespace BriefingBot.Tests.Channels;

public sealed class SlackReplyFormatterTests
{
    private static List<JsonElement> Blocks(Reply reply) =>
        JsonWalk.Parse((object)new SlackReplyFormatter().Format(reply).ChannelData).GetProperty("blocks").EnumerateArray().ToList();

    private static string Type(JsonElement block) => block.GetProperty("type").GetString()!;

    [Fact]
    public void Slack_reply_is_header_section_and_context_blocks_with_the_quote()
    {
        var blocks = Blocks(SampleReplies.Cavusoglu);

        Assert.Equal(["header", "section", "section", "context", "context"], blocks.Select(Type));
        var header = blocks[0].GetProperty("text");
        Assert.Equal("plain_text", header.GetProperty("type").GetString());
        Assert.Equal("Mevlut Cavusoglu, Turkey's foreign minister", header.GetProperty("text").GetString());

        var quote = blocks[2].GetProperty("text");
        Assert.Equal("mrkdwn", quote.GetProperty("type").GetString());
        Assert.Equal(
            ">\u201cRecognising Jerusalem as Israel's capital would be a big mistake.\u201d\n\u2014 *Mevlut Cavusoglu*, Turkey's foreign minister",
            quote.GetProperty("text").GetString());

        var citation = JsonWalk.Text(blocks[3].GetProperty("elements")[0]);
        Assert.Equal("<https://example.com/news/turkey-jerusalem|Turkey warns of consequences over Jerusalem> \u00b7 Reuters \u00b7 5 December 2017", citation);
        Assert.Contains("Who else spoke about Jerusalem?", JsonWalk.Text(blocks[4].GetProperty("elements")[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void Slack_reply_also_carries_the_plain_text_with_quotes_as_block_quotes()
    {
        var activity = new SlackReplyFormatter().Format(SampleReplies.Cavusoglu);

        // Markdown for Azure Bot Service to convert: block quotes stay "> ".
        Assert.Equal(PlainTextRenderer.Render(SampleReplies.Cavusoglu), activity.Text);
        Assert.Contains("\n> \u201cRecognising Jerusalem", activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Slack_text_defuses_control_sequences_so_article_text_cannot_ping_or_link_and_ampersands_stay_readable()
    {
        var reply = Reply.Text("Breaking", "He wrote <!channel> and <@U123> and <http://x|y>, so a < b & c > d.");

        var activity = new SlackReplyFormatter().Format(reply);

        Assert.Contains("He wrote \u2039!channel> and \u2039@U123> and \u2039http://x|y>, so a \u2039 b & c > d.", activity.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Slack_blocks_are_escaped_once_not_again_because_of_the_text()
    {
        var reply = Reply.Text("Breaking", "He wrote <!channel>, so a < b & c.");

        var blocks = Blocks(reply);

        Assert.Equal("He wrote &lt;!channel&gt;, so a &lt; b &amp; c.", JsonWalk.Text(blocks[1].GetProperty("text")));
        Assert.Equal("Breaking", JsonWalk.Text(blocks[0].GetProperty("text")));
    }

    [Fact]
    public void Slack_mrkdwn_escapes_ampersand_and_angle_brackets_so_hostile_text_stays_data()
    {
        var blocks = Blocks(SampleReplies.Hostile);

        // The header is plain_text: shown literally, so it keeps the exact characters.
        Assert.Equal(SampleReplies.Hostile.Heading, blocks[0].GetProperty("text").GetProperty("text").GetString());

        var paragraph = blocks[1].GetProperty("text");
        Assert.True(paragraph.GetProperty("verbatim").GetBoolean());
        Assert.Equal(
            "He said \"stop\" {\"a\":1} &lt;script&gt;alert('x')&lt;/script&gt; *bold* &amp; &lt;@U123&gt; &lt;!channel&gt;\nnext line",
            paragraph.GetProperty("text").GetString());

        var mrkdwn = JsonWalk.Descendants(JsonDocument.Parse(JsonSerializer.Serialize(blocks)).RootElement)
            .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) && t.GetString() == "mrkdwn")
            .Select(JsonWalk.Text)
            .ToList();
        Assert.All(mrkdwn, text => Assert.DoesNotContain("<script>", text, StringComparison.Ordinal));
        Assert.All(mrkdwn, text => Assert.DoesNotContain("<!channel>", text, StringComparison.Ordinal));
        Assert.Contains(mrkdwn, text => text.Contains("<https://example.com/a?x=1&amp;y=%3C2%3E%7C3|Title with \"quotes\" &amp; &lt;tags&gt;>", StringComparison.Ordinal));
        Assert.DoesNotContain(mrkdwn, text => text.Contains("<javascript", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Slack_multi_line_quote_stays_one_block_quote()
    {
        var blocks = Blocks(SampleReplies.Hostile);

        var quote = JsonWalk.Text(blocks[2].GetProperty("text"));
        Assert.StartsWith(">\u201cHe said", quote, StringComparison.Ordinal);
        Assert.Contains("\n>next line\u201d\n\u2014 *Mr \"Quote\" &lt;Speaker&gt;*, role &amp; *title*", quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Slack_blocks_respect_the_block_count_and_text_limits()
    {
        var blocks = Blocks(SampleReplies.Huge());

        Assert.InRange(blocks.Count, 1, 50);
        Assert.InRange(JsonWalk.Text(blocks[0].GetProperty("text")).Length, 1, 150);
        Assert.All(blocks.Where(b => Type(b) == "section"), b => Assert.InRange(JsonWalk.Text(b.GetProperty("text")).Length, 1, 3000));
        Assert.All(blocks.Where(b => Type(b) == "context").SelectMany(b => b.GetProperty("elements").EnumerateArray()), e => Assert.InRange(JsonWalk.Text(e).Length, 1, 2000));
        Assert.Contains(blocks.Where(b => Type(b) == "context"), b => JsonWalk.Text(b.GetProperty("elements")[0]).Contains("more quotes", StringComparison.Ordinal));
    }
}
