using BriefingBot.Core.Text;

namespace BriefingBot.Core.Understanding.People;

/// <summary>
/// A run of capitalised words read as "[Country's|Demonym] [Title] Name": "Azerbaijan’s Foreign Minister
/// Elmar Mammadyarov" gives Country "Azerbaijan", Title "Foreign Minister", TitleRole "foreign minister",
/// Name "Elmar Mammadyarov".
/// </summary>
internal sealed record NameRun(TextSpan Span, TextSpan NameSpan, string Name, string? Country, string? Title, string? TitleRole)
{
    /// <summary>"Azerbaijan's foreign minister", "foreign minister", or null.</summary>
    public string? Role => (Country, TitleRole) switch
    {
        (not null, { Length: > 0 } t) => $"{Country}'s {t}",
        (null, { Length: > 0 } t) => t,
        _ => null,
    };

    /// <summary>The name folded by <see cref="NameKey"/>, computed once: look-ups compare it many times.</summary>
    public string Key { get; } = NameKey.Normalize(Name);

    public string Surname => Key.Length == 0 ? string.Empty : Key[(Key.LastIndexOf(' ') + 1)..];
}
