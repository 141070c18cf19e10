namespace BriefingBot.Infrastructure.Sources;

/// <summary>What an admin asks for when adding a source.</summary>
/// <param name="Interval">Null for Sources:DefaultInterval.</param>
/// <param name="AddedBy">Who asked, as the audit log names them ("slack:U123", "cli:alice").</param>
public sealed record NewSource(string Url, string? Region, TimeSpan? Interval, string AddedBy);
