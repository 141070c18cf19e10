using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Tests.Answering;

public sealed class PlainTextRendererTests
{
    private static readonly Citation Source = new("Ports open", "Demo Wire", new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero), "https://news.example/ports");

    [Fact]
    public void A_quote_reads_with_its_words_speaker_role_and_source()
    {
        var reply = new Reply("Leyla Hasanova", [], [new ReplyQuote("Queues will go.", "Leyla Hasanova", "a minister", true, Source)], [], []);

        var text = PlainTextRenderer.Render(reply);

        Assert.Contains("\u201cQueues will go.\u201d", text);
        Assert.Contains("Leyla Hasanova, a minister", text);
        Assert.Contains("Source: Ports open (Demo Wire, 2 March 2026) https://news.example/ports", text);
    }

    [Fact]
    public void Several_sources_are_numbered_and_referenced_from_their_quotes()
    {
        var other = Source with { Title = "Rail talks", Url = null };
        var reply = new Reply("H", [], [new ReplyQuote("A.", "X", null, true, Source), new ReplyQuote("B.", "X", null, false, other)], [], []);

        var text = PlainTextRenderer.Render(reply);

        Assert.Contains("\u2014 X [2]", text);
        Assert.Contains("[2] Rail talks (Demo Wire, 2 March 2026)", text);
        Assert.DoesNotContain("\u201cB.\u201d", text);
    }
}
