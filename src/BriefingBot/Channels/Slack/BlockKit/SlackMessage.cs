namespace BriefingBot.Channels.Slack.BlockKit;

/// <summary>What goes into activity.ChannelData for the Slack channel: {"blocks": [...]}.</summary>
public sealed record SlackMessage(IReadOnlyList<SlackBlock> Blocks);
