using System.Text.RegularExpressions;

namespace BriefingBot.Conversations;

/// <summary>
/// Reads the source admin commands out of chat text: "add source URL [region: R] [every 15m]", "sources",
/// "pause source N", "resume source N", "remove source N|URL". Channels wrap links in markup (Slack
/// "&lt;https://x|x&gt;", Teams "&lt;a href&gt;"), which is unwrapped to the plain URL.
/// </summary>
internal static partial class SourceCommandText
{
    public sealed record Parsed(string Verb, string? Target, string? Region, string? Interval);

    public static Parsed? Parse(string text)
    {
        var clean = Unwrap(text.Trim());
        if (ListPattern().IsMatch(clean))
        {
            return new Parsed("list", null, null, null);
        }

        var add = AddPattern().Match(clean);
        if (add.Success)
        {
            var rest = add.Groups["rest"].Value;
            var every = EveryPattern().Match(rest);
            var region = RegionPattern().Match(every.Success ? rest.Remove(every.Index, every.Length) : rest);
            return new Parsed("add", add.Groups["url"].Value, region.Success ? region.Groups["region"].Value.Trim().TrimEnd('.') : null, every.Success ? every.Groups["interval"].Value : null);
        }

        var change = ChangePattern().Match(clean);
        return change.Success ? new Parsed(change.Groups["verb"].Value.ToLowerInvariant(), change.Groups["target"].Value.Trim(), null, null) : null;
    }

    private static string Unwrap(string text)
    {
        var html = HtmlLinkPattern().Replace(text, m => m.Groups["href"].Value);
        return SlackLinkPattern().Replace(html, m => m.Groups["url"].Value);
    }

    [GeneratedRegex(@"^(?:list\s+)?sources\??$", RegexOptions.IgnoreCase)]
    private static partial Regex ListPattern();

    [GeneratedRegex(@"^add\s+(?:a\s+)?source\s+(?<url>\S+)(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AddPattern();

    [GeneratedRegex(@"\bevery\s+(?<interval>\S+(?:\s+\d+[smhd]\b)*)", RegexOptions.IgnoreCase)]
    private static partial Regex EveryPattern();

    [GeneratedRegex(@"\bregion\s*:?\s*(?<region>.+?)\s*$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"^(?<verb>pause|resume|remove|delete)\s+source\s+(?<target>\S+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangePattern();

    [GeneratedRegex("""<a\s[^>]*href\s*=\s*["'](?<href>[^"']+)["'][^>]*>.*?</a>""", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlLinkPattern();

    [GeneratedRegex(@"<(?<url>https?://[^|>\s]+)(?:\|[^>]*)?>", RegexOptions.IgnoreCase)]
    private static partial Regex SlackLinkPattern();
}
