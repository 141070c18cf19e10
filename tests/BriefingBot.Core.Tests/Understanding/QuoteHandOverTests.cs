using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding;
using BriefingBot.Core.Understanding.Quotes;
using static BriefingBot.Core.Tests.Understanding.SpanText;

namespace BriefingBot.Core.Tests.Understanding;

/// <summary>
/// Where a quotation belongs to the words around it: the clause that hands over to it, the report that opens its
/// sentence, the quote of the paragraph before, or a longer report that already holds it.
/// </summary>
public class QuoteHandOverTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Quote QuoteHolding(string text, string words) =>
        Assert.Single(Analyzer.Analyze(text).Quotes, q => q.Content.Any(c => c.Slice(text).Contains(words, StringComparison.Ordinal)));

    [Fact]
    public void A_clause_closed_by_a_colon_is_reported_with_the_quotation_it_hands_over_to()
    {
        var text = "Reyes said she has the one quality the office demands: “Patience, and the nerve to use it.”";
        var quote = QuoteHolding(text, "Patience");
        Assert.Equal("she has the one quality the office demands: “Patience, and the nerve to use it.", Slice(text, quote.Content[0]));
        Assert.Equal("Reyes", Slice(text, quote.SpeakerSpan));
    }

    [Fact]
    public void A_clause_closed_by_a_dash_is_reported_with_the_quotation_after_it()
    {
        var text = "At the picnic, Adams beamed and asked the crowd to welcome the mayor - \"my favourite neighbour.\"";
        var quote = QuoteHolding(text, "favourite neighbour");
        Assert.StartsWith("the crowd to welcome the mayor", Slice(text, quote.Content[0]), StringComparison.Ordinal);
        Assert.Equal("Adams", Slice(text, quote.SpeakerSpan));
    }

    [Fact]
    public void The_circumstances_of_the_saying_before_a_colon_are_not_what_was_said()
    {
        var text = "The council leader said in a statement on Friday: “We will appeal the ruling in every court that will hear us.”";
        var quote = QuoteHolding(text, "We will appeal");
        Assert.Equal("We will appeal the ruling in every court that will hear us.", Slice(text, Assert.Single(quote.Content)));
    }

    [Fact]
    public void A_comma_after_that_keeps_the_quotation_in_the_that_clause()
    {
        var text = "Spokeswoman Jane Ortiz said via email that, “Of course the mayor is going to defend himself” against what the office sees as a smear.";
        var quote = QuoteHolding(text, "Of course the mayor");
        Assert.Equal("“Of course the mayor is going to defend himself” against what the office sees as a smear", Slice(text, Assert.Single(quote.Content)));
        Assert.Equal("Spokeswoman Jane Ortiz", Slice(text, quote.SpeakerSpan));
    }

    [Fact]
    public void A_quotation_that_ends_the_that_clause_of_its_cue_is_reported_with_the_clause()
    {
        var text = "The coach told his players on Tuesday night that “nobody remembers the team that almost won.”";
        var quote = QuoteHolding(text, "nobody remembers");
        Assert.Equal("that “nobody remembers the team that almost won.", Slice(text, quote.Content[0]));
        Assert.Equal("The coach", Slice(text, quote.SpeakerSpan));
    }

    [Fact]
    public void A_sentence_that_opens_with_its_own_report_gives_that_report_the_quotation()
    {
        var text = "Okafor said she chose the subject because “most viewers have never heard of the clause,” she said.";
        var quote = QuoteHolding(text, "most viewers");
        Assert.StartsWith("she chose the subject because", Slice(text, quote.Content[0]), StringComparison.Ordinal);
        Assert.Equal("Okafor", Slice(text, quote.SpeakerSpan));
    }

    [Fact]
    public void A_paragraph_that_is_only_a_quotation_continues_the_quote_of_the_paragraph_before()
    {
        var text = "The former coach was blunt.\n\n“The league has lost its way this season,” Barrow said. “It chases ratings now.”\n\n“And that makes me sad, because I loved this game.”\n";
        var quote = QuoteHolding(text, "The league has lost");
        Assert.Equal(3, quote.Content.Count);
        Assert.Equal("And that makes me sad, because I loved this game.", Slice(text, quote.Content[2]));
    }

    [Fact]
    public void A_paragraph_quotation_followed_by_more_words_is_a_quote_of_its_own()
    {
        var text = "The former coach was blunt.\n\n“The league has lost its way this season,” Barrow said.\n\n“And that makes me sad,” his assistant added later that day.\n";
        var quote = QuoteHolding(text, "The league has lost");
        Assert.Single(quote.Content);
    }

    [Fact]
    public void A_fragment_that_opens_on_an_earlier_closing_mark_joins_the_report_that_ends_there()
    {
        var text = "In a written statement, Chancellor Weber condemned Tuesday's test as \"careless and destabilizing\" and a \"grave threat\" to regional and international stability.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("Tuesday's test as \"careless and destabilizing\" and a \"grave threat\" to regional and international stability", Slice(text, Assert.Single(quote.Content)));
        Assert.Equal("condemned", Slice(text, quote.Cue));
    }

    [Fact]
    public void A_fragment_that_opens_inside_an_earlier_quotation_continues_it()
    {
        var text = "In recent weeks, Halloran has gone after the senator as a “ghost who will haunt the budget” and a “spoiled heir.”";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Contains("ghost who will haunt the budget” and a “spoiled heir", Slice(text, Assert.Single(quote.Content)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_nickname_quoted_inside_a_name_is_part_of_the_speaker_not_a_quotation()
    {
        var text = "“We will win this,” said Robert “Bobby” Lane, the candidate. “And we will win it big.”";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.StartsWith("Robert “Bobby” Lane", Slice(text, quote.SpeakerSpan), StringComparison.Ordinal);
        Assert.Equal(2, quote.Content.Count);
    }

    [Fact]
    public void A_quoting_report_inside_a_longer_one_is_reported_once_even_with_its_own_cue_and_speaker()
    {
        var text = "Reyes cited the mayor’s references to Lund as “a clown” and “a fraud” as examples.";
        var outer = new Attribution(QuoteKind.Mixed, [Span(text, "the mayor’s references to Lund as “a clown” and “a fraud”")], Span(text, "cited"), Span(text, "Reyes"));
        var inner = new Attribution(QuoteKind.Mixed, [Span(text, "Lund as “a clown”")], Span(text, "references to"), Span(text, "mayor’s"));
        var attributions = new List<Attribution> { outer, inner };

        AttributionFinder.RemoveNested(text, attributions);

        Assert.Same(outer, Assert.Single(attributions));
    }

    [Fact]
    public void A_quotation_held_by_a_longer_report_but_for_its_closing_period_is_reported_once()
    {
        var text = "He urged them to “go home and vote early.”";
        var outer = new Attribution(QuoteKind.Mixed, [Span(text, "them to “go home and vote early")], Span(text, "urged"), Span(text, "He"));
        var inner = new Attribution(QuoteKind.Direct, [Span(text, "go home and vote early.")], null, null);
        var attributions = new List<Attribution> { outer, inner };

        AttributionFinder.RemoveNested(text, attributions);

        Assert.Same(outer, Assert.Single(attributions));
    }

    [Fact]
    public void A_whole_report_without_quotation_marks_inside_a_longer_one_is_still_kept()
    {
        var text = "He said that while the mayor says the plan works, the numbers disagree.";
        var outer = new Attribution(QuoteKind.Indirect, [Span(text, "that while the mayor says the plan works, the numbers disagree")], Span(text, "said"), Span(text, "He"));
        var inner = new Attribution(QuoteKind.Indirect, [Span(text, "the plan works")], Span(text, "says"), Span(text, "the mayor"));
        var attributions = new List<Attribution> { outer, inner };

        AttributionFinder.RemoveNested(text, attributions);

        Assert.Equal(2, attributions.Count);
    }

    private static TextSpan Span(string text, string words)
    {
        var at = text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{words}' is not in the text");
        return new TextSpan(at, at + words.Length);
    }
}
