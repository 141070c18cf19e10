using BriefingBot.Core.Archive;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Geography;
using BriefingBot.Core.Replies;
using BriefingBot.Core.Understanding;

namespace BriefingBot.Core.Tests.Briefings;

public class BriefingComposerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);
    private static readonly RegionTagger Tagger = new();
    private static readonly AreaDirectory Areas = new();
    private static readonly BriefingOptions Options = new();
    private static long _nextId;

    private static BriefingArticle Article(string title, string body, string source, TimeSpan age, params (string Text, string Speaker, double Importance)[] quotes)
    {
        var id = Interlocked.Increment(ref _nextId);
        var stored = new StoredArticle(id, title, body, null, Now - age, source, $"https://{source.Replace(' ', '-').ToLowerInvariant()}.example/{id}",
            body.Split(". ").Select(s => s.TrimEnd('.') + ".").ToList(), Now - age);
        var storedQuotes = quotes.Select((q, i) => new StoredQuote(id * 100 + i, QuoteKind.Direct, q.Text, q.Speaker, "minister", q.Importance, q.Text, stored)).ToList();
        return new BriefingArticle(stored, Tagger.Tag(title, body), storedQuotes);
    }

    private static Briefing Compose(string area, params BriefingArticle[] articles) =>
        BriefingComposer.Compose(Areas.Find(area)!, articles, Now - Options.DefaultWindow, Now, Options);

    [Fact]
    public void One_story_from_two_sources_appears_once_with_both_and_outranks_a_single_source_story()
    {
        var wire = Article("Georgia and Armenia resume rail talks in Tbilisi", "Georgia and Armenia resumed talks in Tbilisi on Wednesday on upgrading the railway between their capitals. The line carries most of Armenia's trade.", "Wire One", TimeSpan.FromHours(6));
        var rewrite = Article("Armenia, Georgia resume talks on rail link", "Armenian and Georgian officials met in Tbilisi to discuss the railway. Armenia wants a faster link to the Black Sea.", "Daily Two", TimeSpan.FromHours(5),
            ("A journey of ten hours is not acceptable", "Nino Kapanadze", 0.9));
        var other = Article("Azerbaijan opens a new port terminal", "Azerbaijan opened a container terminal at the port of Baku on Thursday. Officials expect traffic to double.", "Wire One", TimeSpan.FromHours(1));

        var briefing = Compose("South Caucasus", wire, rewrite, other);

        Assert.Equal(2, briefing.Stories.Count);
        var rail = briefing.Stories[0];
        Assert.Equal(2, rail.Articles.Count);
        Assert.Equal(["Daily Two", "Wire One"], rail.Articles.Select(a => a.SourceName!).Order().ToList());
        Assert.Equal("Nino Kapanadze", rail.KeyQuote!.SpeakerName);
        Assert.Equal("Azerbaijan opens a new port terminal", briefing.Stories[1].Headline);
    }

    [Fact]
    public void A_rewrite_under_a_new_headline_is_the_same_story_when_the_same_person_is_quoted()
    {
        var first = Article("Georgia and Armenia resume talks on a faster rail link", "Georgia and Armenia resumed talks in Tbilisi on Wednesday on upgrading the railway between their capitals.", "Wire One", TimeSpan.FromHours(6),
            ("The talks were constructive", "Arsen Petrosyan", 0.7));
        var rewrite = Article("Armenia and Georgia restart rail talks, eyeing a five-hour journey", "Armenia and Georgia restarted talks this week, with both governments saying they want to cut the journey to five hours.", "Gazette Two", TimeSpan.FromHours(5),
            ("Every hour we take off this journey counts", "Arsen Petrosyan", 0.8));
        var unrelated = Article("Armenia and Georgia sign a wine trade pact", "Armenia and Georgia signed a pact on wine exports in Yerevan.", "Wire One", TimeSpan.FromHours(4),
            ("Wine is our pride", "Someone Else", 0.8));

        var briefing = Compose("South Caucasus", first, rewrite, unrelated);

        Assert.Equal(2, briefing.Stories.Count);
        Assert.Equal(2, briefing.Stories[0].Articles.Count);
        Assert.Equal("Every hour we take off this journey counts", briefing.Stories[0].KeyQuote!.Text);
    }

    [Fact]
    public void Stories_outside_the_area_or_the_window_are_left_out()
    {
        var old = Article("Armenia and Georgia sign a trade pact", "Armenia and Georgia signed a trade pact in Yerevan.", "Wire One", TimeSpan.FromDays(3));
        var elsewhere = Article("Chile elects a new president", "Chile elected a new president in Santiago on Sunday.", "Wire One", TimeSpan.FromHours(2));

        var briefing = Compose("South Caucasus", old, elsewhere);

        Assert.Empty(briefing.Stories);
        var reply = BriefingReply.From(briefing);
        Assert.Equal("South Caucasus: nothing new", reply.Heading);
        Assert.Equal("No new stories about South Caucasus in the last 24 hours.", Assert.Single(reply.Paragraphs));
        Assert.Empty(reply.Sections);
    }

    [Fact]
    public void Each_story_becomes_a_section_with_headline_summary_quote_and_links()
    {
        var article = Article("Turkey and Pakistan agree on defense cooperation", "Turkey and Pakistan agreed to expand defense cooperation in Ankara on Monday. The ministers will meet again in Islamabad next year. Trade was discussed too.", "Wire One", TimeSpan.FromHours(3),
            ("We complement each other", "Mevlut Cavusoglu", 0.8), ("Minor remark", "Someone Else", 0.1));

        var reply = BriefingReply.From(Compose("Turkey", article));

        Assert.Equal("Briefing: Turkey", reply.Heading);
        var section = Assert.Single(reply.Sections);
        Assert.Equal(article.Article.Title, section.Heading);
        var summary = Assert.Single(section.Paragraphs);
        Assert.InRange(summary.Split(". ").Length, 1, Options.SummarySentences);
        Assert.Equal("Mevlut Cavusoglu", Assert.Single(section.Quotes).Speaker);
        Assert.Equal(article.Article.Url, Assert.Single(section.Citations).Url);
        var text = PlainTextRenderer.Render(reply);
        Assert.Contains("**Turkey and Pakistan agree on defense cooperation**", text);
        Assert.Contains("\u2014 Mevlut Cavusoglu, minister", text);
    }

    [Fact]
    public void More_stories_than_the_limit_keep_the_best()
    {
        string[] topics = ["wheat harvest", "oil exports", "rail tariffs", "school reform", "river dams", "bank rates", "film festival", "chess final", "space launch", "road tolls", "wind farms", "grain silos"];
        var articles = topics
            .Select((topic, i) => Article($"Kazakhstan {topic} news", $"Kazakhstan officials in Astana discussed {topic} with {i + 3} experts on {DayName(i)}.", $"Source {i}", TimeSpan.FromHours(i + 1)))
            .ToArray();

        var briefing = Compose("Central Asia", articles);

        Assert.Equal(Options.MaxStories, briefing.Stories.Count);
        Assert.Equal(articles[0].Article.Title, briefing.Stories[0].Headline); // equal coverage: the newest wins
    }

    private static string DayName(int i) => ((DayOfWeek)(i % 7)).ToString();

    [Fact]
    public void An_admins_region_matches_by_its_countries_and_its_terms()
    {
        var custom = new Region("Silk Road", RegionKind.Custom, new HashSet<string> { "UZ" }, ["Middle Corridor"]);
        var byTerm = Article("Freight on the Middle Corridor doubles", "Freight volumes on the Middle Corridor doubled this year, operators said.", "Wire One", TimeSpan.FromHours(2));
        var byCountry = Article("Uzbekistan opens a new dam", "Uzbekistan opened a dam near Tashkent.", "Wire One", TimeSpan.FromHours(2));
        var neither = Article("Ports in Chile expand", "Chile expanded its ports.", "Wire One", TimeSpan.FromHours(2));

        var area = Areas.Find("silk road", [custom])!;
        var briefing = BriefingComposer.Compose(area, [byTerm, byCountry, neither], Now - Options.DefaultWindow, Now, Options);

        Assert.Equal(2, briefing.Stories.Count);
        Assert.DoesNotContain(briefing.Stories, s => s.Headline.Contains("Chile", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("South Caucasus", "South Caucasus")]
    [InlineData("the south caucasus", "South Caucasus")]
    [InlineData("the Balkans", "Balkans")]
    [InlineData("Western Asia", "Western Asia")]
    [InlineData("Turkey", "Turkey")]
    [InlineData("Türkiye", "Türkiye")]
    [InlineData("Turkish", "Türkiye")]
    [InlineData("Azerbaijan", "Azerbaijan")]
    [InlineData("the UK", "United Kingdom")]
    public void Areas_are_found_by_the_names_people_use(string asked, string expected) =>
        Assert.Equal(expected, Areas.Find(asked)!.Name);

    [Fact]
    public void An_unknown_area_is_null() => Assert.Null(Areas.Find("Narnia"));
}
