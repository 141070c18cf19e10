using BriefingBot.Core.Understanding;
using BriefingBot.Infrastructure.Ingestion;
using BriefingBot.Infrastructure.Tests.Support;
using Microsoft.Extensions.Options;

namespace BriefingBot.Infrastructure.Tests.Ingestion;

/// <summary>The seed article through the real understanding pipeline and into the archive.</summary>
public sealed class RealAnalyzerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_seed_article_is_stored_with_its_speakers_findable_by_surname()
    {
        using var store = _folder.OpenStore();
        var ingestor = new ArticleIngestor(new ArticleExtractor(), new ArticleAnalyzer(), store, Options.Create(new IngestionOptions()));

        var result = Assert.Single(await ingestor.IngestPathsAsync([SharedData.SeedArticle]));

        Assert.True(result.Succeeded, result.Error);
        Assert.True(result.QuoteCount > 0);
        var quotes = await store.FindQuotesBySpeakerAsync("Mammadyarov", 10);
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Contains(q.Text.Split(' ')[0], q.Context, StringComparison.Ordinal));
        var article = await store.GetArticleAsync(result.ArticleId!.Value);
        Assert.NotEmpty(article!.Summary);
    }
}
