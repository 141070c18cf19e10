namespace BriefingBot.Bot;

/// <summary>
/// Thrown before the turn for an activity the bot cannot answer as it stands; the endpoint answers 400.
/// The reply goes to serviceUrl + /v3/conversations/{conversation.id}/activities/{id}, and the SDK also sends
/// the conversation id as a header. So: no conversation id, a control or non-ASCII character (not allowed in
/// a header: the reply would fail mid-turn), or an id of "." or ".." (escaping leaves those as they are and
/// the HTTP client resolves them as dot segments, sending the reply outside /v3/conversations/) is refused.
/// The channels' own ids (Teams, Slack, Direct Line) are printable ASCII.
/// </summary>
internal sealed class UnusableActivityException(string message) : Exception(message)
{
    public static void ThrowIfUnusable(Microsoft.Bot.Schema.Activity? activity)
    {
        var conversationId = activity?.Conversation?.Id;
        if (string.IsNullOrWhiteSpace(conversationId) || !IsUsable(conversationId))
        {
            throw new UnusableActivityException("The activity has no usable conversation id (printable ASCII, not a dot segment).");
        }

        if ((activity!.Id is { } id && !IsUsable(id)) || (activity.ReplyToId is { } replyTo && !IsUsable(replyTo)))
        {
            throw new UnusableActivityException("The activity id is not usable in a reply address (printable ASCII, not a dot segment).");
        }
    }

    private static bool IsUsable(string id) => id is not ("." or "..") && id.All(c => c is >= ' ' and <= '~');
}
