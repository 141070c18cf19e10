using BriefingBot.Conversations;

namespace BriefingBot.Tests.Sources;

public sealed class SourceCommandTextTests
{
    [Theory]
    [InlineData("add source https://x.test/feed.xml region: South Caucasus every 15m", "https://x.test/feed.xml", "South Caucasus", "15m")]
    [InlineData("Add source https://x.test/feed.xml every 1h 30m region: Central Asia.", "https://x.test/feed.xml", "Central Asia", "1h 30m")]
    [InlineData("add source <https://x.test/rss|x.test/rss> region Caspian", "https://x.test/rss", "Caspian", null)]
    [InlineData("add source <a href=\"https://x.test/atom\">https://x.test/atom</a>", "https://x.test/atom", null, null)]
    public void Add_reads_url_region_and_interval_in_either_order_and_unwraps_channel_links(string text, string url, string? region, string? interval)
    {
        var parsed = SourceCommandText.Parse(text);

        Assert.Equal(new SourceCommandText.Parsed("add", url, region, interval), parsed);
    }

    [Theory]
    [InlineData("sources", "list", null)]
    [InlineData("list sources", "list", null)]
    [InlineData("pause source 3", "pause", "3")]
    [InlineData("resume source #3", "resume", "#3")]
    [InlineData("remove source https://x.test/feed.xml", "remove", "https://x.test/feed.xml")]
    public void The_other_commands_name_their_source(string text, string verb, string? target)
    {
        var parsed = SourceCommandText.Parse(text);

        Assert.Equal((verb, target), (parsed!.Verb, parsed.Target));
    }

    [Theory]
    [InlineData("what did Cavusoglu say about sources?")]
    [InlineData("who added the source of the leak")]
    [InlineData("sources say the talks stalled")]
    public void Questions_that_mention_sources_are_left_to_the_answerer(string text)
    {
        Assert.Null(SourceCommandText.Parse(text));
    }
}
