namespace BriefingBot.Core.Understanding.People;

/// <summary>
/// The people of one article, looked up by <see cref="NameKey"/> so that shorter mentions ("Cavusoglu",
/// "FM Cavusoglu") find the full name. Ids follow the order of first mention.
/// </summary>
internal sealed class PersonRegistry
{
    private readonly List<PersonEntry> entries = [];

    /// <summary>The entry named <paramref name="key"/> (a <see cref="NameKey"/>), or whose full name ends in its surname and holds all its tokens.</summary>
    public PersonEntry? Lookup(string key)
    {
        if (key.Length == 0)
        {
            return null;
        }

        foreach (var e in entries)
        {
            if (e.Key == key)
            {
                return e;
            }
        }

        var tokensOfName = key.Split(' ');
        var surname = tokensOfName[^1];
        return entries.FirstOrDefault(e => e.Kind == EntityKind.Person && e.Tokens.Length > 0 && e.Tokens[^1] == surname
            && tokensOfName.All(t => e.Tokens.Contains(t)));
    }

    /// <summary>The entry for <paramref name="key"/>, made longer or titled by this mention, or a new one.</summary>
    public PersonEntry FindOrAdd(string name, string? title, EntityKind kind, string key)
    {
        var existing = Lookup(key);
        if (existing is not null)
        {
            if (key.Split(' ').Length > existing.Tokens.Length)
            {
                existing.FullName = name; // keep the longest form
            }

            existing.Title ??= title;
            return existing;
        }

        var entry = new PersonEntry($"p{entries.Count + 1}", name, title, kind);
        entries.Add(entry);
        return entry;
    }

    /// <summary>The entry whose key is exactly <paramref name="key"/>, without the surname fallback of <see cref="Lookup"/>.</summary>
    public PersonEntry? WithKey(string key) => entries.FirstOrDefault(e => e.Key == key);

    public List<Person> ToPeople() =>
        entries
            .Select(e => new Person(e.Id, e.FullName, e.Title, e.Role, e.Mentions.Distinct().OrderBy(m => m.Start).ToList(), e.Kind))
            .ToList();
}
