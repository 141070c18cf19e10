using BriefingBot.Channels.Slack;

namespace BriefingBot.Tests.Channels;

public sealed class SlackMrkdwnTests
{
    [Theory]
    [InlineData("aaaa &amp; bbbb", 10, "aaaa \u2026")]
    [InlineData("aa <https://x.example/|t> bb", 12, "aa \u2026")]
    [InlineData("short", 10, "short")]
    public void Truncation_never_leaves_half_an_entity_or_half_a_link(string mrkdwn, int max, string expected)
    {
        Assert.Equal(expected, SlackMrkdwn.Truncate(mrkdwn, max));
    }

    [Fact]
    public void Links_are_only_made_from_http_urls()
    {
        Assert.Equal("<https://example.com/|a &amp; b>", SlackMrkdwn.Link("https://example.com/", "a & b"));
        Assert.Equal("click &lt;me&gt;", SlackMrkdwn.Link("javascript:alert(1)", "click <me>"));
        Assert.Equal("plain", SlackMrkdwn.Link(null, "plain"));
    }
}
