using BriefingBot.Cli;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Evaluation;
using BriefingBot.Core.Replies;
using BriefingBot.Core.Understanding;
using BriefingBot.Infrastructure.Ingestion;
using BriefingBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Tests.Evaluation;

/// <summary>
/// Articles ingested through the real path (CliServices: extractor, analyzer, SQLite store) into a temp
/// archive, and the real answerer over it; then every question asked and its reply judged.
/// </summary>
internal sealed class AnswerEvaluationArchive : IAsyncDisposable
{
    private readonly TempFolder _data = new();
    private readonly ServiceProvider _services;

    private AnswerEvaluationArchive()
    {
        _services = CliServices.Build(_data.Path);
    }

    public IReadOnlyList<IngestResult> Ingested { get; private set; } = [];

    /// <summary>The quotes ingestion found in a file's text, read again the way ingestion read them.</summary>
    public IReadOnlyList<Quote> QuotesOf(string text, string fileName)
    {
        var document = _services.GetRequiredService<ArticleExtractor>().ExtractText(text, fileName);
        return _services.GetRequiredService<IArticleAnalyzer>().Analyze(document.Body, document.Title).Quotes;
    }

    public static async Task<AnswerEvaluationArchive> IngestAsync(params string[] paths)
    {
        var archive = new AnswerEvaluationArchive();
        archive.Ingested = await archive._services.GetRequiredService<ArticleIngestor>().IngestPathsAsync(paths);
        return archive;
    }

    public Task<Reply> AskAsync(string question) => _services.GetRequiredService<IAnswerer>().AnswerAsync(question);

    public async Task<AnswerTally> AskAllAsync(IEnumerable<EvaluationQuestion> questions, Action<EvaluationQuestion, Reply, AnswerOutcome>? onWrong = null)
    {
        var tally = new AnswerTally();
        foreach (var question in questions)
        {
            var reply = await AskAsync(question.Text);
            var outcome = question.Expected.Judge(reply);
            tally.Add(question, outcome);
            if (outcome != AnswerOutcome.Correct)
            {
                onWrong?.Invoke(question, reply, outcome);
            }
        }

        return tally;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _data.Dispose();
    }
}
