using BriefingBot.Core.Answering;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Understanding;
using BriefingBot.Infrastructure.Storage;
using BriefingBot.Infrastructure.Tests.Support;

namespace BriefingBot.Infrastructure.Tests.Answering;

/// <summary>Answers over a real SQLite archive of many similar articles, where only some candidates are read.</summary>
public sealed class ManyArticlesAnswerTests
{
    private const string Words = "The talks are moving faster than anyone expected";

    private static readonly string[] Cities = ["Baku", "Tbilisi", "Yerevan", "Ankara", "Tehran", "Almaty", "Tashkent", "Bishkek"];

    private static readonly string[] Goods = ["grain", "cotton", "copper", "timber", "cement", "fertiliser", "steel", "wool"];

    [Fact]
    public async Task Words_repeated_in_many_articles_are_given_to_whoever_said_them_first()
    {
        using var folder = new TempFolder();
        using var store = folder.OpenStore();
        var analyzer = new ArticleAnalyzer();
        // Later articles repeat the words, attributed to someone else; the first to say them is stored last.
        for (var i = 0; i < 30; i++)
        {
            await SaveAsync(store, analyzer, i, "Lena Varga", new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero).AddDays(i));
        }

        await SaveAsync(store, analyzer, 30, "Omar Haddad", new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero));

        var reply = await new Answerer(store, new AnswerOptions()).AnswerAsync("who said \u201cthe talks are moving faster\u201d?");

        Assert.Equal("Omar Haddad said it", reply.Heading);
        Assert.StartsWith(Words, reply.Quotes[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_countrys_long_name_does_not_make_every_article_a_candidate()
    {
        using var folder = new TempFolder();
        using var store = folder.OpenStore();
        var analyzer = new ArticleAnalyzer();
        var turkish = "Turkish Foreign Minister Selim Arikan proposed a joint customs office at the border.\n\n\"We will not let paperwork stop the trains,\" Arikan said.";
        await store.SaveAsync(new ArticleDocument("Ministers back a customs office", turkish, null, new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero)), analyzer.Analyze(turkish, "Ministers back a customs office"));
        // Newer articles, more than the candidates read, none about Turkey but all with "of" ("Republic of Türkiye").
        var synthetic = new SyntheticArticles();
        var others = Enumerable.Range(0, 400).Select(synthetic.Create)
            .Where(a => !a.Body.Contains("Turk", StringComparison.Ordinal) && !a.Body.Contains("Ankara", StringComparison.Ordinal))
            .Take(260)
            .ToList();
        Assert.Equal(260, others.Count);
        foreach (var other in others)
        {
            var date = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero).AddHours(other.Index);
            await store.SaveAsync(new ArticleDocument(other.Title, other.Body, null, date, other.Source, $"https://news.example.org/{other.Index}"), analyzer.Analyze(other.Body, other.Title));
        }

        var reply = await new Answerer(store, new AnswerOptions()).AnswerAsync("what did Turkey propose?");

        Assert.Equal("What Turkey proposed", reply.Heading);
        Assert.Contains(reply.Quotes, q => q.Speaker == "Selim Arikan");
    }

    [Fact]
    public void A_match_for_names_needs_all_the_words_of_one_name() =>
        Assert.Equal("\"Turkey\" OR (\"Republic\" AND \"Turkey\") OR \"Ankara\"", FtsQuery.AnyOf(["Turkey", "Republic of Turkey", "Ankara", "turkey"]));

    [Theory]
    [InlineData("the talks are moving", "talks are moving")]
    [InlineData("we will not sign", "we will not sign")]
    [InlineData("a deal in the making of the", "deal in the making")]
    [InlineData("the of a", "the of a")]
    public void A_phrase_loses_only_articles_and_the_like_at_its_ends(string phrase, string searched) =>
        Assert.Equal(searched, string.Join(' ', FtsQuery.PhraseTerms(phrase.Split(' '))));

    // Each article its own story, so none is taken for a copy of another.
    private static async Task SaveAsync(SqliteArticleStore store, ArticleAnalyzer analyzer, int index, string speaker, DateTimeOffset date)
    {
        var city = Cities[index % Cities.Length];
        var goods = Goods[index / Cities.Length % Goods.Length];
        var title = $"Talks on {goods} tariffs in {city}, round {index + 1}";
        var body = $"Negotiators met in {city} on day {index + 1} of the {goods} tariff talks, with {index + 3} delegations present.\n\n"
            + $"\"{Words},\" {speaker} told reporters in {city}.\n\n"
            + $"Officials said {goods} shipments through {city} had risen by {index + 7} percent since the spring, and {index + 2} new warehouses were planned.";
        var document = new ArticleDocument(title, body, "A. Writer", date, "Demo Wire", $"https://demo-wire.example/talks-{index}");
        await store.SaveAsync(document, analyzer.Analyze(body, title));
    }
}
