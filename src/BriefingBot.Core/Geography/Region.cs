using BriefingBot.Core.Text;

namespace BriefingBot.Core.Geography;

/// <summary>
/// A named group of countries that stories are filed under: a UN subregion, a common grouping such as the
/// South Caucasus, or one an admin defined.
/// </summary>
/// <param name="Countries">ISO alpha-2 codes of the members.</param>
/// <param name="Terms">Places and names that put a story in the region without naming a member ("Nagorno-Karabakh").</param>
public sealed record Region(string Name, RegionKind Kind, IReadOnlySet<string> Countries, IReadOnlyList<string> Terms)
{
    /// <summary>The name as compared and stored: "the South Caucasus" and "south caucasus" are one region.</summary>
    public string Key => KeyOf(Name);

    public static string KeyOf(string name)
    {
        var key = NameKey.Normalize(name);
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }
}
