namespace BriefingBot.Channels.Slack.BlockKit;

/// <summary>
/// A Block Kit text object. Build mrkdwn only from <see cref="SlackMrkdwn"/> helpers, which escape
/// &amp;, &lt; and &gt; in reply text so it cannot form links or mentions.
/// </summary>
public sealed record SlackText
{
    private SlackText(string type, string text)
    {
        Type = type;
        Text = text;
    }

    public string Type { get; }

    public string Text { get; }

    public bool? Emoji { get; private init; }

    /// <summary>True turns off Slack's auto-linking of bare URLs, channel names and @mentions in article text.</summary>
    public bool? Verbatim { get; private init; }

    public static SlackText Plain(string text) => new("plain_text", text) { Emoji = true };

    public static SlackText Mrkdwn(string escapedMrkdwn) => new("mrkdwn", escapedMrkdwn) { Verbatim = true };
}
