namespace BriefingBot.Core.Geography;

public enum RegionKind
{
    /// <summary>A UN subregion, from the gazetteer ("Western Asia").</summary>
    Subregion,

    /// <summary>A common grouping from Geography/Data/regions.tsv ("South Caucasus").</summary>
    Grouping,

    /// <summary>Defined by an admin and kept in the database.</summary>
    Custom,
}
