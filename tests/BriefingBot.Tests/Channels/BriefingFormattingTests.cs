using System.Text;
using BriefingBot.Channels;
using BriefingBot.Core.Replies;
using BriefingBot.Tests.Support;
using Newtonsoft.Json;

namespace BriefingBot.Tests.Channels;

/// <summary>Briefings (replies with one section per story) in Teams and Slack, within each channel's limits.</summary>
public sealed class BriefingFormattingTests
{
    private static Reply Briefing(int stories, int paragraphChars) => new("Briefing: South Caucasus", ["The top stories of the last 24 hours."], [], [], ["subscriptions"])
    {
        Sections = Enumerable.Range(1, stories).Select(i =>
        {
            var source = new Citation($"Story {i} headline", $"Source {i}", new DateTimeOffset(2026, 11, 28, 6, 0, 0, TimeSpan.Zero), $"https://news.example/{i}");
            return new ReplySection(
                $"Story {i} headline",
                [string.Concat(Enumerable.Repeat($"Sentence {i} of the summary. ", paragraphChars / 28))],
                [new ReplyQuote($"Words of speaker {i} <@U123> *bold*", $"Speaker {i}", "minister", true, source)],
                [source, source with { SourceName = "Second source", Url = $"https://other.example/{i}" }]);
        }).ToList(),
    };

    [Fact]
    public void A_short_briefing_is_one_teams_card_with_every_story_and_its_links()
    {
        var message = Assert.Single(new TeamsReplyFormatter().FormatMessages(Briefing(3, 200)));

        var card = JsonWalk.Parse(Assert.Single(message.Attachments).Content);
        var text = string.Join('\n', JsonWalk.OfType(card, "RichTextBlock").Select(JsonWalk.Runs));
        Assert.Contains("Story 3 headline", text);
        Assert.Contains("\u2014 Speaker 2, minister", text);
        Assert.Contains(JsonWalk.OfType(card, "Action.OpenUrl"), a => a.GetProperty("url").GetString() == "https://other.example/3");
    }

    [Fact]
    public void A_long_briefing_is_split_into_teams_messages_under_28_kb_without_losing_a_story()
    {
        var messages = new TeamsReplyFormatter().FormatMessages(Briefing(20, 2500));

        Assert.True(messages.Count > 1);
        var all = new StringBuilder();
        foreach (var message in messages)
        {
            var json = JsonConvert.SerializeObject(message);
            Assert.True(Encoding.UTF8.GetByteCount(json) <= 28 * 1024, $"{Encoding.UTF8.GetByteCount(json)} bytes");
            all.Append(JsonConvert.SerializeObject(message.Attachments[0].Content));
        }

        Assert.All(Enumerable.Range(1, 20), i => Assert.Contains($"Story {i} headline", all.ToString(), StringComparison.Ordinal));
        Assert.Contains("Briefing: South Caucasus (2/", messages[1].Summary);
    }

    [Fact]
    public void A_long_briefing_is_split_into_slack_messages_of_at_most_50_blocks_with_user_text_defused()
    {
        var messages = new SlackReplyFormatter().FormatMessages(Briefing(30, 400));

        Assert.True(messages.Count > 1);
        var all = new StringBuilder();
        foreach (var message in messages)
        {
            var blocks = JsonWalk.Parse(message.ChannelData).GetProperty("blocks");
            Assert.InRange(blocks.GetArrayLength(), 1, 50);
            all.Append(blocks.ToString());
        }

        Assert.All(Enumerable.Range(1, 30), i => Assert.Contains($"Story {i} headline", all.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain("<@U123>", all.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reply_without_sections_stays_one_message()
    {
        Assert.Single(new SlackReplyFormatter().FormatMessages(SampleReplies.Cavusoglu));
        Assert.Single(new TeamsReplyFormatter().FormatMessages(SampleReplies.Cavusoglu));
        Assert.Single(((IReplyFormatter)new MarkdownReplyFormatter()).FormatMessages(Briefing(30, 400)));
    }
}
