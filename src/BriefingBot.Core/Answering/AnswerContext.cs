using BriefingBot.Core.Archive;

namespace BriefingBot.Core.Answering;

/// <summary>What every kind of answer reads from: the archive and the answer settings.</summary>
internal sealed record AnswerContext(IArchive Archive, AnswerOptions Options)
{
    // Questions that work on this archive: about the speakers and the story of the latest articles.
    public async Task<IReadOnlyList<string>> ExampleQuestionsAsync(CancellationToken cancellationToken)
    {
        var quotes = await Archive.LatestQuotesAsync(20, cancellationToken);
        var speakers = quotes
            .Select(q => Surname(q.SpeakerName!))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(2)
            .Select(surname => $"what did {surname} say?");
        var latest = await Archive.LatestArticlesAsync(1, cancellationToken);
        var summary = latest.Select(a => $"summarize {a.Title}");
        var examples = speakers.Concat(summary).ToList();
        return examples.Count > 0 ? examples : ["help"];
    }

    private static string Surname(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
}
