using System.Text;
using BriefingBot.Infrastructure.Ingestion;

namespace BriefingBot.Infrastructure.Tests.Ingestion;

public sealed class InvalidInputTests
{
    private readonly ArticleExtractor _extractor = new();

    [Fact]
    public void An_image_is_refused_as_binary_content()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

        var error = Assert.Throws<ArticleExtractionException>(() => _extractor.Extract(png, "photo.txt"));

        Assert.Contains("photo.txt", error.Message);
        Assert.Contains("PNG", error.Message);
    }

    [Fact]
    public void Unknown_binary_content_is_refused()
    {
        var bytes = new byte[512];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;

        var error = Assert.Throws<ArticleExtractionException>(() => _extractor.Extract(bytes, "blob.md"));

        Assert.Contains("binary", error.Message);
    }

    [Fact]
    public void Text_full_of_control_characters_is_refused()
    {
        var text = string.Concat(Enumerable.Repeat("ab\u0001\u0002\u0003", 50));

        Assert.Throws<ArticleExtractionException>(() => _extractor.Extract(Encoding.UTF8.GetBytes(text), "odd.txt"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void Empty_content_is_refused(string text)
    {
        var error = Assert.Throws<ArticleExtractionException>(() => _extractor.Extract(Encoding.UTF8.GetBytes(text), "empty.txt"));

        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void A_page_of_nothing_but_chrome_has_no_article_text()
    {
        var error = Assert.Throws<ArticleExtractionException>(() => _extractor.ExtractText("Newsroom logo\n\nNone\n\nShare\n", "chrome.txt"));

        Assert.Contains("no article text", error.Message);
    }

    [Fact]
    public void Latin1_text_is_read_rather_than_refused()
    {
        var bytes = Encoding.Latin1.GetBytes("Café Owners Protest\n\nThe café owners of Baku protested against the new rules on Monday.");

        var article = _extractor.Extract(bytes, "cafe.txt");

        Assert.Equal("Café Owners Protest", article.Title);
    }
}
