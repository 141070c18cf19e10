using System.Text.Json.Serialization;

namespace BriefingBot.Channels.Teams.AdaptiveCards;

/// <summary>A body element; the "type" discriminator is the Adaptive Card element name.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
public abstract record AdaptiveElement
{
    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }
}
