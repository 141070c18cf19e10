using BriefingBot.Core.Understanding;
using static BriefingBot.Core.Tests.Understanding.SpanText;

namespace BriefingBot.Core.Tests.Understanding;

/// <summary>Looser speaker frames around direct quotes: described speakers, hand-over verbs and colons.</summary>
public class DirectQuoteFrameTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

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

    [Fact]
    public void A_quote_resumed_after_a_long_attribution_is_one_quote_in_two_pieces()
    {
        var text = "“The danger,” said Ann Holt, an economist who runs the forecast at the state university, “is that prices keep rising.”";
        var quote = DirectQuote(text);
        Assert.Equal(2, quote.Content.Count);
        Assert.Equal("Ann Holt, an economist who runs the forecast at the state university", Slice(text, quote.SpeakerSpan));
    }

    [Fact]
    public void A_second_cue_between_two_quotes_starts_a_second_quote()
    {
        var text = "“Hold on to the rail,” Ms. Bly said to the crowd, before asking, “Who is ready for the ride?”";
        Assert.Equal(2, Analyzer.Analyze(text).Quotes.Count(q => q.Kind == QuoteKind.Direct));
    }

    [Fact]
    public void A_one_word_quote_with_a_cue_after_it_is_said_not_a_title()
    {
        var text = "Voters named their top worry.\n\n“Safety,” said Gus Arden, a retired teacher. “Safety for the whole town, every night.”\n";
        var quote = DirectQuote(text);
        Assert.Equal(2, quote.Content.Count);
        Assert.StartsWith("Gus Arden", Slice(text, quote.SpeakerSpan), StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_inside_a_sentence_stays_a_title_even_before_a_cue()
    {
        var text = "In an interview on the show “Meet the Press,” Senator Ray Dunn said the vote was close.";
        Assert.DoesNotContain(Analyzer.Analyze(text).Quotes, q => q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void An_opening_mark_typed_as_a_closing_one_still_closes_the_quote()
    {
        var text = "“Apparently not,“ he said. “A leopard does not change its spots.”";
        var quote = DirectQuote(text);
        Assert.Equal("he", Slice(text, quote.SpeakerSpan));
        Assert.Equal("Apparently not", Slice(text, quote.Content[0]));
    }

    [Fact]
    public void A_described_speaker_with_a_name_in_commas_speaks_the_quote()
    {
        var text = "“He had it coming,” the driver, Max Toller, told the local paper.";
        Assert.Equal("the driver, Max Toller", Slice(text, DirectQuote(text).SpeakerSpan));
    }

    [Fact]
    public void A_capitalised_attribution_after_a_full_stop_reports_the_next_sentence()
    {
        var text = "Mr. Lund spoke first. “Our jobs are leaving this valley for good.” He said, twice, that he would fight the closure.";
        Assert.DoesNotContain(Analyzer.Analyze(text).Quotes, q => q.Kind == QuoteKind.Direct && Slice(text, q.SpeakerSpan) == "He");
    }

    [Fact]
    public void A_capitalised_cue_word_inside_a_name_stays_in_the_speaker()
    {
        var text = "“We will not pay for this wall,” said the United States of Ruritania.";
        Assert.StartsWith("the United States", Slice(text, DirectQuote(text).SpeakerSpan), StringComparison.Ordinal);
    }

    [Fact]
    public void Lower_case_modifiers_lead_on_to_the_speaker_noun()
    {
        var text = "“The count is not over yet,” said the Democratic presidential candidate.";
        Assert.Equal("the Democratic presidential candidate", Slice(text, DirectQuote(text).SpeakerSpan));
    }

    [Fact]
    public void A_long_quote_finishing_a_reported_clause_is_a_mixed_quote_of_the_cue_subject()
    {
        var text = "The mayor spoke on Monday. He said the harbor plan “is a question of when, not of if, for this town.”";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes, q => q.Text.Contains("harbor", StringComparison.Ordinal));
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Equal("He", Slice(text, quote.SpeakerSpan));
        Assert.StartsWith("the harbor plan", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_outermost_report_owns_a_quote_in_a_nested_clause()
    {
        var text = "Dana Ditto said she expects the campaign “to keep calling out every example of bias we find.”";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("Dana Ditto", Slice(text, quote.SpeakerSpan));
    }

    [Fact]
    public void A_name_before_a_verb_phrase_and_colon_speaks_the_quote_after_a_long_lead_in()
    {
        var text = "When the rival said the town would sue over the old deal, Ms. Vale fired back forcefully: “If they sue us, they are going to lose.”";
        Assert.Equal("Ms. Vale", Slice(text, DirectQuote(text).SpeakerSpan));
    }

    [Fact]
    public void A_cue_that_hands_over_with_a_colon_belongs_to_the_next_quote()
    {
        var text = "After Dr. Ames said some students might do better at “smaller schools,” Mr. Reed said: “I do not like what he said, not at all.”";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes, q => q.Text.Contains("not at all", StringComparison.Ordinal));
        Assert.Single(quote.Content);
        Assert.Equal("Mr. Reed", Slice(text, quote.SpeakerSpan));
    }

    [Fact]
    public void A_reported_clause_runs_over_further_quoted_words_to_the_sentence_end()
    {
        var text = "He said the senator had been “a very important part of the whole caucus,” and that members would “lean on him” next year.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.EndsWith("next year", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subject_whose_verb_hands_over_with_a_comma_speaks_the_quote()
    {
        var text = "Mr. Pell joked, again using a thick Southern accent, “Come on up and get your ticket, friends!”";
        Assert.Equal("Mr. Pell", Slice(text, DirectQuote(text).SpeakerSpan));
    }

    [Fact]
    public void A_name_and_comma_without_a_verb_do_not_speak_the_quote()
    {
        var text = "Ms. Orr, “the best candidate we have had in a long time and a friend to all of us,” won easily.";
        Assert.DoesNotContain(Analyzer.Analyze(text).Quotes, q => Slice(text, q.SpeakerSpan) == "Ms. Orr");
    }

    [Fact]
    public void A_trailing_attribution_credits_the_whole_sentence_around_a_quoted_phrase()
    {
        var text = "Ticket sales were “flat for about a month” while fans waited for news, the manager said.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("the manager", Slice(text, quote.SpeakerSpan));
        Assert.StartsWith("Ticket sales were", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_participle_clause_after_the_speaker_is_not_part_of_the_source()
    {
        var text = "“We will open the schools on time,” said Mayor Lin Park, speaking on the morning radio show.";
        Assert.Equal("Mayor Lin Park", Slice(text, DirectQuote(text).SpeakerSpan));
    }

    [Fact]
    public void A_time_word_after_a_described_speaker_is_not_part_of_the_source()
    {
        var text = "“The bridge will not reopen this year,” said one longtime engineer Thursday.";
        Assert.Equal("one longtime engineer", Slice(text, DirectQuote(text).SpeakerSpan));
    }

    [Fact]
    public void The_sentence_subject_does_a_second_verb_after_and()
    {
        var text = "Nora Quill was joined on stage by Mayor Ed Banks and joked, “You are all being far too serious tonight.”";
        Assert.Equal("Nora Quill", Slice(text, DirectQuote(text).SpeakerSpan));
    }

    [Fact]
    public void A_speaker_who_went_on_speaks_the_quote()
    {
        var text = "The host asked again.\n\n“You know, it happens to everyone, right?” Mr. Dole went on.\n";
        Assert.Equal("Mr. Dole", Slice(text, DirectQuote(text).SpeakerSpan));
    }

    [Fact]
    public void A_name_after_a_dash_and_before_a_colon_speaks_the_quote()
    {
        var text = "Turnout has been the story of the month - Lea Moss: “Two weeks ago the young voters stayed home, and now they are back.”";
        Assert.Equal("Lea Moss", Slice(text, DirectQuote(text).SpeakerSpan));
    }

    [Fact]
    public void The_source_after_from_speaks_the_quote_it_hands_over()
    {
        var text = "Not all panels are equal. From the report: “Samples with longer field periods produced more accurate results.”";
        Assert.Equal("the report", Slice(text, DirectQuote(text).SpeakerSpan));
    }

    [Fact]
    public void An_abbreviated_place_in_the_appositive_does_not_end_the_attribution()
    {
        var text = "“I would have been sitting in a cell for a long time,” Mr. Dall, now retired in Cambridge, Mass., said on Monday.";
        Assert.StartsWith("Mr. Dall", Slice(text, DirectQuote(text).SpeakerSpan), StringComparison.Ordinal);
    }

    [Fact]
    public void A_plural_speaker_with_a_base_form_cue_speaks_the_quote()
    {
        var text = "“The attacks show that many oppose any newcomers, even legal ones,” the two authors conclude.";
        Assert.Equal("the two authors", Slice(text, DirectQuote(text).SpeakerSpan));
    }

    [Fact]
    public void A_quote_after_a_colon_is_whole_even_with_its_own_attribution()
    {
        var text = "Mr. Vance said the town had lost its way: “This is no longer the town I knew,” he claimed.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes, q => q.Text.Contains("no longer", StringComparison.Ordinal));
        Assert.Equal("This is no longer the town I knew", quote.Text);
    }

    [Fact]
    public void An_attribution_set_off_by_commas_closes_a_quoted_clause_before_a_later_quote()
    {
        var text = "“This is not right,” Ms. Vale said. “You squeezed the workers to the limit” to lift the share price, she said, citing the “sales push” at the branches.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes, q => q.Text.Contains("squeezed", StringComparison.Ordinal));
        Assert.Equal("she", Slice(text, quote.SpeakerSpan));
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.EndsWith("share price", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_after_a_comma_frame_is_not_widened_to_the_sentence()
    {
        var text = "As for cost, “closing the loopholes will take a certain amount of work,” said Mr. Kamin.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("closing the loopholes will take a certain amount of work", quote.Text);
    }
    [Fact]
    public void A_name_with_a_party_tag_and_an_appositive_before_the_cue_speaks_the_quote()
    {
        var text = "“Nobody here has seen the budget for next year,” Rep. Dana Morrow (D-Ore.), a committee member, said in an interview.";
        Assert.Equal("Rep. Dana Morrow (D-Ore.), a committee member", Slice(text, DirectQuote(text).SpeakerSpan));
    }

    [Fact]
    public void A_speaker_no_tight_pattern_reads_after_the_cue_still_speaks_the_quote()
    {
        var text = "“The plan will not hold up in court, not for a day,” said 4/20 organizer Lena Torres.";
        var quote = DirectQuote(text);
        Assert.Equal("4/20 organizer Lena Torres", Slice(text, quote.SpeakerSpan));
        Assert.Equal("said", Slice(text, quote.Cue));
    }

    [Fact]
    public void A_clause_after_the_quote_without_a_cue_names_no_speaker()
    {
        var text = "“The plan will not hold up in court, not for a day,” Lena Torres and her friends walked out of the hall.";
        Assert.All(Analyzer.Analyze(text).Quotes, q => Assert.NotEqual("Lena Torres and her friends", Slice(text, q.SpeakerSpan)));
    }

    [Fact]
    public void A_long_quotation_inside_a_sentence_is_spoken_by_the_verb_subject_before_it()
    {
        var text = "The mayor spoke twice this week. In a radio interview, Mayor Ruth Calder attacked “the reckless spending of a council that answers to nobody at all.”";
        var quote = DirectQuote(text);
        Assert.Equal("Mayor Ruth Calder", Slice(text, quote.SpeakerSpan));
        Assert.Equal("attacked", Slice(text, quote.Cue));
    }

    [Fact]
    public void A_frame_before_the_speaker_is_not_said_when_the_quote_opens_its_own_sentence()
    {
        var text = "Asked about the budget during the debate, Mayor Ann Lee said, \u201cWe will not raise taxes this year.\u201d";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes, q => q.SpeakerSpan is not null);
        Assert.Single(quote.Content);
        Assert.Contains("We will not raise taxes", Slice(text, quote.Content[0]), StringComparison.Ordinal);
        Assert.DoesNotContain("Asked", Slice(text, quote.Content[0]), StringComparison.Ordinal);
        Assert.Equal("Mayor Ann Lee", Slice(text, quote.SpeakerSpan));
    }
}
