namespace BriefingBot.Core.Briefings;

/// <summary>The top stories about an area in a window, most important first; empty when nothing happened.</summary>
public sealed record Briefing(string AreaName, DateTimeOffset From, DateTimeOffset Until, IReadOnlyList<Story> Stories);
