using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding;
using BriefingBot.Core.Understanding.Quotes;

namespace BriefingBot.Core.Tests.Understanding;

/// <summary>How the pieces of a quote read as one text, and where reported content starts.</summary>
public class QuoteTextTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Quote Single(string text, QuoteKind kind) =>
        Assert.Single(Analyzer.Analyze(text).Quotes, q => q.Kind == kind);

    [Fact]
    public void A_sentence_cut_at_its_handover_comma_is_marked_with_an_ellipsis_before_the_next_sentence()
    {
        var text = "\"Until now a truck driver could wait four days for a ferry that left half empty,\" Hasanova said. "
            + "\"With one timetable, every crossing will be planned together.\"";
        var quote = Single(text, QuoteKind.Direct);

        Assert.Equal(
            "Until now a truck driver could wait four days for a ferry that left half empty \u2026 With one timetable, every crossing will be planned together.",
            quote.Text);
        Assert.Equal("Until now a truck driver could wait four days for a ferry that left half empty", quote.Content[0].Slice(text));
    }

    [Fact]
    public void A_piece_without_final_punctuation_never_runs_into_the_next_sentence()
    {
        var text = "\"We have held consultations\" he said. \"This first tripartite meeting was a success.\"";
        var quote = Single(text, QuoteKind.Direct);

        Assert.Equal("We have held consultations \u2026 This first tripartite meeting was a success.", quote.Text);
    }

    [Fact]
    public void Punctuation_written_outside_the_quotation_marks_is_restored_between_pieces()
    {
        var text = "\"We are not competing any more\". Nurlanov went on: \"We are building one corridor.\"";
        var first = new TextSpan(1, text.IndexOf('\"', 1));
        var secondStart = text.LastIndexOf("We", StringComparison.Ordinal);
        var second = new TextSpan(secondStart, text.Length - 1);

        Assert.Equal("We are not competing any more. We are building one corridor.", QuoteText.Join(text, [first, second]));
    }

    [Fact]
    public void A_piece_ending_its_sentence_is_joined_with_a_space()
    {
        var text = "\"The first round went well.\" she said. \"The second will be harder.\"";
        var quote = Single(text, QuoteKind.Direct);

        Assert.Equal("The first round went well. The second will be harder.", quote.Text);
    }

    [Fact]
    public void A_continuation_of_the_same_sentence_is_joined_with_a_space()
    {
        var text = "\"We have the engineers,\" Petrosyan said, \"and we have the political will.\"";
        var quote = Single(text, QuoteKind.Direct);

        Assert.Equal("We have the engineers and we have the political will.", quote.Text);
        Assert.Equal(2, quote.Content.Count);
    }

    [Fact]
    public void An_aside_between_cue_and_that_is_not_reported_content()
    {
        var text = "She warned, however, that the stations would need protection from mudflows in the mountains.";
        var quote = Single(text, QuoteKind.Indirect);

        Assert.Equal("the stations would need protection from mudflows in the mountains", quote.Text);
        Assert.Equal("warned", quote.Cue!.Value.Slice(text));
    }
}
