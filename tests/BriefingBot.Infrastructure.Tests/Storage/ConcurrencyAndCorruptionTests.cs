using BriefingBot.Infrastructure.Storage;
using BriefingBot.Infrastructure.Tests.Support;

namespace BriefingBot.Infrastructure.Tests.Storage;

public sealed class ConcurrencyAndCorruptionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Two_stores_saving_the_same_article_at_once_store_it_once()
    {
        using var first = _folder.OpenStore();
        using var second = _folder.OpenStore();
        var analysis = new AnalysisBuilder(Articles.DefenseBody).WithQuote("We held very intensive consultations,", "Elmar Mammadyarov").Build();

        var saves = Enumerable.Range(0, 8)
            .Select(i => Task.Run(() => (i % 2 == 0 ? first : second).SaveAsync(Articles.Defense(), analysis)))
            .ToArray();
        var results = await Task.WhenAll(saves);

        Assert.Single(results, r => !r.AlreadyStored);
        Assert.Single(results.Select(r => r.ArticleId).Distinct());
        Assert.Equal(1, await first.CountArticlesAsync());
        Assert.Single(await second.FindQuotesBySpeakerAsync("Mammadyarov", 10));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_named_in_the_error()
    {
        var path = _folder.Write(StorageOptions.DatabaseFileName, "this is a text file, not SQLite, and it is long enough to have a header........");

        var error = Assert.Throws<StorageException>(_folder.OpenStore);

        Assert.Contains(path, error.Message);
    }
}
