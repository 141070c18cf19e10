namespace BriefingBot.Core.Briefings;

/// <summary>What became of one subscription's briefing on one local day.</summary>
public enum DeliveryStatus
{
    /// <summary>An instance has claimed the day and is composing or sending.</summary>
    Claimed,

    /// <summary>Posted.</summary>
    Sent,

    /// <summary>Missed by more than the grace window (downtime); not posted.</summary>
    Skipped,

    /// <summary>Sending failed after retries; not tried again that day.</summary>
    Failed,

    /// <summary>The channel removed the bot (403/404); the subscription was made inactive.</summary>
    Gone,
}
