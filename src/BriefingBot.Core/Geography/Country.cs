namespace BriefingBot.Core.Geography;

/// <summary>A country as the gazetteer knows it.</summary>
/// <param name="Code">ISO 3166-1 alpha-2, e.g. "AZ".</param>
/// <param name="Name">The common English name, e.g. "Azerbaijan".</param>
/// <param name="Subregion">The UN subregion, e.g. "Western Asia".</param>
public sealed record Country(
    string Code,
    string Name,
    string Subregion,
    IReadOnlyList<string> OtherNames,
    IReadOnlyList<string> Demonyms,
    IReadOnlyList<string> Capitals);
