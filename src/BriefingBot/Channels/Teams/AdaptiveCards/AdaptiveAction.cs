using System.Text.Json.Serialization;

namespace BriefingBot.Channels.Teams.AdaptiveCards;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ActionOpenUrl), "Action.OpenUrl")]
[JsonDerivedType(typeof(ActionSubmit), "Action.Submit")]
public abstract record AdaptiveAction(string Title);

/// <summary>Opens a link; only built from http(s) URLs (see SafeLinks).</summary>
public sealed record ActionOpenUrl(string Title, Uri Url) : AdaptiveAction(Title);

/// <summary>A button that posts data back; with <see cref="SubmitData.ImBack"/> Teams sends it as the user's message.</summary>
public sealed record ActionSubmit(string Title, SubmitData Data) : AdaptiveAction(Title);

/// <summary>{"msteams": {"type": "imBack", "value": "..."}}.</summary>
public sealed record SubmitData([property: JsonPropertyName("msteams")] TeamsSubmitBehavior MsTeams)
{
    public static SubmitData ImBack(string message) => new(new TeamsSubmitBehavior("imBack", message));
}

public sealed record TeamsSubmitBehavior(string Type, string Value);
