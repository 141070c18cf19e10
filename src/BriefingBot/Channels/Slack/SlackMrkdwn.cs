namespace BriefingBot.Channels.Slack;

/// <summary>
/// Slack mrkdwn helpers. Slack's own escaping rule: replace &amp;, &lt; and &gt; with entities; then
/// any literal '&lt;' left in the text was put there by us (a link), which is what makes truncation safe.
/// </summary>
internal static class SlackMrkdwn
{
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>
    /// Makes the Markdown text of a Slack activity safe without escaping it. Azure Bot Service converts
    /// activity Markdown to Slack's format itself (botbuilder-dotnet#3928 shows it rewriting emphasis), so
    /// entity-escaping here risks "AT&amp;amp;T" on screen. Every Slack control sequence (&lt;!channel&gt;,
    /// &lt;@U123&gt;, &lt;#C1&gt;, &lt;url|label&gt;) starts with '&lt;', so turning that one character into
    /// '‹' keeps article text from pinging a channel or forging a link, whichever way the text is handled.
    /// </summary>
    public static string Defuse(string markdown) => markdown.Replace('<', '\u2039');

    /// <summary>&lt;url|label&gt;, or just the escaped label when the URL is not http(s).</summary>
    public static string Link(string? url, string label)
    {
        if (!SafeLinks.TryGet(url, out var link))
        {
            return Escape(label);
        }

        // '|' ends the URL part of a Slack link; percent-encoding it keeps the address the same.
        var target = Escape(link.AbsoluteUri).Replace("|", "%7C", StringComparison.Ordinal);
        return $"<{target}|{Escape(label)}>";
    }

    /// <summary>Every line prefixed with '&gt;' so a multi-line quote stays one block quote.</summary>
    public static string BlockQuote(string escaped) => ">" + escaped.Replace("\n", "\n>", StringComparison.Ordinal);

    /// <summary>Cuts already-escaped mrkdwn without leaving half an entity or half a link.</summary>
    public static string Truncate(string mrkdwn, int maxLength)
    {
        if (mrkdwn.Length <= maxLength)
        {
            return mrkdwn;
        }

        var cut = mrkdwn[..(maxLength - TextLimits.Ellipsis.Length)];
        var amp = cut.LastIndexOf('&');
        if (amp >= 0 && cut.IndexOf(';', amp) < 0)
        {
            cut = cut[..amp];
        }

        var open = cut.LastIndexOf('<');
        if (open >= 0 && cut.IndexOf('>', open) < 0)
        {
            cut = cut[..open];
        }

        if (cut.Length > 0 && char.IsHighSurrogate(cut[^1]))
        {
            cut = cut[..^1];
        }

        return cut + TextLimits.Ellipsis;
    }
}
