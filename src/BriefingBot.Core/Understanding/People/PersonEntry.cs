using BriefingBot.Core.Text;

namespace BriefingBot.Core.Understanding.People;

/// <summary>
/// A person (or speaking organisation) while an article is being resolved: mutable, because later
/// mentions may give a longer name, a title or a role. <see cref="PersonRegistry.ToPeople"/> freezes it.
/// </summary>
internal sealed class PersonEntry(string id, string fullName, string? title, EntityKind kind)
{
    public string Id { get; } = id;

    private string fullName = fullName;

    public string FullName
    {
        get => fullName;
        set
        {
            fullName = value;
            Key = NameKey.Normalize(value);
            Tokens = Key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
    }

    public string Key { get; private set; } = NameKey.Normalize(fullName);

    public string[] Tokens { get; private set; } = NameKey.Tokens(fullName);

    public string? Title { get; set; } = title;

    public string? Role { get; set; }

    public EntityKind Kind { get; } = kind;

    public List<TextSpan> Mentions { get; } = [];
}
