using System.Globalization;
using System.Text.RegularExpressions;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Replies;

namespace BriefingBot.Conversations;

/// <summary>
/// "subscribe this channel to South Caucasus at 08:00 Asia/Baku", "unsubscribe [from R]", "subscriptions".
/// Anyone in a conversation may subscribe it: a briefing is one message a day into a conversation the bot
/// was already invited to, and anyone there can unsubscribe it again.
/// </summary>
public sealed partial class SubscriptionCommand(ISubscriptionStore store, Briefer briefer, TimeProvider time) : IChatCommand
{
    private static readonly TimeOnly DefaultTime = new(8, 0);

    public async Task<Reply?> TryHandleAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var text = QuestionParser.Clean(turn.Text);
        if (List().IsMatch(text))
        {
            return await ListAsync(turn, cancellationToken).ConfigureAwait(false);
        }

        if (Unsubscribe().Match(text) is { Success: true } unsubscribe)
        {
            return await UnsubscribeAsync(turn, unsubscribe.Groups["area"].Success ? unsubscribe.Groups["area"].Value : null, cancellationToken).ConfigureAwait(false);
        }

        if (Subscribe().Match(text) is { Success: true } subscribe)
        {
            return await SubscribeAsync(turn, subscribe, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    private async Task<Reply> SubscribeAsync(ChatTurn turn, Match match, CancellationToken cancellationToken)
    {
        var areaName = match.Groups["area"].Value.Trim();
        var area = await briefer.FindAreaAsync(areaName, cancellationToken).ConfigureAwait(false);
        if (area is null)
        {
            return await briefer.UnknownAreaAsync(areaName, cancellationToken).ConfigureAwait(false);
        }

        var localTime = DefaultTime;
        if (match.Groups["time"].Success && !ScheduleText.TryParseTime(match.Groups["time"].Value, out localTime))
        {
            return Usage($"\u201c{match.Groups["time"].Value}\u201d is not a time of day I can read.");
        }

        var zoneId = match.Groups["zone"].Success ? match.Groups["zone"].Value.Trim() : "UTC";
        if (!ScheduleText.TryFindTimeZone(zoneId, out var zone))
        {
            return Usage($"I don't know the time zone \u201c{zoneId}\u201d. Use an IANA name such as Asia/Baku, Europe/London or America/New_York, or UTC.");
        }

        var subscription = await store.SubscribeAsync(
            turn.ChannelId, turn.ConversationId, turn.ConversationAddress, area.Name, localTime, zoneId,
            turn.UserAadObjectId ?? turn.UserId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var when = $"{subscription.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture)} {zone.Id}";
        return new Reply(
            $"Subscribed to {area.Name}",
            [$"This conversation will get a briefing on {area.Name} every day at {when}, with the stories of the previous {BriefingReply.DescribeWindow(briefer.Options.DefaultWindow)[5..]}."],
            [], [], [$"brief me on {area.Name}", "subscriptions"]);
    }

    private async Task<Reply> UnsubscribeAsync(ChatTurn turn, string? areaName, CancellationToken cancellationToken)
    {
        string? key = null;
        if (!string.IsNullOrWhiteSpace(areaName))
        {
            key = (await briefer.FindAreaAsync(areaName, cancellationToken).ConfigureAwait(false))?.Name ?? areaName.Trim();
        }

        var removed = await store.UnsubscribeAsync(turn.ChannelId, turn.ConversationId, key, cancellationToken).ConfigureAwait(false);
        if (removed == 0)
        {
            return Reply.Text(
                "Nothing to unsubscribe",
                key is null ? "This conversation has no briefing subscriptions." : $"This conversation is not subscribed to {key}.");
        }

        return Reply.Text(
            "Unsubscribed",
            key is null
                ? $"This conversation will get no more briefings ({removed} subscription{(removed == 1 ? string.Empty : "s")} removed)."
                : $"This conversation will get no more briefings on {key}.");
    }

    private async Task<Reply> ListAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        var subscriptions = await store.ListAsync(turn.ChannelId, turn.ConversationId, cancellationToken).ConfigureAwait(false);
        if (subscriptions.Count == 0)
        {
            return new Reply("No subscriptions", ["This conversation gets no daily briefings yet."], [], [], ["subscribe this channel to South Caucasus at 08:00 Asia/Baku"]);
        }

        var lines = subscriptions.Select(s =>
            $"{s.Region}: every day at {s.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture)} {s.TimeZone}"
            + (s.Active ? string.Empty : $" (paused: {s.InactiveReason ?? "delivery failed"}; subscribe again to resume)"));
        return Reply.Text("Daily briefings for this conversation", [.. lines]);
    }

    private static Reply Usage(string problem) => new(
        "I couldn't set up that subscription",
        [problem],
        [], [], ["subscribe this channel to South Caucasus at 08:00 Asia/Baku"]);

    // "subscribe [this channel|us|me|here] to AREA [daily|every day] [at TIME] [ZONE]"
    [GeneratedRegex(@"^subscribe\s+(?:(?:this\s+(?:channel|chat|conversation|team)|us|me|here)\s+)?to\s+(?<area>.+?)(?:\s+(?:daily|every\s+day))?(?:\s+at\s+(?<time>\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)(?:\s+(?<zone>[A-Za-z][A-Za-z0-9_+\-/]*))?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Subscribe();

    [GeneratedRegex(@"^unsubscribe(?:\s+(?:this\s+(?:channel|chat|conversation|team)|us|me|here))?(?:\s+from\s+(?<area>.+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unsubscribe();

    [GeneratedRegex(@"^(?:(?:list|show)\s+(?:the\s+|my\s+|our\s+)?subscriptions|(?:my\s+|our\s+)?subscriptions)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex List();
}
