using BotChannels = Microsoft.Bot.Connector.Channels;

namespace BriefingBot.Channels;

/// <summary>Picks the formatter for an activity's channelId; unknown channels get Markdown text.</summary>
public sealed class ReplyFormatterSelector(
    TeamsReplyFormatter teams,
    SlackReplyFormatter slack,
    MarkdownReplyFormatter markdown)
{
    public IReplyFormatter For(string? channelId) => channelId switch
    {
        BotChannels.Msteams => teams,
        BotChannels.Slack => slack,
        _ => markdown,
    };
}
