using BriefingBot.Channels;
using BriefingBot.Core.Replies;
using BriefingBot.Tests.Support;
using Microsoft.Bot.Schema;

namespace BriefingBot.Tests.Channels;

public sealed class MarkdownReplyFormatterTests
{
    [Fact]
    public void Other_channels_get_markdown_text_and_suggested_actions()
    {
        var activity = new MarkdownReplyFormatter().Format(SampleReplies.Cavusoglu);

        Assert.Equal(PlainTextRenderer.Render(SampleReplies.Cavusoglu), activity.Text);
        Assert.Equal(TextFormatTypes.Markdown, activity.TextFormat);
        Assert.Null(activity.Attachments is { Count: > 0 } ? activity.Attachments : null);
        var action = Assert.Single(activity.SuggestedActions.Actions);
        Assert.Equal(ActionTypes.ImBack, action.Type);
        Assert.Equal("Who else spoke about Jerusalem?", action.Value);
    }

    [Theory]
    [InlineData("msteams", typeof(TeamsReplyFormatter))]
    [InlineData("slack", typeof(SlackReplyFormatter))]
    [InlineData("emulator", typeof(MarkdownReplyFormatter))]
    [InlineData("webchat", typeof(MarkdownReplyFormatter))]
    [InlineData("directline", typeof(MarkdownReplyFormatter))]
    [InlineData("test", typeof(MarkdownReplyFormatter))]
    [InlineData(null, typeof(MarkdownReplyFormatter))]
    public void Formatter_is_chosen_by_channel_id(string? channelId, Type expected)
    {
        var selector = new ReplyFormatterSelector(new TeamsReplyFormatter(), new SlackReplyFormatter(), new MarkdownReplyFormatter());

        Assert.IsType(expected, selector.For(channelId));
    }
}
