namespace BriefingBot.Core.Answering;

/// <summary>Where conversations' last questions are kept between turns (and between service instances).</summary>
public interface IConversationStateStore
{
    /// <returns>The state saved for the conversation, or null when there is none or it has expired.</returns>
    Task<ConversationState?> LoadAsync(string conversationKey, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Replaces the conversation's state; it expires <see cref="ConversationOptions.Expiry"/> after <paramref name="now"/>.</summary>
    Task SaveAsync(string conversationKey, ConversationState state, DateTimeOffset now, CancellationToken cancellationToken = default);
}
