using System.Globalization;
using BriefingBot.Core.Replies;

namespace BriefingBot.Channels;

/// <summary>
/// Splits a reply with sections into pages that each fit a channel's limits: the first page keeps the
/// heading and paragraphs, later ones are headed "(2/3)", suggestions go last. A section is never split;
/// one that does not fit alone gets a page of its own and the formatter's usual shortening.
/// </summary>
internal static class ReplyPages
{
    public static IReadOnlyList<Reply> Split(Reply reply, Func<Reply, bool> fits)
    {
        if (reply.Sections.Count <= 1 || fits(reply))
        {
            return [reply];
        }

        var groups = new List<List<ReplySection>>();
        var current = new List<ReplySection>();
        foreach (var section in reply.Sections)
        {
            if (current.Count > 0 && !fits(Page(reply, [.. current, section], groups.Count == 0, groups.Count + 1, 0, last: false)))
            {
                groups.Add(current);
                current = [];
            }

            current.Add(section);
        }

        groups.Add(current);
        return groups.Select((sections, i) => Page(reply, sections, i == 0, i + 1, groups.Count, last: i == groups.Count - 1)).ToList();
    }

    private static Reply Page(Reply reply, List<ReplySection> sections, bool first, int number, int total, bool last)
    {
        var suggestions = last ? reply.Suggestions : [];
        if (first)
        {
            return reply with { Sections = sections, Suggestions = suggestions, Quotes = last ? reply.Quotes : [], Citations = last ? reply.Citations : [] };
        }

        var of = total > 0 ? $"{number}/{total}" : number.ToString(CultureInfo.InvariantCulture);
        return new Reply($"{reply.Heading} ({of})", [], last ? reply.Quotes : [], last ? reply.Citations : [], suggestions) { Sections = sections };
    }
}
