namespace BriefingBot.Core.Understanding;

public enum QuoteKind
{
    /// <summary>The speaker's exact words in quotation marks.</summary>
    Direct,
    /// <summary>Reported speech: "X said the meeting was a milestone".</summary>
    Indirect,
    /// <summary>Reported speech with a quoted fragment inside.</summary>
    Mixed,
}
