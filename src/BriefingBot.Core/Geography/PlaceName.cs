namespace BriefingBot.Core.Geography;

/// <summary>One name in the gazetteer and what it points to: a country (by code) or a region (by name).</summary>
public sealed record PlaceName(string Text, PlaceKind Kind, string Target);
