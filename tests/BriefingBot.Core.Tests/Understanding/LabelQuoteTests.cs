using BriefingBot.Core.Understanding;
using BriefingBot.Core.Understanding.Quotes;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Tests.Understanding;

/// <summary>Quoted labels after "as" ("pounding Trump as a “con artist”"), on sentences written for the tests.</summary>
public class LabelQuoteTests
{
    private static Attribution? Label(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var quote = Assert.Single(QuotationMarks.Find(text, tokens));
        return LabelQuote.Find(tokens, quote, 0);
    }

    [Fact]
    public void A_label_after_as_is_said_by_the_subject_of_the_verb_before_its_object()
    {
        var text = "Senator Maria Ortiz has been pounding the governor as a “budget arsonist” all week.";
        var label = Label(text);
        Assert.NotNull(label);
        Assert.Equal("the governor as a “budget arsonist”", label.Content[0].Slice(text));
        Assert.Equal("pounding", label.Cue!.Value.Slice(text));
        Assert.Equal("Senator Maria Ortiz", label.Speaker!.Value.Slice(text));
    }

    [Fact]
    public void A_phrasal_verb_keeps_its_particle_in_the_cue()
    {
        var text = "Mayor Tom Reyes went after the council as “asleep at the wheel.”";
        var label = Label(text);
        Assert.NotNull(label);
        Assert.Equal("the council as “asleep at the wheel.”", label.Content[0].Slice(text));
        Assert.Equal("went after", label.Cue!.Value.Slice(text));
    }

    [Fact]
    public void A_plural_noun_in_the_object_is_not_taken_for_the_verb()
    {
        var text = "She described his leadership skills as a “work in progress.”";
        var label = Label(text);
        Assert.NotNull(label);
        Assert.Equal("his leadership skills as a “work in progress.”", label.Content[0].Slice(text));
        Assert.Equal("described", label.Cue!.Value.Slice(text));
    }

    [Theory]
    [InlineData("The bridge has been described as “a disaster” for years.")] // a passive has no object
    [InlineData("The hacker known as “Guccifer” was extradited.")] // a name, not a report
    [InlineData("It was sold as “the ultimate destination” for shoppers.")]
    public void No_label_without_a_verb_and_its_object(string text) => Assert.Null(Label(text));

    [Fact]
    public void The_analyzer_reports_a_label_that_nothing_else_attributed()
    {
        var text = "Senator Maria Ortiz has been pounding the governor as a “budget arsonist” all week.";
        var quote = Assert.Single(new ArticleAnalyzer().Analyze(text).Quotes);
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Contains("budget arsonist", quote.Text, StringComparison.Ordinal);
        Assert.Equal("Maria Ortiz", quote.SpeakerName);
    }
}
