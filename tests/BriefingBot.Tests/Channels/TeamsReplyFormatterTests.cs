using System.Text;
using System.Text.Json;
using BriefingBot.Channels;
using BriefingBot.Core.Replies;
using BriefingBot.Tests.Support;
using Newtonsoft.Json;

namespace BriefingBot.Tests.Channels;

public sealed class TeamsReplyFormatterTests
{
    private static JsonElement Card(Reply reply) =>
        JsonWalk.Parse(Assert.Single(new TeamsReplyFormatter().Format(reply).Attachments).Content);

    [Fact]
    public void Teams_reply_is_an_adaptive_card_1_5_attachment()
    {
        var activity = new TeamsReplyFormatter().Format(SampleReplies.Cavusoglu);

        var attachment = Assert.Single(activity.Attachments);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        var card = JsonWalk.Parse(attachment.Content);
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", card.GetProperty("$schema").GetString());
        Assert.Equal("Full", card.GetProperty("msteams").GetProperty("width").GetString());
    }

    [Fact]
    public void Teams_reply_is_an_adaptive_card_with_the_quote_speaker_role_and_citation()
    {
        var card = Card(SampleReplies.Cavusoglu);

        var quote = Assert.Single(JsonWalk.OfType(card, "Container"));
        Assert.Equal("emphasis", quote.GetProperty("style").GetString());
        var lines = JsonWalk.OfType(quote, "RichTextBlock").Select(JsonWalk.Runs).ToList();
        Assert.Equal("\u201cRecognising Jerusalem as Israel's capital would be a big mistake.\u201d", lines[0]);
        Assert.Equal("\u2014 Mevlut Cavusoglu, Turkey's foreign minister", lines[1]);
        Assert.Equal("Turkey warns of consequences over Jerusalem \u00b7 Reuters \u00b7 5 December 2017", lines[2]);
        var open = Assert.Single(JsonWalk.OfType(quote, "Action.OpenUrl"));
        Assert.Equal("https://example.com/news/turkey-jerusalem", open.GetProperty("url").GetString());
    }

    [Fact]
    public void Teams_card_has_the_heading_and_suggestions_as_imBack_buttons()
    {
        var card = Card(SampleReplies.Cavusoglu);

        var first = card.GetProperty("body")[0];
        Assert.Equal("Mevlut Cavusoglu, Turkey's foreign minister", JsonWalk.Runs(first));
        Assert.Equal("bolder", first.GetProperty("inlines")[0].GetProperty("weight").GetString());
        var submit = Assert.Single(card.GetProperty("actions").EnumerateArray());
        Assert.Equal("Action.Submit", submit.GetProperty("type").GetString());
        var msteams = submit.GetProperty("data").GetProperty("msteams");
        Assert.Equal("imBack", msteams.GetProperty("type").GetString());
        Assert.Equal("Who else spoke about Jerusalem?", msteams.GetProperty("value").GetString());
    }

    [Fact]
    public void Teams_reply_has_no_text_so_the_answer_is_not_shown_twice_above_the_card()
    {
        var activity = new TeamsReplyFormatter().Format(SampleReplies.Cavusoglu);

        Assert.Null(activity.Text);
    }

    [Fact]
    public void Teams_reply_carries_the_plain_text_as_its_summary_for_notifications()
    {
        var activity = new TeamsReplyFormatter().Format(SampleReplies.Cavusoglu);

        Assert.Equal(PlainTextRenderer.Render(SampleReplies.Cavusoglu), activity.Summary);
    }

    [Fact]
    public void Teams_summary_of_a_huge_reply_is_cut_to_the_text_limit()
    {
        var activity = new TeamsReplyFormatter().Format(SampleReplies.Huge());

        Assert.InRange(activity.Summary.Length, TeamsReplyFormatter.MaxTextChars - 25, TeamsReplyFormatter.MaxTextChars);
        Assert.EndsWith("\u2026", activity.Summary, StringComparison.Ordinal);
        Assert.StartsWith(PlainTextRenderer.Render(SampleReplies.Huge())[..1000], activity.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Teams_card_keeps_hostile_text_as_literal_text_runs()
    {
        var card = Card(SampleReplies.Hostile);

        var runs = JsonWalk.OfType(card, "TextRun").Select(JsonWalk.Text).ToList();
        Assert.Contains(SampleReplies.HostileText, runs);
        Assert.Contains("\u201c" + SampleReplies.HostileText + "\u201d", runs);
        Assert.Contains("*bold* heading with \"quotes\" {braces} <script>", runs);

        // TextBlocks render Markdown in Teams: only our own fixed labels may use them.
        Assert.All(JsonWalk.OfType(card, "TextBlock"), block => Assert.DoesNotContain("*", JsonWalk.Text(block), StringComparison.Ordinal));

        // Only http(s) links become actions.
        Assert.DoesNotContain(JsonWalk.OfType(card, "Action.OpenUrl"), a => a.GetProperty("url").GetString()!.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Teams_card_text_that_looks_like_a_date_stays_the_same_string()
    {
        var card = Card(Reply.Text("2017-12-05T09:30:00Z", "2017-12-05T09:30:00+01:00"));

        Assert.Equal(["2017-12-05T09:30:00Z", "2017-12-05T09:30:00+01:00"], JsonWalk.OfType(card, "TextRun").Select(JsonWalk.Text));
    }

    [Fact]
    public void Teams_activity_for_a_huge_reply_stays_under_the_message_size_limit()
    {
        var activity = new TeamsReplyFormatter().Format(SampleReplies.Huge());

        var bytes = Encoding.UTF8.GetByteCount(JsonConvert.SerializeObject(activity, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }));
        Assert.InRange(bytes, 1, 28 * 1024);
        var card = JsonWalk.Parse(Assert.Single(activity.Attachments).Content);
        Assert.Contains(JsonWalk.OfType(card, "TextBlock"), b => JsonWalk.Text(b).Contains("more quotes", StringComparison.Ordinal));
        Assert.NotEmpty(JsonWalk.OfType(card, "Container"));
    }
}
