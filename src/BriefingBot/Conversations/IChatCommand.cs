using BriefingBot.Core.Replies;

namespace BriefingBot.Conversations;

/// <summary>
/// A chat command that acts on the service ("add source ...", "subscribe this channel ..."), as opposed
/// to a question about the news, which the answerer handles. Commands are asked in registration order;
/// the first that recognises the text handles the turn.
/// </summary>
public interface IChatCommand
{
    /// <returns>The reply, or null when the text is not this command (the next command or the answerer gets it).</returns>
    Task<Reply?> TryHandleAsync(ChatTurn turn, CancellationToken cancellationToken);
}
