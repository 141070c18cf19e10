using System.Text.Json.Serialization;

namespace BriefingBot.Channels.Teams.AdaptiveCards;

/// <summary>
/// The root of an Adaptive Card (schema 1.5, the newest Teams renders everywhere). Written by hand because
/// the AdaptiveCards package is not available to us; property names follow adaptivecards.io exactly.
/// </summary>
public sealed record AdaptiveCard(IReadOnlyList<AdaptiveElement> Body)
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    [JsonPropertyOrder(-3)]
    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyOrder(-1)]
    public string Version => "1.5";

    public IReadOnlyList<AdaptiveAction>? Actions { get; init; }

    /// <summary>Shown by hosts that cannot render the card.</summary>
    public string? FallbackText { get; init; }

    [JsonPropertyName("msteams")]
    public TeamsCardOptions? MsTeams { get; init; }
}

/// <summary>Teams-only card settings; "Full" width keeps long quotes readable.</summary>
public sealed record TeamsCardOptions(string Width);
