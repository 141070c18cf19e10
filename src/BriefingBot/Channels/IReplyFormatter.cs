using BriefingBot.Core.Replies;
using Microsoft.Bot.Schema;

namespace BriefingBot.Channels;

/// <summary>Turns a channel-neutral reply into the message activity one channel renders best.</summary>
public interface IReplyFormatter
{
    IMessageActivity Format(Reply reply);
}
