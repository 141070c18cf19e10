using BriefingBot.Core.Understanding;
using BriefingBot.Infrastructure.Storage;
using BriefingBot.Infrastructure.Tests.Support;

namespace BriefingBot.Infrastructure.Tests.Storage;

public sealed class SpeakerLookupTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private SqliteArticleStore _store = null!;
    private long _articleId;

    public async Task InitializeAsync()
    {
        _store = _folder.OpenStore();
        var analysis = new AnalysisBuilder(Articles.DefenseBody)
            .WithPerson("Elmar Mammadyarov", "Foreign Minister", "Azerbaijan's foreign minister")
            .WithPerson("Mevlut Cavusoglu", "FM", "Turkey's foreign minister")
            .WithQuote("We held very intensive consultations,", "Elmar Mammadyarov", "Azerbaijan's foreign minister", importance: 1)
            .WithQuote("We do not compete with each other in this area, but rather complement each other.", "Mevlut Cavusoglu", "Turkey's foreign minister", importance: 3, kind: QuoteKind.Mixed)
            .WithSummary(0, 1)
            .Build();
        _articleId = (await _store.SaveAsync(Articles.Defense(), analysis)).ArticleId;
    }

    public Task DisposeAsync()
    {
        _store.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("Çavuşoğlu")]
    [InlineData("cavusoglu")]
    [InlineData("Cavusoglu's")]
    [InlineData("Mevlüt Çavuşoğlu")]
    [InlineData("MEVLUT")]
    public async Task A_speaker_is_found_by_any_spelling_of_any_part_of_the_name(string name)
    {
        var quote = Assert.Single(await _store.FindQuotesBySpeakerAsync(name, 10));

        Assert.Equal("Mevlut Cavusoglu", quote.SpeakerName);
        Assert.Equal("Turkey's foreign minister", quote.SpeakerRole);
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Equal(_articleId, quote.Article.Id);
    }

    [Theory]
    [InlineData("Cavus")]
    [InlineData("Mevlut Mammadyarov")]
    [InlineData("'")]
    [InlineData("")]
    public async Task Only_whole_name_tokens_all_present_match(string name) =>
        Assert.Empty(await _store.FindQuotesBySpeakerAsync(name, 10));

    [Fact]
    public async Task A_quote_keeps_the_sentences_it_stands_in_as_context()
    {
        var quote = Assert.Single(await _store.FindQuotesBySpeakerAsync("Cavusoglu", 10));

        Assert.Equal(
            "FM Çavuşoğlu agreed, saying \"We do not compete with each other in this area, but rather complement each other.\"",
            quote.Context);
    }

    [Fact]
    public async Task Quotes_come_most_important_first()
    {
        const string body = "Minister Aliyev said trade would grow. \"Our ties are strong,\" Aliyev said.";
        var analysis = new AnalysisBuilder(body)
            .WithQuote("trade would grow", "Ilham Aliyev", importance: 0.5, kind: QuoteKind.Indirect)
            .WithQuote("Our ties are strong,", "Ilham Aliyev", importance: 2.5)
            .Build();
        await _store.SaveAsync(Articles.Other("Aliyev on trade", body), analysis);

        var quotes = await _store.FindQuotesBySpeakerAsync("aliyev", 10);

        Assert.Equal(["Our ties are strong,", "trade would grow"], quotes.Select(q => q.Text));
    }

    [Fact]
    public async Task People_are_found_by_name_with_title_and_role()
    {
        var person = Assert.Single(await _store.FindPeopleAsync("mammadyarov", 10));

        Assert.Equal("Elmar Mammadyarov", person.FullName);
        Assert.Equal("Foreign Minister", person.Title);
        Assert.Equal("Azerbaijan's foreign minister", person.Role);
        Assert.Equal(_articleId, person.ArticleId);
    }

    [Fact]
    public async Task A_stored_article_keeps_its_summary_and_metadata()
    {
        var article = await _store.GetArticleAsync(_articleId);

        Assert.NotNull(article);
        Assert.Equal(2, article.Summary.Count);
        Assert.StartsWith("A new defense alliance", article.Summary[0]);
        Assert.Equal("Yaver Kazimbeyli", article.Author);
        Assert.Equal("Caspian News", article.SourceName);
        Assert.Equal(Articles.DefenseBody, article.Body);
        Assert.Null(await _store.GetArticleAsync(_articleId + 100));
    }

    [Fact]
    public async Task Latest_articles_come_newest_first_by_publication_date()
    {
        const string body = "A later story about the same region.";
        await _store.SaveAsync(Articles.Other("Later", body, publishedAt: new DateTimeOffset(2018, 1, 2, 9, 0, 0, TimeSpan.FromHours(4))), AnalysisBuilder.Plain(body));
        const string older = "An older story about the region.";
        await _store.SaveAsync(Articles.Other("Older", older, publishedAt: new DateTimeOffset(2016, 5, 1, 0, 0, 0, TimeSpan.Zero)), AnalysisBuilder.Plain(older));

        var latest = await _store.LatestArticlesAsync(2);

        Assert.Equal(["Later", Articles.Defense().Title], latest.Select(a => a.Title));
        Assert.Equal(TimeSpan.FromHours(4), latest[0].PublishedAt!.Value.Offset);
    }

    [Fact]
    public async Task Latest_quotes_come_from_the_newest_article_most_important_first()
    {
        const string body = "\"Ports will open at dawn,\" Ilham Safarov said.";
        var later = new AnalysisBuilder(body).WithQuote("Ports will open at dawn,", "Ilham Safarov", null, importance: 1).Build();
        await _store.SaveAsync(Articles.Other("Later", body, publishedAt: new DateTimeOffset(2018, 1, 2, 0, 0, 0, TimeSpan.Zero)), later);

        var quotes = await _store.LatestQuotesAsync(3);

        Assert.Equal(["Ilham Safarov", "Mevlut Cavusoglu", "Elmar Mammadyarov"], quotes.Select(q => q.SpeakerName));
    }

    [Theory]
    [InlineData("Yılmaz")]
    [InlineData("yilmaz")]
    [InlineData("Işıl Yılmaz")]
    [InlineData("ISIL")]
    public async Task A_speaker_stored_with_letters_that_fold_is_found_through_the_speaker_index(string name)
    {
        const string body = "\"Borders stay open,\" Işıl Yılmaz said. \"Trade grows,\" Ali Yıldız said.";
        var analysis = new AnalysisBuilder(body)
            .WithQuote("Borders stay open,", "Işıl Yılmaz", importance: 1)
            .WithQuote("Trade grows,", "Ali Yıldız", importance: 1)
            .Build();
        await _store.SaveAsync(Articles.Other("Border talks", body), analysis);

        var quote = Assert.Single(await _store.FindQuotesBySpeakerAsync(name, 10));

        Assert.Equal("Işıl Yılmaz", quote.SpeakerName);
        Assert.Equal("Borders stay open,", quote.Text);
    }

    [Fact]
    public async Task A_name_token_inside_a_longer_token_still_does_not_match_through_the_index()
    {
        const string body = "\"Ports will open,\" Ali Novakovic said.";
        var analysis = new AnalysisBuilder(body).WithQuote("Ports will open,", "Ali Novakovic", importance: 1).Build();
        await _store.SaveAsync(Articles.Other("Ports", body), analysis);

        Assert.Empty(await _store.FindQuotesBySpeakerAsync("Novak", 10));
        Assert.Single(await _store.FindQuotesBySpeakerAsync("novakovic ali", 10));
    }
}
