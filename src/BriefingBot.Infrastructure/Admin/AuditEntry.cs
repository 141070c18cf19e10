namespace BriefingBot.Infrastructure.Admin;

/// <summary>One admin change: who, when, what.</summary>
/// <param name="Actor">"msteams:&lt;AAD object id&gt;", "slack:&lt;user id&gt;", "api-key:&lt;name&gt;", "cli:&lt;OS user&gt;".</param>
/// <param name="Action">"source.add", "source.pause", "source.resume", "source.remove", "api-key.create".</param>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, string Action, string Detail);
