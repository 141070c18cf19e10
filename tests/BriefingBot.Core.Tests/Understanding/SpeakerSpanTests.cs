using BriefingBot.Core.Understanding;
using static BriefingBot.Core.Tests.Understanding.SpanText;

namespace BriefingBot.Core.Tests.Understanding;

/// <summary>
/// What stands between a speaker and the reporting verb, or around the speaker, and is not the speaker: time
/// frames ("who in 2012 said"), adverbs ("it further wrote"), participles used as adjectives ("a hastily
/// called session"), whom the speaker told, and the clause after an "As X put it" frame.
/// </summary>
public class SpeakerSpanTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Quote QuoteHolding(string text, string words) =>
        Assert.Single(Analyzer.Analyze(text).Quotes, q => q.Text.Contains(words, StringComparison.Ordinal));

    [Fact]
    public void A_year_between_a_relative_pronoun_and_its_cue_is_not_the_speaker()
    {
        var text = "The mayor met Smith, who in 2012 said the party's main aim was to make the mayor a \"one-term mayor.\"";
        Assert.Equal("who", Slice(text, QuoteHolding(text, "one-term").SpeakerSpan));
    }

    [Fact]
    public void A_year_between_a_name_and_its_cue_is_not_part_of_the_speaker()
    {
        var text = "Judge Ferris in 2012 said the council had been \"reckless with public money.\"";
        Assert.Equal("Judge Ferris", Slice(text, QuoteHolding(text, "reckless").SpeakerSpan));
    }

    [Theory]
    [InlineData("Prime Minister Theresa May said the deal was \"the best on offer.\"", "Prime Minister Theresa May")]
    [InlineData("The singer Doris Day said the film was \"the best on offer.\"", "Doris Day")]
    [InlineData("Councillor Ana Lopez in May said the deal was \"the best on offer.\"", "Councillor Ana Lopez")]
    public void A_month_or_day_ending_a_name_is_part_of_the_speaker(string text, string speaker) =>
        Assert.Equal(speaker, Slice(text, QuoteHolding(text, "best on offer").SpeakerSpan));

    [Fact]
    public void A_participle_after_an_article_describes_a_noun_and_reports_nothing()
    {
        var text = "Following a hastily called, late-night session, the Ethics Board issued a statement calling the vote \"a grave error\" of judgment.";
        var quote = QuoteHolding(text, "grave error");
        Assert.Equal("the Ethics Board", Slice(text, quote.SpeakerSpan));
        Assert.DoesNotContain(Analyzer.Analyze(text).Quotes, q => q.SpeakerSpan is { } s && Slice(text, s).StartsWith("Following", StringComparison.Ordinal));
    }

    [Fact]
    public void An_adverb_between_a_pronoun_and_its_cue_leaves_the_pronoun_the_speaker()
    {
        var text = "\"After the crash of the market in the 1990s, the firm was left holding huge debts,\" the Globe wrote.\n\n"
            + "\"But since then, its fortunes have changed. It continues to chase big projects,\" it further wrote.\n";
        Assert.Equal("it", Slice(text, QuoteHolding(text, "fortunes").SpeakerSpan));
    }

    [Fact]
    public void Whom_a_speaker_told_is_not_the_speaker()
    {
        var text = "\"We were wrong not to have confronted him from the start,\" Ramirez, 58, told Reuters in an interview in Lima on Monday.";
        Assert.Equal("Ramirez, 58", Slice(text, QuoteHolding(text, "confronted").SpeakerSpan));
    }

    [Fact]
    public void An_as_frame_gives_its_speaker_the_quotation_in_the_clause_after_it()
    {
        var text = "The network says its critics want to silence it. As Ms. Varga put it in a statement to a colleague in July, the network is \"offering a view you won't get from the big papers.\"";
        Assert.Equal("Ms. Varga", Slice(text, QuoteHolding(text, "offering a view").SpeakerSpan));
    }
}
