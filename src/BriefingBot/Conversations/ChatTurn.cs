namespace BriefingBot.Conversations;

/// <summary>
/// What a chat command needs to know about one incoming message, without the Bot Framework's types:
/// the text (bot mention removed), where it came from and who sent it.
/// </summary>
/// <param name="Text">The message without the bot's @mention, trimmed.</param>
/// <param name="ChannelId">"msteams", "slack", "emulator", ...</param>
/// <param name="ConversationId">The conversation (channel, group chat or 1:1) the message was posted in.</param>
/// <param name="UserId">The channel's id of the sender (Teams: 29:..., Slack: U...:T...).</param>
/// <param name="UserAadObjectId">Teams only: the sender's Entra ID (AAD) object id; null elsewhere.</param>
/// <param name="UserName">The sender's display name, when the channel gives one.</param>
/// <param name="Address">Made on first read of <see cref="ConversationAddress"/>: most turns never need it.</param>
public sealed record ChatTurn(
    string Text,
    string ChannelId,
    string ConversationId,
    string UserId,
    string? UserAadObjectId,
    string? UserName,
    Lazy<string> Address)
{
    /// <summary>
    /// An opaque, serialized address of this conversation that the bot's edge can later use to post into it
    /// (a proactive message). Store it as is; only Bot/ knows its shape.
    /// </summary>
    public string ConversationAddress => Address.Value;
}
