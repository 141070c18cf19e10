namespace BriefingBot.Channels.Teams.AdaptiveCards;

/// <summary>Groups elements; the "emphasis" style sets a quote apart from the running text.</summary>
public sealed record Container(IReadOnlyList<AdaptiveElement> Items) : AdaptiveElement
{
    public ContainerStyle? Style { get; init; }
}
