using BriefingBot.Infrastructure.Ingestion;

namespace BriefingBot.Infrastructure.Tests.Ingestion;

public sealed class MarkdownAndHeaderExtractionTests
{
    private readonly ArticleExtractor _extractor = new();

    [Fact]
    public void Markdown_front_matter_gives_the_metadata_and_the_text_loses_its_markup()
    {
        const string markdown = """
            ---
            title: "Pipeline Talks Resume"
            source: Demo Desk
            url: https://demo.example/pipeline
            date: 2024-06-10
            author: Sam Writer
            ---

            # Pipeline Talks Resume

            Energy ministers **resumed** talks on the [pipeline](https://demo.example/p) on Monday.

            ![a map](map.png)

            ## What was said

            > "We are close to a deal," the minister said.

            - Gas volumes will rise next year, officials said.
            """;

        var article = _extractor.ExtractText(markdown, "pipeline.md");

        Assert.Equal("Pipeline Talks Resume", article.Title);
        Assert.Equal("Demo Desk", article.SourceName);
        Assert.Equal("https://demo.example/pipeline", article.Url);
        Assert.Equal("Sam Writer", article.Author);
        Assert.Equal(new DateTimeOffset(2024, 6, 10, 0, 0, 0, TimeSpan.Zero), article.PublishedAt);
        Assert.Equal(
            "Energy ministers resumed talks on the pipeline on Monday.\n\nWhat was said\n\n"
            + "\"We are close to a deal,\" the minister said.\n\nGas volumes will rise next year, officials said.",
            article.Body);
    }

    [Fact]
    public void Markdown_without_front_matter_takes_the_title_from_the_first_heading_and_the_author_from_the_byline()
    {
        const string markdown = "# Port Expansion Approved\n\nBy Leyla Mammadova\n\nThe government approved the expansion of the Alat port on Wednesday.\n";

        var article = _extractor.ExtractText(markdown, "port.markdown");

        Assert.Equal("Port Expansion Approved", article.Title);
        Assert.Equal("Leyla Mammadova", article.Author);
        Assert.Equal("The government approved the expansion of the Alat port on Wednesday.", article.Body);
    }

    [Fact]
    public void A_text_header_gives_the_metadata_of_a_demo_article()
    {
        const string text = """
            Title: Caspian Summit Ends
            Source: Demo Desk
            Url: https://demo.example/summit
            Date: March 3, 2024
            Author: Sam Writer

            Leaders of the five Caspian states ended their summit in Aktau on Sunday.

            They agreed to meet again in two years.
            """;

        var article = _extractor.ExtractText(text, "summit.txt");

        Assert.Equal("Caspian Summit Ends", article.Title);
        Assert.Equal("Demo Desk", article.SourceName);
        Assert.Equal("https://demo.example/summit", article.Url);
        Assert.Equal("Sam Writer", article.Author);
        Assert.Equal(new DateTimeOffset(2024, 3, 3, 0, 0, 0, TimeSpan.Zero), article.PublishedAt);
        Assert.Equal("Leaders of the five Caspian states ended their summit in Aktau on Sunday.\n\nThey agreed to meet again in two years.", article.Body);
    }

    [Fact]
    public void Text_without_a_headline_gets_its_first_sentence_as_title()
    {
        var article = _extractor.ExtractText("Oil prices rose on Monday after the OPEC meeting. Analysts expect more gains.");

        Assert.Equal("Oil prices rose on Monday after the OPEC meeting", article.Title);
        Assert.Null(article.SourceName);
    }

    [Fact]
    public void Hard_wrapped_text_is_joined_into_paragraphs()
    {
        const string text = "Wrapped Story Title\n\nThe first paragraph of this story was wrapped by an old\neditor at a fixed width of about sixty characters.\n\nA second paragraph follows here.";

        var article = _extractor.ExtractText(text);

        Assert.Equal("Wrapped Story Title", article.Title);
        Assert.Equal(
            "The first paragraph of this story was wrapped by an old editor at a fixed width of about sixty characters.\n\nA second paragraph follows here.",
            article.Body);
    }
}
