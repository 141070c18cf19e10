using BriefingBot.Core.Text;

namespace BriefingBot.Core.Understanding;

/// <summary>
/// A speaker or other named entity of one article, with every mention resolved to it.
/// </summary>
/// <param name="Id">Stable within the article, e.g. "p1".</param>
/// <param name="FullName">The longest name the article gives, e.g. "Mevlut Cavusoglu".</param>
/// <param name="Title">A title or office used before the name, e.g. "Foreign Minister", or null.</param>
/// <param name="Role">The role in words, e.g. "Turkey's foreign minister", or null when the article gives none.</param>
/// <param name="Mentions">Every span that refers to this entity (full name, surname, title+surname, pronouns resolved to it).</param>
public sealed record Person(
    string Id,
    string FullName,
    string? Title,
    string? Role,
    IReadOnlyList<TextSpan> Mentions,
    EntityKind Kind = EntityKind.Person);
