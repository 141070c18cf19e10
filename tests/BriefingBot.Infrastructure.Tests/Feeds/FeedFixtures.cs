using BriefingBot.Infrastructure.Feeds;

namespace BriefingBot.Infrastructure.Tests.Feeds;

/// <summary>Shared pieces for feed tests: the parser under test and article-length text written for them.</summary>
internal static class FeedFixtures
{
    public static readonly Uri FeedUrl = new("https://news.example.com/section/feed.xml");

    public static FeedParser Parser() => new();

    public static ParsedFeed Parse(string content) => Parser().Parse(content, FeedUrl);

    /// <summary>Several full sentences, well over the teaser threshold, as HTML paragraphs.</summary>
    public static string ArticleHtml(string topic = "the harbour project") => string.Concat(Enumerable.Range(1, 6).Select(i =>
        $"<p>Paragraph {i} explains in plain words how {topic} moved forward this week, what the council decided, and why residents care about it.</p>"));

    public static string Rss(string items, string channelExtras = "") => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Example News</title>
            <link>https://news.example.com/</link>
            <description>Test feed</description>
            {channelExtras}
            {items}
          </channel>
        </rss>
        """;
}
