using BriefingBot.Core.Articles;
using BriefingBot.Infrastructure.Ingestion;
using BriefingBot.Infrastructure.Tests.Support;

namespace BriefingBot.Infrastructure.Tests.Ingestion;

/// <summary>The Caspian News archive dump in ../shared/samples: page chrome around a real article.</summary>
public sealed class SeedSampleExtractionTests
{
    private static readonly ArticleDocument Article = new ArticleExtractor().Extract(
        File.ReadAllBytes(SharedData.SeedArticle), Path.GetFileName(SharedData.SeedArticle));

    [Fact]
    public void The_title_is_the_headline_not_the_page_chrome_above_it() =>
        Assert.Equal("New Defense Triangle Emerges Between Azerbaijan, Turkey, Pakistan", Article.Title);

    [Fact]
    public void The_author_comes_from_the_byline() => Assert.Equal("Yaver Kazimbeyli", Article.Author);

    [Fact]
    public void The_date_is_the_bylines_not_the_pages_last_update() =>
        Assert.Equal(new DateTimeOffset(2017, 12, 5, 0, 0, 0, TimeSpan.Zero), Article.PublishedAt);

    [Fact]
    public void The_source_comes_from_the_file_name_when_the_page_does_not_say() =>
        Assert.Equal("Caspian News", Article.SourceName);

    [Fact]
    public void The_body_starts_at_the_first_sentence_and_runs_to_the_end()
    {
        Assert.StartsWith("A new defense alliance in Asia is in the making that includes the Caspian region.", Article.Body);
        Assert.EndsWith("The next trilateral ministerial meeting will take place in Islamabad sometime in 2018.", Article.Body);
    }

    [Theory]
    [InlineData("Last update")]
    [InlineData("Newsroom logo")]
    [InlineData("official Twitter account")]
    [InlineData("By Yaver Kazimbeyli")]
    public void Page_chrome_and_the_photo_caption_are_not_body_text(string chrome) =>
        Assert.DoesNotContain(chrome, Article.Body);

    [Fact]
    public void Paragraphs_are_kept_apart_by_blank_lines()
    {
        var paragraphs = Article.Body.Split("\n\n");

        Assert.Equal(15, paragraphs.Length);
        Assert.DoesNotContain(paragraphs, p => p == "None");
        Assert.Contains(paragraphs, p => p.StartsWith("\"We held very intensive consultations,\" Mammadyarov said", StringComparison.Ordinal));
    }
}
