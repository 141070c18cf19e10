using BriefingBot.Core.Replies;
using Microsoft.Bot.Schema;

namespace BriefingBot.Channels;

/// <summary>Turns a channel-neutral reply into the message activity one channel renders best.</summary>
public interface IReplyFormatter
{
    IMessageActivity Format(Reply reply);

    /// <summary>
    /// The reply as one message, or, when it is too long for one (a briefing of many stories), as several,
    /// split between sections so each fits the channel's limits.
    /// </summary>
    IReadOnlyList<IMessageActivity> FormatMessages(Reply reply) => [Format(reply)];
}
