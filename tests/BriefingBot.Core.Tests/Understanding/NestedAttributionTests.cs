using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding;
using BriefingBot.Core.Understanding.Quotes;

namespace BriefingBot.Core.Tests.Understanding;

/// <summary>Words said once are reported once: attributions held inside longer ones are dropped; speakers end at the name.</summary>
public class NestedAttributionTests
{
    // Words without quotation marks under every span.
    private static readonly string Text = new('x', 200);

    [Fact]
    public void An_attribution_inside_a_longer_one_is_dropped_and_the_longer_one_kept()
    {
        var outer = new Attribution(QuoteKind.Mixed, [new TextSpan(10, 90)], new TextSpan(0, 4), new TextSpan(5, 9));
        var inner = new Attribution(QuoteKind.Direct, [new TextSpan(60, 88)], null, null);
        var apart = new Attribution(QuoteKind.Direct, [new TextSpan(95, 120)], null, null);
        var attributions = new List<Attribution> { outer, inner, apart };

        AttributionFinder.RemoveNested(Text, attributions);

        Assert.Equal([outer, apart], attributions);
    }

    [Fact]
    public void Of_two_attributions_with_the_same_content_the_first_is_kept()
    {
        var first = new Attribution(QuoteKind.Mixed, [new TextSpan(10, 40)], new TextSpan(0, 4), new TextSpan(5, 9));
        var second = new Attribution(QuoteKind.Direct, [new TextSpan(10, 40)], null, null);
        var attributions = new List<Attribution> { first, second };

        AttributionFinder.RemoveNested(Text, attributions);

        Assert.Same(first, Assert.Single(attributions));
    }

    [Fact]
    public void Overlapping_attributions_that_do_not_contain_each_other_are_both_kept()
    {
        var left = new Attribution(QuoteKind.Mixed, [new TextSpan(10, 50)], null, null);
        var right = new Attribution(QuoteKind.Mixed, [new TextSpan(40, 90)], null, null);
        var attributions = new List<Attribution> { left, right };

        AttributionFinder.RemoveNested(Text, attributions);

        Assert.Equal(2, attributions.Count);
    }

    [Fact]
    public void A_whole_report_inside_a_longer_one_is_kept()
    {
        var outer = new Attribution(QuoteKind.Indirect, [new TextSpan(0, 60)], new TextSpan(70, 75), new TextSpan(62, 69));
        var inner = new Attribution(QuoteKind.Indirect, [new TextSpan(20, 50)], new TextSpan(15, 19), new TextSpan(6, 14));
        var attributions = new List<Attribution> { outer, inner };

        AttributionFinder.RemoveNested(Text, attributions);

        Assert.Equal(2, attributions.Count);
    }

    [Theory]
    [InlineData("Senator Tom Reyes, who was reluctant to endorse the plan, said it was “a gamble.”", "Senator Tom Reyes")]
    [InlineData("Inspector Hale further noted that the files were “never opened.”", "Inspector Hale")]
    public void A_speaker_ends_at_the_name_not_at_the_words_before_the_cue(string text, string speaker)
    {
        var quote = Assert.Single(new ArticleAnalyzer().Analyze(text).Quotes);
        Assert.Equal(speaker, SpanText.Slice(text, quote.SpeakerSpan));
    }
}
