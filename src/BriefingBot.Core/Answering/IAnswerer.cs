using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Answering;

/// <summary>Turns a chat message into a reply over the archive. Channel-neutral.</summary>
public interface IAnswerer
{
    Task<Reply> AnswerAsync(string message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Answers a message as part of a conversation, so that follow-ups ("more", "what else did he say?",
    /// "and Pakistan?") refer to the conversation's last question.
    /// </summary>
    /// <param name="conversationKey">Names the conversation (channel and conversation id); null answers the message alone.</param>
    Task<Reply> AnswerAsync(string message, string? conversationKey, CancellationToken cancellationToken) =>
        AnswerAsync(message, cancellationToken);
}
