using BriefingBot.Infrastructure.Storage;
using BriefingBot.Infrastructure.Tests.Support;

namespace BriefingBot.Infrastructure.Tests.Storage;

public sealed class DeduplicationTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SqliteArticleStore _store;

    public DeduplicationTests() => _store = _folder.OpenStore();

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Saving_the_same_article_twice_stores_it_once()
    {
        var analysis = new AnalysisBuilder(Articles.DefenseBody)
            .WithQuote("We held very intensive consultations,", "Elmar Mammadyarov")
            .WithPerson("Elmar Mammadyarov")
            .Build();

        var first = await _store.SaveAsync(Articles.Defense(), analysis);
        var second = await _store.SaveAsync(Articles.Defense(), analysis);

        Assert.False(first.AlreadyStored);
        Assert.True(second.AlreadyStored);
        Assert.Equal(first.ArticleId, second.ArticleId);
        Assert.Equal(1, second.QuoteCount);
        Assert.Equal(1, second.PeopleCount);
        Assert.Equal(1, await _store.CountArticlesAsync());
        Assert.Single(await _store.FindQuotesBySpeakerAsync("Mammadyarov", 10));
    }

    [Fact]
    public async Task The_same_url_with_tracking_parameters_fragment_and_case_changes_is_the_same_article()
    {
        var first = await _store.SaveAsync(
            Articles.Other("Budget passed", "Parliament passed the budget on Tuesday.", "https://news.example/politics/budget?id=7"),
            AnalysisBuilder.Plain("Parliament passed the budget on Tuesday."));
        var second = await _store.SaveAsync(
            Articles.Other("Budget passed (updated)", "Parliament passed the budget on Tuesday after a long debate.",
                "HTTPS://NEWS.Example:443/politics/budget/?utm_source=twitter&id=7&fbclid=abc&utm_campaign=x#comments"),
            AnalysisBuilder.Plain("Parliament passed the budget on Tuesday after a long debate."));

        Assert.True(second.AlreadyStored);
        Assert.Equal(first.ArticleId, second.ArticleId);
        Assert.Equal(1, await _store.CountArticlesAsync());
    }

    [Fact]
    public async Task The_same_text_with_other_whitespace_and_case_is_the_same_article()
    {
        const string body = "Parliament passed the budget on Tuesday.\n\nThe vote was 120 to 30.";
        const string reflowed = "  PARLIAMENT passed the budget   on Tuesday.\nThe vote\twas 120 to 30. ";
        var first = await _store.SaveAsync(Articles.Other("Budget", body, "https://a.example/1"), AnalysisBuilder.Plain(body));

        var second = await _store.SaveAsync(Articles.Other("Budget", reflowed, "https://b.example/other"), AnalysisBuilder.Plain(reflowed));

        Assert.True(second.AlreadyStored);
        Assert.Equal(first.ArticleId, second.ArticleId);
    }

    [Fact]
    public async Task Different_articles_without_urls_are_both_stored()
    {
        await _store.SaveAsync(Articles.Other("One", "The first story is about rain."), AnalysisBuilder.Plain("The first story is about rain."));
        var second = await _store.SaveAsync(Articles.Other("Two", "The second story is about sun."), AnalysisBuilder.Plain("The second story is about sun."));

        Assert.False(second.AlreadyStored);
        Assert.Equal(2, await _store.CountArticlesAsync());
    }

    [Theory]
    [InlineData("https://News.Example/a/b/?utm_medium=email&utm_source=x#top", "https://news.example/a/b")]
    [InlineData("http://news.example:80/a?b=2&a=1&gclid=z", "http://news.example/a?a=1&b=2")]
    [InlineData("https://news.example/", "https://news.example")]
    [InlineData("https://news.example:8443/a", "https://news.example:8443/a")]
    [InlineData("not a url", "not a url")]
    public void Canonical_urls_drop_what_does_not_identify_the_page(string url, string expected) =>
        Assert.Equal(expected, CanonicalUrl.Normalize(url));

    [Fact]
    public void An_empty_url_has_no_canonical_form() => Assert.Null(CanonicalUrl.Normalize("  "));
}
