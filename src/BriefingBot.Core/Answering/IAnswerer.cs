using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Answering;

/// <summary>Turns a chat message into a reply over the archive. Channel-neutral.</summary>
public interface IAnswerer
{
    Task<Reply> AnswerAsync(string message, CancellationToken cancellationToken = default);
}
