using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Answering;

/// <summary>"Help": what the bot can do, with questions that work on this archive.</summary>
internal sealed class HelpAnswer(AnswerContext context)
{
    public async Task<Reply> AnswerAsync(CancellationToken cancellationToken)
    {
        var count = await context.Archive.CountArticlesAsync(cancellationToken);
        var examples = await context.ExampleQuestionsAsync(cancellationToken);
        return new Reply(
            "BriefingBot: who said what in the news",
            [
                $"I have read {Articles(count)}. Ask me who said what, and I answer with the exact words, the speaker and the article.",
                "You can ask: \u201cwhat did <name> say?\u201d, \u201cwhat did <name> say about <topic>?\u201d, \u201cwhat did <country> propose?\u201d, \u201cwho said \"<words>\"?\u201d, \u201cwho is <name>?\u201d, \u201cwhat's new in <place or topic>?\u201d, \u201cwhat happened at <event>?\u201d, \u201cwhen (or where) is <event>?\u201d, \u201csummarize <topic or title>\u201d, or just type a topic to search.",
                "Then follow up: \u201cmore\u201d, \u201cwhat else did he say?\u201d, \u201cand Pakistan?\u201d.",
                "Daily briefings: \u201cbrief me on <region or country>\u201d, \u201csubscribe this channel to <region> at 08:00 <time zone>\u201d, \u201csubscriptions\u201d, \u201cunsubscribe\u201d.",
            ],
            [],
            [],
            examples);
    }

    private static string Articles(int count) => count == 1 ? "1 article" : $"{count} articles";
}
