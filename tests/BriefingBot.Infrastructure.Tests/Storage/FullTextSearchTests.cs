using BriefingBot.Infrastructure.Storage;
using BriefingBot.Infrastructure.Tests.Support;

namespace BriefingBot.Infrastructure.Tests.Storage;

public sealed class FullTextSearchTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private SqliteArticleStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = _folder.OpenStore();
        var analysis = new AnalysisBuilder(Articles.DefenseBody)
            .WithQuote("We held very intensive consultations,", "Elmar Mammadyarov", importance: 2)
            .WithQuote("We do not compete with each other in this area, but rather complement each other.", "Mevlut Cavusoglu")
            .Build();
        await _store.SaveAsync(Articles.Defense(), analysis);
        const string weather = "Heavy rain hit Baku on Monday. The defense ministry sent trucks to help.";
        await _store.SaveAsync(Articles.Other("Rain floods Baku streets", weather), AnalysisBuilder.Plain(weather));
    }

    public Task DisposeAsync()
    {
        _store.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Articles_are_found_by_words_in_title_or_body_best_match_first()
    {
        var results = await _store.SearchArticlesAsync("defense", 10);

        Assert.Equal(2, results.Count);
        // The defense story has the word in its headline as well as its text.
        Assert.StartsWith("New Defense Triangle", results[0].Title);
    }

    [Fact]
    public async Task All_words_are_required_when_some_article_has_them_all()
    {
        var results = await _store.SearchArticlesAsync("defense rain", 10);

        Assert.Equal("Rain floods Baku streets", Assert.Single(results).Title);
    }

    [Fact]
    public async Task Any_word_is_enough_when_no_article_has_them_all()
    {
        var results = await _store.SearchArticlesAsync("alliance trucks", 10);

        Assert.Equal(2, results.Count);
    }

    [Theory]
    [InlineData("\"defense")]
    [InlineData("defense\" OR \"x")]
    [InlineData("defense AND")]
    [InlineData("NEAR(defense alliance)")]
    [InlineData("defense*")]
    [InlineData("-defense")]
    [InlineData("title:defense")]
    [InlineData("^defense")]
    [InlineData("(((defense")]
    [InlineData("defense'; DROP TABLE articles; --")]
    [InlineData("DEFENSE 🙂")]
    [InlineData("défense")]
    public async Task Hostile_article_queries_are_read_as_words(string query)
    {
        var results = await _store.SearchArticlesAsync(query, 10);

        Assert.Contains(results, a => a.Title.StartsWith("New Defense Triangle", StringComparison.Ordinal));
        Assert.Equal(2, await _store.CountArticlesAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("\"\"")]
    [InlineData("* ( ) : ^ - + \" '")]
    [InlineData("🙂🙂")]
    public async Task A_query_without_words_finds_nothing(string query)
    {
        Assert.Empty(await _store.SearchArticlesAsync(query, 10));
        Assert.Empty(await _store.SearchQuotesAsync(query, 10));
    }

    [Theory]
    [InlineData("AND", 1)]
    [InlineData("NOT", 1)]
    [InlineData("OR", 0)]
    [InlineData("NEAR", 0)]
    public async Task Query_operators_alone_are_plain_words(string query, int expected)
    {
        // The defense story contains "and" and "not" as words; nobody wrote "or" or "near".
        Assert.Equal(expected, (await _store.SearchArticlesAsync(query, 10)).Count);
    }

    [Fact]
    public async Task Diacritics_do_not_matter_in_full_text_search()
    {
        var quotes = await _store.SearchQuotesAsync("Çavuşoğlu", 10);

        Assert.Equal("Mevlut Cavusoglu", Assert.Single(quotes).SpeakerName);
        Assert.Single(await _store.SearchArticlesAsync("cavusoglu", 10));
    }

    [Fact]
    public async Task Quotes_are_found_by_their_words_with_their_article()
    {
        var quote = Assert.Single(await _store.SearchQuotesAsync("\"intensive consultations\" AND", 10));

        Assert.Equal("Elmar Mammadyarov", quote.SpeakerName);
        Assert.Equal("Caspian News", quote.Article.SourceName);
        Assert.Contains("Mammadyarov said.", quote.Context);
    }

    [Fact]
    public void Fts_queries_quote_every_token() =>
        Assert.Equal("\"near\" AND \"a\" AND \"b\"", FtsQuery.Build("near(a* b\")", requireAll: true));

    [Theory]
    [InlineData("U.S. envoy", "\"U S\" AND \"envoy\"")]
    [InlineData("the u.s.a", "\"the\" AND \"u s a\"")]
    [InlineData("J.R.R. Tolkien", "\"J R R\" AND \"Tolkien\"")]
    [InlineData("U.Sx", "\"U\" AND \"Sx\"")]
    public void An_initialism_is_searched_as_a_phrase_of_its_letters(string text, string expected) =>
        Assert.Equal(expected, FtsQuery.Build(text, requireAll: true));

    [Fact]
    public void A_long_run_of_dotted_letters_is_not_one_long_phrase()
    {
        var tokens = FtsQuery.Tokens(string.Concat(Enumerable.Repeat("a.b.c.i.s.", 400)));

        Assert.All(tokens, t => Assert.True(t.Split(' ').Length <= 8, t));
    }

    [Fact]
    public async Task An_initialism_finds_only_articles_that_spell_it()
    {
        const string us = "The U.S. envoy arrived in Baku on Monday.";
        const string un = "Trump's aides met the U.N. envoy in Baku on Monday.";
        await _store.SaveAsync(Articles.Other("Envoy lands in Baku", us), AnalysisBuilder.Plain(us));
        await _store.SaveAsync(Articles.Other("Aides meet envoy", un), AnalysisBuilder.Plain(un));

        // "u" (from U.N.) and "s" (from Trump's) are both in the second article, but not one after the other.
        var results = await _store.SearchArticlesAsync("U.S. envoy", 10);

        Assert.Equal("Envoy lands in Baku", Assert.Single(results).Title);
    }

    [Fact]
    public async Task A_limit_of_zero_returns_nothing() => Assert.Empty(await _store.SearchArticlesAsync("defense", 0));
}
