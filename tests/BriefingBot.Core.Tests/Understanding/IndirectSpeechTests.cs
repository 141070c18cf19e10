using BriefingBot.Core.Understanding;
using static BriefingBot.Core.Tests.Understanding.SpanText;

namespace BriefingBot.Core.Tests.Understanding;

/// <summary>Reported (indirect) speech: cues, content boundaries and sources, on sentences written for the tests.</summary>
public class IndirectSpeechTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static List<Quote> Reported(string text) => Analyzer.Analyze(text).Quotes.Where(q => q.Kind != QuoteKind.Direct).ToList();

    [Fact]
    public void Content_stops_before_the_writers_contrasting_clause()
    {
        var text = "Mayor Ann Lee said the bridge would reopen in May, but she did not say which day.";
        var quote = Reported(text).First();
        Assert.Equal("the bridge would reopen in May", quote.Text);
        Assert.Equal("Mayor Ann Lee", Slice(text, quote.SpeakerSpan));
    }

    [Fact]
    public void Content_stops_before_a_participle_comment()
    {
        var text = "The union argued the new contract was unfair to night workers, putting pressure on the board.";
        var quote = Assert.Single(Reported(text));
        Assert.Equal("the new contract was unfair to night workers", quote.Text);
    }

    [Fact]
    public void Content_stops_before_a_participle_comment_after_a_quotation_that_holds_the_comma()
    {
        var text = "Mayor Ann Lee insisted that she had \u201cfixed the bridge for good,\u201d claiming that nobody else could have done it.";
        var quote = Reported(text).First();
        Assert.Equal("she had \u201cfixed the bridge for good,\u201d", quote.Text);
    }

    [Fact]
    public void A_partial_quote_after_a_cue_inside_a_reported_clause_belongs_to_the_outer_report()
    {
        var text = "At one point, Mayor Ann Lee said the engineers were calling \u201cevery fifteen minutes.\u201d";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("Mayor Ann Lee", Slice(text, quote.SpeakerSpan));
        Assert.StartsWith("the engineers were calling \u201cevery fifteen minutes", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_past_tense_verb_no_list_holds_reports_a_that_clause_with_quoted_words()
    {
        var text = "Councillor Ray Dunn sniped that the mayor was \u201clearning on the job,\u201d while her aides wrote angry letters.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("Councillor Ray Dunn", Slice(text, quote.SpeakerSpan));
        Assert.Equal("sniped", Slice(text, quote.Cue));
        Assert.Equal("that the mayor was \u201clearning on the job", Slice(text, quote.Content[^1]));
    }

    [Fact]
    public void A_second_poll_share_with_its_own_cue_ends_the_first_content()
    {
        var text = "Most voters said the economy was improving, and a third said it was getting worse.";
        var quote = Reported(text).First();
        Assert.Equal("the economy was improving", quote.Text);
    }

    [Fact]
    public void Relative_clause_content_ends_at_its_comma()
    {
        var text = "Tom Hart, who says the tax is unfair to small shops, wrote to the council on Monday.";
        var quote = Assert.Single(Reported(text));
        Assert.Equal("the tax is unfair to small shops", quote.Text);
    }

    [Fact]
    public void Auxiliaries_and_adverbs_between_speaker_and_cue_keep_the_speaker()
    {
        var text = "Many farmers still say the new rules will hurt their harvests.";
        var quote = Assert.Single(Reported(text));
        Assert.Equal("Many farmers", Slice(text, quote.SpeakerSpan));
        Assert.Equal("the new rules will hurt their harvests", quote.Text);
    }

    [Fact]
    public void A_plural_noun_spelled_like_a_cue_reports_nothing()
    {
        Assert.Empty(Reported("Voters in six states with early primaries will choose delegates next month."));
        Assert.Empty(Reported("His comments on the budget are still drawing criticism across the region."));
    }

    [Fact]
    public void A_judging_verb_reports_its_object_noun_phrase()
    {
        var text = "The senator denounced the new fuel tax on Monday.";
        var quote = Assert.Single(Reported(text));
        Assert.Equal("the new fuel tax", quote.Text);
        Assert.Equal("The senator", Slice(text, quote.SpeakerSpan));
        Assert.Equal("denounced", Slice(text, quote.Cue));
    }

    [Fact]
    public void A_one_word_object_is_content_enough()
    {
        var text = "The former governor endorsed Lang during a call with reporters.";
        var quote = Assert.Single(Reported(text));
        Assert.Equal("Lang", quote.Text);
    }

    [Fact]
    public void According_to_a_long_source_at_the_end_is_found()
    {
        var text = "Turnout rose in every county, according to early figures gathered by the state election office for the governor and the legislature.";
        var quote = Assert.Single(Reported(text));
        Assert.Equal("Turnout rose in every county", quote.Text);
        Assert.Equal("early figures gathered by the state election office for the governor and the legislature", Slice(text, quote.SpeakerSpan));
    }

    [Fact]
    public void According_to_in_the_middle_reports_both_sides()
    {
        var text = "At the root of the dispute, according to two council members, was a missing budget line.";
        var quote = Assert.Single(Reported(text));
        Assert.Equal(2, quote.Content.Count);
        Assert.Equal("two council members", Slice(text, quote.SpeakerSpan));
    }

    [Fact]
    public void A_subject_named_at_length_still_speaks()
    {
        var text = "Mark Ross, who ran the port for a decade and more, said the dredging was overdue.";
        var tokens = Core.Understanding.Tokens.Tokenizer.Tokenize(text);
        var said = tokens.FindIndex(t => t.Text == "said");
        var subject = Core.Understanding.Quotes.LooseSubject.Before(tokens, said, 0);
        Assert.NotNull(subject);
        Assert.Equal("Mark Ross, who ran the port for a decade and more", Slice(text, Core.Understanding.Quotes.TokenText.Span(tokens, subject.Value)));
    }

    [Fact]
    public void A_cue_in_a_relative_clause_does_not_hide_the_main_report()
    {
        var text = "Rita Vos, the head of the nurses union, which endorsed the mayor in May, said that staffing levels were unsafe.";
        var quotes = Reported(text);
        Assert.Contains(quotes, q => q.Text == "the mayor");
        Assert.Contains(quotes, q => q.Text == "staffing levels were unsafe");
    }

    [Fact]
    public void A_second_speaker_after_and_starts_a_second_report()
    {
        var text = "The clinic should close by winter, the inspector wrote, and he added that the staff had done their best.";
        var quotes = Reported(text);
        Assert.Contains(quotes, q => q.Text == "the staff had done their best");
    }

    [Fact]
    public void Content_stops_at_a_dash_comment()
    {
        var text = "Lena Park suggested that the rival plan was unserious - a charge her rival denied.";
        var quote = Assert.Single(Reported(text));
        Assert.Equal("the rival plan was unserious", quote.Text);
    }

    [Fact]
    public void A_cue_with_its_particle_reports_the_object()
    {
        var text = "The mayor railed against the stadium deal during the hearing.";
        var quote = Assert.Single(Reported(text));
        Assert.Equal("the stadium deal", quote.Text);
        Assert.Equal("railed against", Slice(text, quote.Cue));
    }

    [Fact]
    public void Pointed_out_takes_a_clause_as_its_content()
    {
        var text = "The treasurer pointed out that the fund had lost money for three years.";
        var quote = Assert.Single(Reported(text));
        Assert.Equal("the fund had lost money for three years", quote.Text);
        Assert.Equal("pointed out", Slice(text, quote.Cue));
        Assert.Equal("The treasurer", Slice(text, quote.SpeakerSpan));
    }

    [Fact]
    public void A_cue_without_its_particle_is_no_cue()
    {
        Assert.Empty(Reported("The old harbour crane was pointing skyward over the empty docks."));
    }

    [Fact]
    public void An_expectation_with_no_holder_is_reported_without_a_speaker()
    {
        var text = "The new bridge is expected to open to traffic in early spring.";
        var quote = Assert.Single(Reported(text));
        Assert.Equal("is expected", Slice(text, quote.Cue));
        Assert.Null(quote.SpeakerSpan);
        Assert.Equal("The new bridge", Slice(text, quote.Content[0]));
    }

    [Fact]
    public void A_poll_named_with_in_is_the_source()
    {
        var text = "In a county survey released Monday, most residents backed the new library tax.";
        var quote = Assert.Single(Reported(text));
        Assert.Equal("most residents backed the new library tax", quote.Text);
        Assert.Equal("a county survey released Monday", Slice(text, quote.SpeakerSpan));
    }

    [Fact]
    public void A_lead_in_the_polls_is_no_report()
    {
        Assert.Empty(Reported("The governor holds a narrow lead in the latest statewide polls."));
    }

    [Fact]
    public void An_attribution_inside_the_report_takes_both_sides()
    {
        var text = "Most of the new hires, the manager said, have come from the closed steel plant.";
        var quote = Assert.Single(Reported(text));
        Assert.Equal(2, quote.Content.Count);
        Assert.Equal("Most of the new hires", Slice(text, quote.Content[0]));
        Assert.Equal("have come from the closed steel plant", Slice(text, quote.Content[1]));
        Assert.Equal("the manager", Slice(text, quote.SpeakerSpan));
    }

    [Fact]
    public void A_comment_after_a_medial_attribution_is_not_content()
    {
        var text = "Refugees from the coast will be housed in the old barracks, the minister said, a plan that angered local residents.";
        var quote = Assert.Single(Reported(text));
        Assert.Equal("Refugees from the coast will be housed in the old barracks", quote.Text);
    }

    [Fact]
    public void A_participle_after_a_comma_takes_the_sentence_subject()
    {
        var text = "Senator Ada Moss rejected the offer from Northfield’s council, saying the terms were unfair.";
        var quote = Assert.Single(Reported(text), q => Slice(text, q.Cue) == "saying");
        Assert.Equal("Senator Ada Moss", Slice(text, quote.SpeakerSpan));
    }

    [Fact]
    public void A_time_frame_before_the_cue_is_not_the_speaker()
    {
        var text = "The senator last week said the budget would pass by June.";
        var quote = Assert.Single(Reported(text));
        Assert.Equal("The senator", Slice(text, quote.SpeakerSpan));
    }

    [Fact]
    public void A_report_in_an_opening_subordinate_clause_ends_at_its_comma()
    {
        var text = "While the mayor says the budget is balanced, the council plans to borrow more next year.";
        var quote = Assert.Single(Reported(text), q => Slice(text, q.Cue) == "says");
        Assert.Equal("the budget is balanced", quote.Text);
    }

    [Fact]
    public void An_object_runs_on_through_its_phrases_and_lists()
    {
        var text = "The senator slammed the plan for cutting school meals, bus routes and library hours.";
        var quote = Assert.Single(Reported(text));
        Assert.Equal("the plan for cutting school meals, bus routes and library hours", quote.Text);
    }

    [Fact]
    public void A_dash_aside_inside_the_report_is_kept_and_a_dash_comment_is_not()
    {
        var text = "The chief acknowledged that a rift -- mainly over overtime pay -- still divides the force.";
        var quote = Assert.Single(Reported(text));
        Assert.Equal("a rift -- mainly over overtime pay -- still divides the force", quote.Text);
    }

    [Fact]
    public void Say_after_a_share_or_a_described_group_is_a_verb()
    {
        var text = "Six in 10 say the mayor should resign before the summer.";
        var quote = Assert.Single(Reported(text));
        Assert.Equal("the mayor should resign before the summer", quote.Text);
    }

    [Fact]
    public void A_trailing_cue_with_its_addressee_reports_the_clause_before()
    {
        var text = "The ferry will stop running in March, a port spokesman told The Harbour Gazette.";
        var quote = Assert.Single(Reported(text));
        Assert.Equal("The ferry will stop running in March", quote.Text);
        Assert.Equal("a port spokesman", Slice(text, quote.SpeakerSpan));
    }

    [Fact]
    public void Called_that_names_a_thing_reports_nothing()
    {
        Assert.Empty(Reported("Residents staged a short play called Harbour Lights in the old town hall."));
    }

    [Fact]
    public void Quoted_words_inside_a_reported_clause_are_part_of_the_clause()
    {
        var text = "The rally ran late.\n\nSenator Tom Reyes said “the harbor has never been safe for anyone” during the long storm season.\n";
        var quote = Assert.Single(new ArticleAnalyzer().Analyze(text).Quotes);
        Assert.Contains("during the long storm season", quote.Text);
        Assert.Equal("Tom Reyes", quote.SpeakerName);
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
    }
}
