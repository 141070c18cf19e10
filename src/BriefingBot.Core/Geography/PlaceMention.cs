namespace BriefingBot.Core.Geography;

/// <summary>A gazetteer name found in a text, with its character span.</summary>
public sealed record PlaceMention(PlaceName Name, int Start, int End);
