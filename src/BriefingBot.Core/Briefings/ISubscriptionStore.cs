namespace BriefingBot.Core.Briefings;

/// <summary>Conversations the bot may post into, their subscriptions, and the once-a-day delivery claims.</summary>
public interface ISubscriptionStore
{
    /// <summary>Remembers (or refreshes) how to reach a conversation.</summary>
    Task SaveConversationAsync(string channelId, string conversationId, string address, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The stored address of a conversation, or null when the bot never saw it installed or subscribed.</summary>
    Task<string?> ConversationAddressAsync(string channelId, string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Subscribes the conversation to the area, or changes the time of an existing subscription (and reactivates it).</summary>
    Task<Subscription> SubscribeAsync(
        string channelId, string conversationId, string address, string region, TimeOnly localTime, string timeZone, string createdBy,
        DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <returns>How many subscriptions were removed: the one on <paramref name="region"/>, or all of the conversation's when null.</returns>
    Task<int> UnsubscribeAsync(string channelId, string conversationId, string? region, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Subscription>> ListAsync(string channelId, string conversationId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Subscription>> ActiveAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims the subscription's briefing for one local day. Only one claim per subscription and day can ever
    /// succeed (a UNIQUE constraint), whichever instance or restart tries.
    /// </summary>
    /// <returns>True when this caller won the claim and should deliver.</returns>
    Task<bool> TryClaimAsync(long subscriptionId, DateOnly localDate, DateTimeOffset dueAt, DeliveryStatus status, string instance, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task CompleteAsync(long subscriptionId, DateOnly localDate, DeliveryStatus status, string? detail, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Stops scheduling the subscription (the channel removed the bot); it stays listed as inactive.</summary>
    Task DeactivateAsync(long subscriptionId, string reason, CancellationToken cancellationToken = default);

    /// <summary>The day's delivery status, or null when nothing was claimed.</summary>
    Task<DeliveryStatus?> DeliveryAsync(long subscriptionId, DateOnly localDate, CancellationToken cancellationToken = default);
}
