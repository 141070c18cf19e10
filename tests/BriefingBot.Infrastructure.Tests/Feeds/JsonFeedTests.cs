using System.Text;
using BriefingBot.Infrastructure.Feeds;
using static BriefingBot.Infrastructure.Tests.Feeds.FeedFixtures;

namespace BriefingBot.Infrastructure.Tests.Feeds;

public sealed class JsonFeedTests
{
    [Fact]
    public void Json_feed_1_1_fields_are_read()
    {
        var html = System.Text.Json.JsonSerializer.Serialize(ArticleHtml());
        var feed = Parse($$"""
            {
              "version": "https://jsonfeed.org/version/1.1",
              "title": "JSON News",
              "home_page_url": "https://news.example.com/",
              "language": "fr",
              "authors": [{ "name": "Feed Author" }],
              "items": [
                {
                  "id": "j1",
                  "url": "https://news.example.com/j/1?utm_medium=feed",
                  "title": "Harbour plan approved",
                  "content_html": {{html}},
                  "summary": "Short.",
                  "date_published": "2024-05-14T09:30:00-05:00",
                  "date_modified": "2024-05-14T10:00:00Z",
                  "authors": [{ "name": "Jane Doe" }, { "name": "Arif Aliyev" }],
                  "language": "en"
                },
                { "id": "j2", "content_text": "Plain text body.", "external_url": "/j/2" }
              ]
            }
            """);

        Assert.Equal(FeedFormat.JsonFeed, feed.Format);
        Assert.Equal("JSON News", feed.Title);
        Assert.Equal("https://news.example.com", feed.SiteLink);
        Assert.Equal("fr", feed.Language);
        var first = feed.Items[0];
        Assert.Equal("j1", first.Id);
        Assert.Equal("https://news.example.com/j/1", first.Link);
        Assert.Equal(["Jane Doe", "Arif Aliyev"], first.Authors);
        Assert.Equal(new DateTimeOffset(2024, 5, 14, 9, 30, 0, TimeSpan.FromHours(-5)), first.PublishedAt);
        Assert.Equal(new DateTimeOffset(2024, 5, 14, 10, 0, 0, TimeSpan.Zero), first.UpdatedAt);
        Assert.StartsWith("Paragraph 1 explains", first.Content);
        Assert.Equal("Short.", first.Summary);
        Assert.Equal("en", first.Language);
        Assert.False(first.IsTeaser);

        var second = feed.Items[1];
        Assert.Equal("https://news.example.com/j/2", second.Link);
        Assert.Equal("Plain text body.", second.Content);
        Assert.Equal(["Feed Author"], second.Authors);
        Assert.Equal("fr", second.Language);
        Assert.True(second.IsTeaser);
    }

    [Fact]
    public void A_json_feed_with_a_leading_bom_is_read()
    {
        var feed = Parse("\uFEFF{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Bom\",\"items\":[]}");

        Assert.Equal("Bom", feed.Title);
    }

    [Fact]
    public void Json_feed_1_0_single_author_is_read()
    {
        var feed = Parse("""{"version":"https://jsonfeed.org/version/1","title":"Old","items":[{"id":"1","title":"A","author":{"name":"Solo Writer"}}]}""");

        Assert.Equal(["Solo Writer"], feed.Items[0].Authors);
    }

    [Fact]
    public void Fields_of_the_wrong_type_are_absent_and_numeric_ids_become_text()
    {
        var feed = Parse("""
            {"version":"https://jsonfeed.org/version/1.1","title":42,"home_page_url":["x"],
             "items":[
               {"id":123,"title":{"nested":true},"url":false,"date_published":20240514,"authors":"Jane","content_text":["a"]},
               "not an item", 7, null,
               {"id":"ok","title":"Fine"}
             ]}
            """);

        Assert.Null(feed.Title);
        Assert.Null(feed.SiteLink);
        Assert.Equal(2, feed.Items.Count);
        var odd = feed.Items[0];
        Assert.Equal("123", odd.Id);
        Assert.Null(odd.Title);
        Assert.Null(odd.Link);
        Assert.Null(odd.PublishedAt);
        Assert.Empty(odd.Authors);
        Assert.Null(odd.Content);
        Assert.Equal("Fine", feed.Items[1].Title);
    }

    [Theory]
    [InlineData("""{"version":"https://jsonfeed.org/version/1.1","items":"none"}""", "\"items\" must be an array, but it is a string")]
    [InlineData("""{"version":"https://jsonfeed.org/version/1.1"}""", "\"items\" must be an array, but it is missing")]
    [InlineData("""{"title":"x","items":[]}""", "not a JSON Feed: \"version\"")]
    [InlineData("""{"version":1.1,"items":[]}""", "not a JSON Feed: \"version\"")]
    public void A_json_document_that_is_not_a_json_feed_is_refused_with_the_reason(string json, string expected)
    {
        var error = Assert.Throws<FeedFormatException>(() => Parse(json));

        Assert.Contains(expected, error.Message);
        Assert.Contains(FeedUrl.ToString(), error.Message);
    }

    [Fact]
    public void Broken_json_is_refused_with_its_line_and_position()
    {
        var error = Assert.Throws<FeedFormatException>(() => Parse("{\"version\":\"https://jsonfeed.org/version/1.1\",\n\"items\":[{\"id\":\"1\",}\n"));

        Assert.Contains("not valid JSON at line 2", error.Message);
        Assert.Equal(2, error.LineNumber);
        Assert.NotNull(error.LinePosition);
    }

    [Fact]
    public void Json_nested_past_the_depth_limit_is_refused()
    {
        var deep = new StringBuilder("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[],\"x\":");
        deep.Append('[', 10_000).Append(']', 10_000).Append('}');

        var error = Assert.Throws<FeedFormatException>(() => Parse(deep.ToString()));

        Assert.Contains("depth", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
