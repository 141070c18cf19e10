using BriefingBot.Core.Understanding;
using static BriefingBot.Core.Tests.Understanding.SpanText;

namespace BriefingBot.Core.Tests.Understanding;

public class QuoteAttributionTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Quote Single(string text, QuoteKind? kind = null)
    {
        var quotes = Analyzer.Analyze(text).Quotes.Where(q => kind is null || q.Kind == kind).ToList();
        return Assert.Single(quotes);
    }

    [Fact]
    public void Trailing_attribution_names_the_speaker()
    {
        var text = "Talks ended.\n\n\"We made real progress today,\" Minister Jane Doe said.";
        var quote = Single(text);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("We made real progress today", quote.Text);
        Assert.Equal("Minister Jane Doe", Slice(text, quote.SpeakerSpan));
        Assert.Equal("said", Slice(text, quote.Cue));
        Assert.Equal("Jane Doe", quote.SpeakerName);
    }

    [Fact]
    public void Inverted_trailing_attribution_names_the_speaker()
    {
        var text = "\"Nobody expected this outcome at all,\" said Governor Tom Reed.";
        var quote = Single(text);
        Assert.Equal("Governor Tom Reed", Slice(text, quote.SpeakerSpan));
        Assert.Equal("Tom Reed", quote.SpeakerName);
    }

    [Fact]
    public void Leading_attribution_with_a_colon_names_the_speaker()
    {
        var text = "Anna Berg said: \"The plan will create thousands of new jobs.\"";
        var quote = Single(text, QuoteKind.Direct);
        Assert.Equal("The plan will create thousands of new jobs.", quote.Text);
        Assert.Equal("Anna Berg", quote.SpeakerName);
    }

    [Fact]
    public void A_participle_cue_takes_the_subject_of_its_clause()
    {
        var text = "The proposal was accepted by Prime Minister Ivo Lang, who agreed, saying “We will build it together with our partners.”";
        var quote = Single(text, QuoteKind.Direct);
        Assert.Equal("saying", Slice(text, quote.Cue));
        Assert.Equal("Ivo Lang", quote.SpeakerName);
    }

    [Fact]
    public void Told_attributes_to_the_speaker_not_the_addressee()
    {
        var text = "“The region needs stability more than anything else,” Ayla Demir told Caspian News.";
        var quote = Single(text);
        Assert.Equal("Ayla Demir", quote.SpeakerName);
        Assert.Equal("told", Slice(text, quote.Cue));
    }

    [Fact]
    public void Pronoun_resolves_to_the_last_named_person()
    {
        var text = "Finance Minister Karl Weber presented the budget on Monday.\n\n\"This budget protects the poorest households,\" he said.";
        var quote = Single(text);
        Assert.Equal("he", Slice(text, quote.SpeakerSpan));
        Assert.Equal("Karl Weber", quote.SpeakerName);
        Assert.Equal("finance minister", quote.SpeakerRole);
    }

    [Fact]
    public void A_quote_split_by_its_attribution_is_one_quote_with_two_pieces()
    {
        var text = "\"We are ready,\" he said, \"and we will not wait any longer.\"";
        var quote = Single(text);
        Assert.Equal(2, quote.Content.Count);
        Assert.Equal("We are ready and we will not wait any longer.", quote.Text);
        Assert.All(quote.Content, c => Assert.DoesNotContain('"', c.Slice(text)));
    }

    [Fact]
    public void A_multi_sentence_quote_keeps_its_sentences()
    {
        var text = "Lena Park said: “The first round went well. The second will be harder. We are prepared.”";
        var quote = Single(text, QuoteKind.Direct);
        Assert.Equal("The first round went well. The second will be harder. We are prepared.", quote.Text);
    }

    [Fact]
    public void Curly_and_straight_quotes_pair_even_when_mixed()
    {
        var text = "\"This meeting is a milestone for the three countries.” Omar Khan said.";
        var quote = Single(text);
        Assert.Equal("This meeting is a milestone for the three countries.", quote.Text);
    }

    [Fact]
    public void Indirect_speech_with_that_has_cue_source_and_clause()
    {
        var text = "Officials met in Baku.\n\nPresident Ali Karimov announced that the country will buy ten new aircraft.";
        var quote = Single(text);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("announced", Slice(text, quote.Cue));
        Assert.Equal("President Ali Karimov", Slice(text, quote.SpeakerSpan));
        Assert.Equal("the country will buy ten new aircraft", quote.Text);
    }

    [Fact]
    public void Indirect_speech_without_that_is_found()
    {
        var text = "Maria Lopez says the new policy will hurt small farmers.";
        var quote = Single(text);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("the new policy will hurt small farmers", quote.Text);
        Assert.Equal("Maria Lopez", quote.SpeakerName);
    }

    [Fact]
    public void Trailing_attribution_of_a_reported_clause_is_indirect_speech()
    {
        var text = "The talks will resume next week in Geneva, a spokesman said.";
        var quote = Single(text);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("The talks will resume next week in Geneva", quote.Text);
        Assert.Equal("a spokesman", Slice(text, quote.SpeakerSpan));
    }

    [Fact]
    public void According_to_names_the_source()
    {
        var text = "According to the ministry, exports grew by ten percent last year.";
        var quote = Single(text);
        Assert.Equal("exports grew by ten percent last year", quote.Text);
        Assert.Equal("according to", Slice(text, quote.Cue).ToLowerInvariant());
        Assert.Equal("the ministry", Slice(text, quote.SpeakerSpan));
    }

    [Fact]
    public void A_reporting_verb_in_an_idiom_is_not_speech()
    {
        Assert.Empty(Analyzer.Analyze("The war claimed the lives of over 20,000 people in the region.").Quotes);
    }

    [Fact]
    public void A_short_unattributed_scare_quote_is_not_a_quote()
    {
        var text = "The deal was called a \"milestone\" by many observers in the region.";
        Assert.DoesNotContain(Analyzer.Analyze(text).Quotes, q => q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void Every_quote_field_is_filled()
    {
        var text = "Finance Minister Karl Weber spoke.\n\n\"Budgets are about choices we make,\" Weber said.";
        var quote = Single(text);
        Assert.NotEmpty(quote.Content);
        Assert.NotNull(quote.Cue);
        Assert.NotNull(quote.SpeakerSpan);
        Assert.NotNull(quote.SpeakerId);
        Assert.Equal("Karl Weber", quote.SpeakerName);
        Assert.Equal(1, quote.SentenceIndex);
        Assert.InRange(quote.Importance, 0.01, 1.0);
    }

    [Fact]
    public void Direct_quotes_with_named_speakers_rank_above_indirect_speech()
    {
        var text = "Foreign Minister Ana Ruiz said: \"We will sign the agreement in the coming weeks.\"\n\nA spokesman said the date is not fixed yet.";
        var quotes = Analyzer.Analyze(text).Quotes;
        var direct = quotes.Single(q => q.Kind == QuoteKind.Direct);
        var indirect = quotes.Single(q => q.Kind == QuoteKind.Indirect);
        Assert.True(direct.Importance > indirect.Importance);
    }
}
