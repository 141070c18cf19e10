namespace BriefingBot.Core.Briefings;

/// <summary>A conversation's daily briefing on one area, at a local time in a time zone.</summary>
/// <param name="Region">The area's display name ("South Caucasus", "Türkiye").</param>
/// <param name="TimeZone">An IANA (or Windows) time zone id, e.g. "Asia/Baku".</param>
/// <param name="Address">The serialized conversation reference the bot posts with (opaque outside the bot edge).</param>
/// <param name="CreatedAt">When it was first made: days before it are never due.</param>
public sealed record Subscription(
    long Id,
    string ChannelId,
    string ConversationId,
    string Region,
    TimeOnly LocalTime,
    string TimeZone,
    bool Active,
    string? InactiveReason,
    string Address,
    DateTimeOffset CreatedAt);
