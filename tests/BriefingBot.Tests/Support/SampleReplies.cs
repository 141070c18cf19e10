using BriefingBot.Core.Replies;

namespace BriefingBot.Tests.Support;

/// <summary>Replies shaped like the answerer's, including one full of text that must stay data.</summary>
public static class SampleReplies
{
    public static readonly Citation Reuters = new(
        "Turkey warns of consequences over Jerusalem",
        "Reuters",
        new DateTimeOffset(2017, 12, 5, 9, 30, 0, TimeSpan.Zero),
        "https://example.com/news/turkey-jerusalem");

    public static readonly Reply Cavusoglu = new(
        "Mevlut Cavusoglu, Turkey's foreign minister",
        ["Cavusoglu was quoted once in the archive."],
        [new ReplyQuote(
            "Recognising Jerusalem as Israel's capital would be a big mistake.",
            "Mevlut Cavusoglu",
            "Turkey's foreign minister",
            true,
            Reuters)],
        [],
        ["Who else spoke about Jerusalem?"]);

    public const string HostileText = "He said \"stop\" {\"a\":1} <script>alert('x')</script> *bold* & <@U123> <!channel>\nnext line";

    public static readonly Citation HostileSource = new(
        "Title with \"quotes\" & <tags>",
        "Source <b>",
        new DateTimeOffset(2020, 1, 2, 0, 0, 0, TimeSpan.Zero),
        "https://example.com/a?x=1&y=<2>|3");

    public static readonly Reply Hostile = new(
        "*bold* heading with \"quotes\" {braces} <script>",
        [HostileText],
        [new ReplyQuote(HostileText, "Mr \"Quote\" <Speaker>", "role & *title*", true, HostileSource)],
        [new Citation("javascript link", "Evil", null, "javascript:alert(1)")],
        ["what did \"x\" <say>?"]);

    /// <summary>A reply far beyond every channel's size limits.</summary>
    public static Reply Huge(int quotes = 120, int quoteLength = 2500)
    {
        var list = Enumerable.Range(1, quotes)
            .Select(i => new ReplyQuote(
                $"Quote {i}: " + string.Concat(Enumerable.Repeat("words & more words ", quoteLength / 19)),
                $"Speaker {i}",
                "a role",
                true,
                new Citation($"Article {i}", "Source", DateTimeOffset.UnixEpoch, $"https://example.com/{i}")))
            .ToList();
        return new Reply(new string('H', 400), [new string('p', 9000)], list, [], ["next?"]);
    }
}
