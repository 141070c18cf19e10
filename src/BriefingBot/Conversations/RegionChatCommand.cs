using System.Text.RegularExpressions;
using BriefingBot.Admin;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Geography;
using BriefingBot.Core.Replies;
using BriefingBot.Infrastructure.Admin;
using BriefingBot.Infrastructure.Storage;

namespace BriefingBot.Conversations;

/// <summary>
/// Regions in chat. Anyone may list them ("regions"); admins define their own
/// ("define region Silk Road: UZ, KZ, Turkmenistan; terms: Middle Corridor") and remove them
/// ("remove region Silk Road"), each change recorded in the admin audit log.
/// </summary>
public sealed partial class RegionChatCommand(
    SqliteBriefingArchive regions, AreaDirectory areas, AdminPolicy policy, SqliteAdminStore audit, TimeProvider time) : IChatCommand
{
    private const int MaxNameLength = 60;
    private const int MaxTerms = 30;

    public async Task<Reply?> TryHandleAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var text = QuestionParser.Clean(turn.Text);
        if (List().IsMatch(text))
        {
            return await ListAsync(cancellationToken).ConfigureAwait(false);
        }

        var define = Define().Match(text);
        var remove = define.Success ? Match.Empty : Remove().Match(text);
        if (!define.Success && !remove.Success)
        {
            return null;
        }

        var actor = policy.AdminActor(turn);
        if (actor is null)
        {
            return Reply.Text("Only admins can define regions", "Sorry, defining and removing regions is for BriefingBot's admins. You can still subscribe to any region: say \u201cregions\u201d to see them.");
        }

        return define.Success
            ? await DefineAsync(actor, define, cancellationToken).ConfigureAwait(false)
            : await RemoveAsync(actor, remove.Groups["name"].Value.Trim(), cancellationToken).ConfigureAwait(false);
    }

    private async Task<Reply> DefineAsync(string actor, Match match, CancellationToken cancellationToken)
    {
        var name = match.Groups["name"].Value.Trim();
        if (Region.KeyOf(name).Length == 0 || name.Length > MaxNameLength)
        {
            return Reply.Text("That did not work", $"A region needs a name of at most {MaxNameLength} characters.");
        }

        var members = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var item in Split(match.Groups["countries"].Value, ','))
        {
            var code = Gazetteer.Default.Country(item)?.Code ?? (areas.Find(item) is { RegionKey: null } country ? country.Countries.Single() : null);
            if (code is null)
            {
                return Reply.Text("That did not work", $"\u201c{item}\u201d is not a country I know. Use names (Uzbekistan) or ISO codes (UZ).");
            }

            members.Add(code.ToUpperInvariant());
        }

        var terms = match.Groups["terms"].Success ? Split(match.Groups["terms"].Value, ',').Take(MaxTerms).ToList() : [];
        if (members.Count == 0 && terms.Count == 0)
        {
            return Reply.Text("That did not work", "Give the region's countries, its terms, or both: define region Silk Road: UZ, KZ, TM; terms: Middle Corridor");
        }

        await regions.SaveCustomRegionAsync(new Region(name, RegionKind.Custom, members, terms), actor, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(actor, "region.define", $"{name}: {string.Join(',', members)}; terms: {string.Join('|', terms)}", cancellationToken).ConfigureAwait(false);
        return new Reply(
            $"Defined region {name}",
            [$"Countries: {(members.Count == 0 ? "none" : string.Join(", ", members.Select(c => Gazetteer.Default.Country(c)!.Name)))}. Terms: {(terms.Count == 0 ? "none" : string.Join(", ", terms))}."],
            [], [], [$"brief me on {name}", $"subscribe this channel to {name} at 08:00 UTC"]);
    }

    private async Task<Reply> RemoveAsync(string actor, string name, CancellationToken cancellationToken)
    {
        if (!await regions.RemoveCustomRegionAsync(name, cancellationToken).ConfigureAwait(false))
        {
            return Reply.Text("That did not work", $"No region called \u201c{name}\u201d was defined by an admin (built-in regions cannot be removed).");
        }

        await audit.RecordAsync(actor, "region.remove", name, cancellationToken).ConfigureAwait(false);
        return Reply.Text($"Removed region {name}", "Subscriptions to it will report it missing instead of posting.");
    }

    private async Task<Reply> ListAsync(CancellationToken cancellationToken)
    {
        var custom = await regions.CustomRegionsAsync(cancellationToken).ConfigureAwait(false);
        var lines = new List<string> { "Groupings: " + string.Join(", ", areas.SuggestedRegions()) + "." };
        if (custom.Count > 0)
        {
            lines.Add("Defined by admins: " + string.Join(", ", custom.Select(r => r.Name)) + ".");
        }

        lines.Add("Also every UN subregion (Western Asia, Southern Asia, ...) and every country.");
        return Reply.Text("Regions", [.. lines]);
    }

    private static List<string> Split(string text, char separator) =>
        text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(t => t.Length is > 0 and <= 100).ToList();

    [GeneratedRegex(@"^(?:list\s+)?regions$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex List();

    [GeneratedRegex(@"^(?:define|add|create)\s+(?:a\s+)?region\s+(?<name>[^:;]+?)\s*:\s*(?<countries>[^;]*?)\s*(?:;\s*terms?\s*:\s*(?<terms>.+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Define();

    [GeneratedRegex(@"^(?:remove|delete)\s+region\s+(?<name>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Remove();
}
