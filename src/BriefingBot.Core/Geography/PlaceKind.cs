namespace BriefingBot.Core.Geography;

/// <summary>What kind of name a mention is; each weighs differently as evidence of where a story is.</summary>
public enum PlaceKind
{
    CountryName,
    Demonym,
    Capital,
    City,
    RegionTerm,
}
