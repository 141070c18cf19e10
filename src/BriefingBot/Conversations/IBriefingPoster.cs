using BriefingBot.Core.Replies;

namespace BriefingBot.Conversations;

/// <summary>
/// Posts a reply into a conversation the bot is not currently answering (a proactive message), given the
/// stored address. Channel-neutral: the Bot Framework implementation lives in Bot/.
/// </summary>
public interface IBriefingPoster
{
    Task<PostResult> PostAsync(string conversationAddress, Reply reply, CancellationToken cancellationToken);
}

public enum PostOutcome
{
    /// <summary>Every message was accepted.</summary>
    Sent,

    /// <summary>The channel says the bot is gone from the conversation (403/404): stop posting there.</summary>
    Gone,

    /// <summary>Failed after retries, or failed in a way retrying cannot fix.</summary>
    Failed,
}

/// <param name="Messages">Messages the channel accepted (a long briefing is split into several).</param>
/// <param name="Detail">For failures: the status and reason, never secrets or message text.</param>
public sealed record PostResult(PostOutcome Outcome, int Messages, string? Detail);
