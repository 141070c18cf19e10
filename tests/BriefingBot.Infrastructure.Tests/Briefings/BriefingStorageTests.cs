using BriefingBot.Core.Briefings;
using BriefingBot.Core.Geography;
using BriefingBot.Core.Understanding;
using BriefingBot.Infrastructure.Ingestion;
using BriefingBot.Infrastructure.Storage;
using BriefingBot.Infrastructure.Tests.Support;
using Microsoft.Extensions.Options;

namespace BriefingBot.Infrastructure.Tests.Briefings;

/// <summary>Places stored at ingestion, the briefing window read, and admins' regions, on SQLite in a temp folder.</summary>
public sealed class BriefingStorageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static ArticleIngestor Ingestor(SqliteArticleStore store) =>
        new(new ArticleExtractor(), new ArticleAnalyzer(), store, Options.Create(new IngestionOptions()));

    [Fact]
    public async Task The_seed_article_is_stored_with_its_countries_and_regions()
    {
        using var store = _folder.OpenStore();
        var result = Assert.Single(await Ingestor(store).IngestPathsAsync([SharedData.SeedArticle]));
        Assert.True(result.Succeeded, result.Error);

        // The seed is from 2017: a window around its date finds it.
        var article = await store.GetArticleAsync(result.ArticleId!.Value);
        var published = article!.PublishedAt!.Value;
        var found = Assert.Single(await new SqliteBriefingArchive(store).ArticlesAsync(published.AddDays(-1), published.AddDays(1), 10));

        Assert.Superset(new HashSet<string> { "AZ", "TR", "PK", "AM" }, found.Places.Countries.Select(c => c.Key).ToHashSet());
        Assert.Superset(new HashSet<string> { "South Caucasus", "Western Asia", "Southern Asia" }, found.Places.Regions.Select(r => r.Name).ToHashSet());
        Assert.Contains(found.KeyQuotes, q => q.SpeakerName == "Mevlut Cavusoglu");
        Assert.InRange(found.KeyQuotes.Count, 1, 3);
    }

    [Fact]
    public async Task The_window_holds_articles_by_publication_time_and_undated_ones_by_storage_time()
    {
        using var store = _folder.OpenStore();
        var ingestor = Ingestor(store);
        var now = DateTimeOffset.UtcNow;
        await ingestor.IngestTextAsync($"---\ntitle: Old news from Georgia\ndate: {now.AddDays(-5):yyyy-MM-dd}\n---\n\nGeorgia held a vote in Tbilisi last week.", "old.md");
        await ingestor.IngestTextAsync($"---\ntitle: Fresh news from Armenia\ndate: {now.AddHours(-2):O}\n---\n\nArmenia opened a road in Yerevan today.", "fresh.md");
        await ingestor.IngestTextAsync("Undated: Azerbaijan opened a port in Baku.\n\nAzerbaijan officials said more would follow.", "undated.txt");

        var found = await new SqliteBriefingArchive(store).ArticlesAsync(now.AddHours(-24), now.AddMinutes(1), 10);

        Assert.Equal(2, found.Count);
        Assert.DoesNotContain(found, a => a.Article.Title.Contains("Old news", StringComparison.Ordinal));
        Assert.Contains(found, a => a.Places.HasCountry("AM"));
        Assert.Contains(found, a => a.Places.HasCountry("AZ"));
    }

    [Fact]
    public async Task A_sources_default_region_is_stored_with_the_article()
    {
        using var store = _folder.OpenStore();
        var document = new Core.Articles.ArticleDocument("Budget passes", "Parliament passed the budget on Tuesday after a long debate.", PublishedAt: DateTimeOffset.UtcNow, DefaultRegion: "Central Asia");

        var saved = await store.SaveAsync(document, new ArticleAnalyzer().Analyze(document.Body, document.Title) with
        {
            Places = new RegionTagger().Tag(document.Title, document.Body, document.DefaultRegion),
        });

        var found = await new SqliteBriefingArchive(store).ArticlesAsync(DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(1), 10);
        Assert.True(found.Single(a => a.Article.Id == saved.ArticleId).Places.HasRegion("Central Asia"));
    }

    [Fact]
    public async Task Admins_regions_are_saved_replaced_and_removed_by_name()
    {
        using var store = _folder.OpenStore();
        var archive = new SqliteBriefingArchive(store);

        await archive.SaveCustomRegionAsync(new Region("Silk Road", RegionKind.Custom, new HashSet<string> { "uz", "KZ" }, ["Middle Corridor"]), "cli:test", DateTimeOffset.UtcNow);
        await archive.SaveCustomRegionAsync(new Region("silk road", RegionKind.Custom, new HashSet<string> { "TM" }, []), "cli:test", DateTimeOffset.UtcNow);

        var region = Assert.Single(await archive.CustomRegionsAsync());
        Assert.Equal(["TM"], region.Countries.ToList());
        Assert.Equal(RegionKind.Custom, region.Kind);
        Assert.True(await archive.RemoveCustomRegionAsync("the Silk Road"));
        Assert.Empty(await archive.CustomRegionsAsync());
    }

    [Fact]
    public async Task Articles_stored_without_places_are_backfilled_once()
    {
        using var store = _folder.OpenStore();
        var analyzer = new ArticleAnalyzer();
        var now = DateTimeOffset.UtcNow;
        var old = new Core.Articles.ArticleDocument("Yerevan hosts a summit", "Armenia hosted leaders in Yerevan on Monday.", PublishedAt: now);
        await store.SaveAsync(old, analyzer.Analyze(old.Body, old.Title)); // as before tagging existed: no places

        var tagger = new RegionTagger();
        Assert.Equal(1, await store.TagUntaggedAsync((title, body) => tagger.Tag(title, body)));
        Assert.Equal(0, await store.TagUntaggedAsync((title, body) => tagger.Tag(title, body)));

        var found = Assert.Single(await new SqliteBriefingArchive(store).ArticlesAsync(now.AddHours(-1), now.AddHours(1), 10));
        Assert.True(found.Places.HasCountry("AM"));
        Assert.True(found.Places.HasRegion("South Caucasus"));
    }

    [Fact]
    public async Task Wire_copies_linked_at_ingestion_are_one_story_whatever_their_headlines()
    {
        using var store = _folder.OpenStore();
        var ingestor = Ingestor(store);
        var now = DateTimeOffset.UtcNow;
        var body = "Azerbaijan and Georgia opened a new border crossing near Tbilisi on Tuesday, officials said. "
            + "The crossing will handle freight trucks and passenger cars around the clock from next month. "
            + "Customs officers from both countries will work side by side in one building, the ministries said. "
            + "Traders welcomed the move, saying queues at the old crossing often lasted a whole day.";
        await ingestor.IngestTextAsync($"---\ntitle: New border crossing opens\nurl: https://wire-a.example/1\ndate: {now.AddHours(-2):O}\n---\n\n{body}", "a.md");
        await ingestor.IngestTextAsync($"---\ntitle: Truckers cheer as Caucasus neighbours open a checkpoint\nurl: https://paper-b.example/9\ndate: {now.AddHours(-1):O}\n---\n\n{body.Replace("Tuesday", "Tuesday morning", StringComparison.Ordinal)}", "b.md");

        var found = await new SqliteBriefingArchive(store).ArticlesAsync(now.AddHours(-24), now, 10);
        Assert.Equal(2, found.Count);
        Assert.Single(found, a => a.DuplicateOf is not null);

        var area = new AreaDirectory().Find("South Caucasus")!;
        var briefing = BriefingComposer.Compose(area, found, now.AddHours(-24), now, new BriefingOptions());
        Assert.Equal(2, Assert.Single(briefing.Stories).Articles.Count);
    }
}
