using BriefingBot.Core.Understanding;

namespace BriefingBot.Core.Tests.Understanding;

/// <summary>Who speaks a quote handed over by a participle ("..., saying, “...”"), on sentences written for the tests.</summary>
public class ParticipleSpeakerTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public void A_participle_after_a_comma_is_spoken_by_the_main_clauses_subject_not_the_nearest_name()
    {
        var text = "Governor Ann Price attacked the budget for its cuts to schools in Ohio, saying, “This plan hurts children.”";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal("Ann Price", quote.SpeakerName);
    }

    [Fact]
    public void A_participle_right_after_a_name_is_that_names()
    {
        var text = "The video shows Senator Tom Reyes asking, “Where did the money go?”";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal("Tom Reyes", quote.SpeakerName);
    }

    [Fact]
    public void A_participle_after_a_quote_and_its_attribution_is_spoken_by_the_attributed_speaker()
    {
        var text = "Mayor Lena Ortiz spoke on Tuesday.\n\n“We cannot wait,” Ortiz said, adding that the city would build a “safer crossing” by June.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes, q => q.Text.Contains("safer crossing"));
        Assert.Equal("Lena Ortiz", quote.SpeakerName);
    }

    [Fact]
    public void A_participle_after_a_quote_and_an_inverted_attribution_is_spoken_by_the_attributed_speaker()
    {
        var text = "“Nothing is settled,” said Senator Hugo Brandt, arguing that the vote was “rushed through” last week.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes, q => q.Text.Contains("rushed through"));
        Assert.Equal("Hugo Brandt", quote.SpeakerName);
    }

    [Fact]
    public void A_report_inside_a_report_is_the_outer_speakers()
    {
        var text = "The hearing went on for hours.\n\nSenator Tom Reyes said he believes “the port was never safe for the workers who built it.”";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes, q => q.Text.Contains("never safe"));
        Assert.Equal("Tom Reyes", quote.SpeakerName);
        Assert.StartsWith("he believes", quote.Text);
    }

    [Fact]
    public void A_participle_after_before_is_spoken_by_the_main_clauses_subject()
    {
        var text = "On Tuesday, Senator Tom Reyes dodged questions about Governor Ann Price before saying, “The budget will pass this week.”";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal("Tom Reyes", quote.SpeakerName);
    }
}
