using System.Globalization;
using System.Security;

namespace BriefingBot.Tests.Sources;

/// <summary>Feeds and pages written for the source tests: article-length stories, each about its own made-up place.</summary>
public static class SourceFixtures
{
    /// <summary>Six sentences about <paramref name="place"/>: well over the teaser threshold, and unlike any other place's story.</summary>
    public static string Story(string place) => string.Join("\n\n", new[]
    {
        $"The council of {place} approved a new ferry timetable on Tuesday after months of debate among residents.",
        $"Officials in {place} said the change would add two morning crossings and one late crossing on weekdays.",
        $"\"We listened to commuters and to the harbour workers,\" said Mara Lind, the transport director of {place}.",
        $"Business owners in {place} welcomed the decision, saying visitors had complained about long waits in summer.",
        $"The timetable for {place} takes effect next month and will be reviewed after one year of service.",
        $"Critics in {place} argued that the cost of the extra crossings had not been explained in enough detail.",
    });

    public static string Item(string place, string? link = null, string? guid = null, string? body = null, DateTimeOffset? published = null) => $"""
        <item>
          <title>Ferry timetable approved in {place}</title>
          <link>{Escape(link ?? $"https://news.example.com/{place.ToLowerInvariant()}")}</link>
          <guid isPermaLink="false">{Escape(guid ?? place.ToLowerInvariant())}</guid>
          <dc:creator>Ana Field</dc:creator>
          <pubDate>{(published ?? new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero)).ToString("r", CultureInfo.InvariantCulture)}</pubDate>
          <description>{Escape(body ?? Story(place))}</description>
        </item>
        """;

    /// <summary>An item whose feed text is only a lead with "Read more": the poller must fetch <paramref name="link"/>.</summary>
    public static string TeaserItem(string place, string link) => $"""
        <item>
          <title>Ferry timetable approved in {place}</title>
          <link>{Escape(link)}</link>
          <guid>{Escape(link)}</guid>
          <description>The council of {place} approved a new timetable... Read more</description>
        </item>
        """;

    public static string Rss(params string[] items) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Harbour News</title>
            <link>https://news.example.com/</link>
            <language>en</language>
            {string.Concat(items)}
          </channel>
        </rss>
        """;

    /// <summary>A page with navigation, a share bar and a footer around the article, as news sites serve them.</summary>
    public static string Page(string place) => $"""
        <!doctype html>
        <html><head><title>Ferry timetable approved in {place} | Harbour News</title>
        <meta property="og:site_name" content="Harbour News"></head>
        <body>
        <nav><a href="/">Home</a> <a href="/world">World</a> Subscribe to our newsletter today</nav>
        <article>
          <h1>Ferry timetable approved in {place}</h1>
          {string.Concat(Story(place).Split("\n\n").Select(p => $"<p>{SecurityElement.Escape(p)}</p>"))}
          <script>trackReader("do-not-store-this-script")</script>
        </article>
        <footer>Copyright Harbour News. All rights reserved. Cookie settings.</footer>
        </body></html>
        """;

    private static string Escape(string text) => SecurityElement.Escape(text);
}
