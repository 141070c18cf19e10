using BriefingBot.Infrastructure.Ingestion;

namespace BriefingBot.Infrastructure.Tests.Ingestion;

public sealed class HtmlExtractionTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <title>Ministers Meet in Baku | Caspian Wire</title>
          <meta property="og:site_name" content="Caspian Wire">
          <meta property="og:title" content="Ministers Meet in Baku">
          <meta name="author" content="Jane Doe">
          <meta property="article:published_time" content="2024-03-01T09:30:00+04:00">
          <link rel="canonical" href="https://caspianwire.example/2024/ministers-meet?utm_source=rss">
          <style>body { color: red; }</style>
          <script>var tracking = "Share this article now.";</script>
        </head>
        <body>
          <nav><a href="/">Home</a> <a href="/world">World news and analysis from the region today.</a></nav>
          <header><div class="logo">Caspian Wire logo</div></header>
          <article>
            <h1>Ministers Meet in Baku</h1>
            <p class="byline">By Jane Doe, Caspian Wire</p>
            <figure><img src="x.jpg"><figcaption>The ministers shake hands before the talks / Press office</figcaption></figure>
            <p>Foreign ministers of three countries met in Baku on Friday to discuss trade &amp; security.</p>
            <blockquote><p>"This is a milestone for our relations," the host minister said.</p></blockquote>
            <aside><p>Related: an older story you may also like to read about.</p></aside>
            <p>The next meeting will be held in <em>Islamabad</em> next year.</p>
          </article>
          <footer><p>© 2024 Caspian Wire. All rights reserved.</p></footer>
        </body>
        </html>
        """;

    private readonly BriefingBot.Core.Articles.ArticleDocument _article = new ArticleExtractor().ExtractText(Page, "ministers.html");

    [Fact]
    public void Metadata_comes_from_the_meta_tags()
    {
        Assert.Equal("Ministers Meet in Baku", _article.Title);
        Assert.Equal("Jane Doe", _article.Author);
        Assert.Equal("Caspian Wire", _article.SourceName);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 9, 30, 0, TimeSpan.FromHours(4)), _article.PublishedAt);
        Assert.Equal("https://caspianwire.example/2024/ministers-meet?utm_source=rss", _article.Url);
    }

    [Fact]
    public void The_body_is_the_articles_paragraphs_without_navigation_scripts_captions_or_footer()
    {
        Assert.Equal(
            "Foreign ministers of three countries met in Baku on Friday to discuss trade & security.\n\n"
            + "\"This is a milestone for our relations,\" the host minister said.\n\n"
            + "The next meeting will be held in Islamabad next year.",
            _article.Body);
    }

    [Fact]
    public void Without_meta_tags_the_title_and_byline_come_from_the_markup()
    {
        const string page = """
            <html><head><title>Rain in Baku - Daily Example</title></head>
            <body><main>
              <h1>Rain in Baku</h1>
              <p>By Ali Aliyev | May 2, 2023</p>
              <p>Heavy rain flooded several streets of the capital on Tuesday morning.</p>
            </main></body></html>
            """;

        var article = new ArticleExtractor().ExtractText(page, "rain.htm");

        Assert.Equal("Rain in Baku", article.Title);
        Assert.Equal("Ali Aliyev", article.Author);
        Assert.Equal(new DateTimeOffset(2023, 5, 2, 0, 0, 0, TimeSpan.Zero), article.PublishedAt);
        Assert.Equal("Heavy rain flooded several streets of the capital on Tuesday morning.", article.Body);
    }

    [Fact]
    public void Html_saved_as_text_is_still_read_as_html() =>
        Assert.Equal(ContentFormat.Html, ArticleExtractor.DetectFormat(Page, "page.txt"));
}
