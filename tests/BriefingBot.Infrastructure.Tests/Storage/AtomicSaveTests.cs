using System.Collections;
using BriefingBot.Core.Understanding;
using BriefingBot.Infrastructure.Storage;
using BriefingBot.Infrastructure.Tests.Support;

namespace BriefingBot.Infrastructure.Tests.Storage;

public sealed class AtomicSaveTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SqliteArticleStore _store;

    public AtomicSaveTests() => _store = _folder.OpenStore();

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_failure_while_saving_quotes_leaves_no_partial_article()
    {
        var good = AnalysisWithTwoQuotes();
        // The article and the first quote are written before the second quote fails.
        var failing = good with { Quotes = new InterruptedList<Quote>(good.Quotes, afterItems: 1, () => throw new InvalidOperationException("analysis record broke")) };

        await Assert.ThrowsAsync<InvalidOperationException>(() => _store.SaveAsync(Articles.Defense(), failing));

        await AssertArchiveIsEmpty();
        // Nothing of the failed attempt blocks a later save as a "duplicate".
        var retry = await _store.SaveAsync(Articles.Defense(), good);
        Assert.False(retry.AlreadyStored);
        Assert.Equal(2, retry.QuoteCount);
    }

    [Fact]
    public async Task Cancelling_in_the_middle_of_a_save_leaves_no_partial_article()
    {
        using var cancellation = new CancellationTokenSource();
        var good = AnalysisWithTwoQuotes();
        var cancelling = good with { Quotes = new InterruptedList<Quote>(good.Quotes, afterItems: 1, cancellation.Cancel) };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _store.SaveAsync(Articles.Defense(), cancelling, cancellation.Token));

        await AssertArchiveIsEmpty();
    }

    [Fact]
    public async Task A_record_the_database_rejects_leaves_no_partial_article_and_says_which_article()
    {
        var analysis = new AnalysisBuilder(Articles.DefenseBody).WithPerson("Elmar Mammadyarov").Build();
        var broken = analysis with { People = [analysis.People[0], analysis.People[0] with { FullName = null! }] };

        var error = await Assert.ThrowsAsync<StorageException>(() => _store.SaveAsync(Articles.Defense(), broken));

        Assert.Contains(Articles.Defense().Title, error.Message);
        await AssertArchiveIsEmpty();
    }

    [Fact]
    public async Task A_summary_index_outside_the_analysis_is_refused_before_anything_is_written()
    {
        var analysis = AnalysisBuilder.Plain(Articles.DefenseBody) with { SummarySentenceIndexes = [42] };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _store.SaveAsync(Articles.Defense(), analysis));

        Assert.Contains("42", error.Message);
        await AssertArchiveIsEmpty();
    }

    private static ArticleAnalysis AnalysisWithTwoQuotes() => new AnalysisBuilder(Articles.DefenseBody)
        .WithQuote("We held very intensive consultations,", "Elmar Mammadyarov")
        .WithQuote("We do not compete with each other in this area, but rather complement each other.", "Mevlut Cavusoglu")
        .Build();

    private async Task AssertArchiveIsEmpty()
    {
        Assert.Equal(0, await _store.CountArticlesAsync());
        Assert.Empty(await _store.FindQuotesBySpeakerAsync("Mammadyarov", 10));
        Assert.Empty(await _store.FindPeopleAsync("Mammadyarov", 10));
        Assert.Empty(await _store.SearchArticlesAsync("defense", 10));
        Assert.Empty(await _store.SearchQuotesAsync("consultations", 10));
    }

    /// <summary>Yields some items, then runs an action (throw, cancel) before the next: a failure mid-save.</summary>
    private sealed class InterruptedList<T>(IReadOnlyList<T> items, int afterItems, Action interrupt) : IReadOnlyList<T>
    {
        public int Count => items.Count;

        public T this[int index] => items[index];

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (i == afterItems)
                {
                    interrupt();
                }

                yield return items[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
