using BriefingBot.Core.Understanding;

namespace BriefingBot.Core.Tests.Understanding;

/// <summary>Looser speaker frames around direct quotes: described speakers, hand-over verbs and colons.</summary>
public class DirectQuoteFrameTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static string Slice(string text, Core.Text.TextSpan? span) => span is { } s ? s.Slice(text) : "<none>";

    private static Quote DirectQuote(string text) => Assert.Single(Analyzer.Analyze(text).Quotes, q => q.Kind == QuoteKind.Direct);

    [Fact]
    public void A_described_speaker_before_the_cue_speaks_the_quote()
    {
        var text = "The ferry was late again.\n\n“We waited for two hours in the rain,” a commuter from the island said on Facebook.\n";
        Assert.Equal("a commuter from the island", Slice(text, DirectQuote(text).SpeakerSpan));
    }

    [Fact]
    public void A_name_with_lower_case_modifiers_before_the_cue_speaks_the_quote()
    {
        var text = "“The numbers are moving our way,” former party chairman Tom Wexley said.";
        Assert.Equal("former party chairman Tom Wexley", Slice(text, DirectQuote(text).SpeakerSpan));
    }

    [Fact]
    public void A_described_speaker_after_the_cue_ends_at_the_frame()
    {
        var text = "“Nobody saw this coming,” said one longtime volunteer at the depot.";
        Assert.Equal("one longtime volunteer", Slice(text, DirectQuote(text).SpeakerSpan));
    }

    [Fact]
    public void A_written_source_can_read_a_quote()
    {
        var text = "“Closed for the holidays, back in January,” the sign on the door read.";
        Assert.Equal("the sign on the door", Slice(text, DirectQuote(text).SpeakerSpan));
    }

    [Fact]
    public void A_hand_over_verb_with_a_colon_lets_the_subject_speak()
    {
        var text = "Or, as Mara Quint, a former budget director, put it: “Every promise has a price tag.”";
        Assert.Equal("Mara Quint, a former budget director", Slice(text, DirectQuote(text).SpeakerSpan));
    }

    [Fact]
    public void A_name_alone_before_a_colon_speaks_the_quote()
    {
        var text = "The pollsters disagree.\n\nAnalyst Rita Vance: “The undecided voters will break late and they will break hard.”\n";
        Assert.Equal("Analyst Rita Vance", Slice(text, DirectQuote(text).SpeakerSpan));
    }

    [Fact]
    public void A_colon_after_a_long_clause_does_not_make_its_subject_the_speaker()
    {
        var text = "She was so upset and drove so fast that I had to change my answer: “Of course I will come to the wedding next week.”";
        Assert.NotEqual("She", Slice(text, DirectQuote(text).SpeakerSpan));
    }

    [Fact]
    public void A_clause_after_a_quoted_phrase_is_not_its_speaker()
    {
        var text = "Mr. Ode said the plan was “a bold step,” when Clinton blasted it for the cost.";
        Assert.DoesNotContain(Analyzer.Analyze(text).Quotes, q => Slice(text, q.SpeakerSpan).Contains("Clinton", StringComparison.Ordinal));
    }
}
