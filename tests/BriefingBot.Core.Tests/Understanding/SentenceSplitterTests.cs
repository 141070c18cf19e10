using BriefingBot.Core.Understanding.Sentences;

namespace BriefingBot.Core.Tests.Understanding;

public class SentenceSplitterTests
{
    private static string[] Split(string text) => SentenceSplitter.Split(text).Select(s => s.Slice(text)).ToArray();

    [Fact]
    public void Sentences_end_at_terminal_punctuation_followed_by_a_capital()
    {
        Assert.Equal(["The talks ended.", "Nobody left happy!", "Why now?"], Split("The talks ended. Nobody left happy! Why now?"));
    }

    [Theory]
    [InlineData("Mr. Smith met Dr. Jones on Jan. 5 in Baku.")]
    [InlineData("Gov. Brown and Sen. Warren spoke to No. 10 staff.")]
    [InlineData("He met J. Smith and A. B. Jones at the summit.")]
    [InlineData("Growth was 3.5 percent last year.")]
    [InlineData("Prices rose... and then fell again.")]
    [InlineData("The U.S. delegation arrived on Monday.")]
    public void Abbreviations_initials_decimals_and_ellipses_do_not_end_a_sentence(string text)
    {
        Assert.Single(Split(text));
    }

    [Fact]
    public void A_dotted_initialism_ends_a_sentence_before_a_typical_sentence_opener()
    {
        Assert.Equal(["Troops returned to the U.S.", "The war was over."], Split("Troops returned to the U.S. The war was over."));
    }

    [Fact]
    public void A_sentence_ending_inside_quotes_ends_after_the_closing_quote()
    {
        var text = "He said “We want cooperation.” The meeting ended.";
        Assert.Equal(["He said “We want cooperation.”", "The meeting ended."], Split(text));
    }

    [Fact]
    public void A_comma_inside_a_quote_does_not_end_the_sentence()
    {
        Assert.Single(Split("\"We held talks,\" the minister said."));
        Assert.Single(Split("\"Is it over?\" he asked."));
    }

    [Fact]
    public void Line_breaks_end_sentences()
    {
        Assert.Equal(["Headline without a period", "First paragraph.", "Second one"], Split("Headline without a period\n\nFirst paragraph.\nSecond one"));
    }

    [Fact]
    public void Spans_point_into_the_original_text()
    {
        var text = "  One here.   Two there.  ";
        foreach (var span in SentenceSplitter.Split(text))
        {
            Assert.Equal(span.Slice(text).Trim(), span.Slice(text));
            Assert.EndsWith(".", span.Slice(text));
        }
    }
}
