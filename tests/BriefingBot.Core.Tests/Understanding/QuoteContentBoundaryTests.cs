using BriefingBot.Core.Understanding;
using static BriefingBot.Core.Tests.Understanding.SpanText;

namespace BriefingBot.Core.Tests.Understanding;

/// <summary>
/// Where a quote's content starts and ends: the writer's own words around quoted ones (a comment, a second verb, a
/// second report, a filler, a title) are not what the speaker said.
/// </summary>
public class QuoteContentBoundaryTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static IReadOnlyList<Quote> Quotes(string text) => Analyzer.Analyze(text).Quotes;

    private static string Content(string text, Quote quote) => string.Join(" | ", quote.Content.Select(c => c.Slice(text)));

    private static Quote Holding(string text, string words) =>
        Assert.Single(Quotes(text), q => Content(text, q).Contains(words, StringComparison.Ordinal));

    [Fact]
    public void A_participle_after_the_cue_reports_a_second_statement_of_the_same_speaker()
    {
        var text = "The council met on Monday.\n\n“The harbour needs dredging,” Alma Reyes said, adding that the port is “losing ships to the south every single month.”\n";

        var first = Holding(text, "The harbour needs dredging");
        var second = Holding(text, "losing ships");

        Assert.NotSame(first, second);
        Assert.Single(first.Content);
        Assert.StartsWith("that the port is", Content(text, second), StringComparison.Ordinal);
        Assert.Equal("adding", Slice(text, second.Cue));
        Assert.Equal("Alma Reyes", Slice(text, second.SpeakerSpan));
    }

    [Fact]
    public void A_comment_after_the_quotes_comma_is_not_part_of_the_report()
    {
        var text = "The mayor called her rival a “career spender,” a jab at the budget fights of the last decade.\n";

        var quote = Holding(text, "career spender");

        Assert.DoesNotContain("a jab at", Content(text, quote), StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_quoted_labels_after_commas_stays_one_report()
    {
        var text = "Voss called the senator a “coward,” a “liar” and a “disgrace to the whole state.”\n";

        var quote = Holding(text, "coward");

        Assert.Contains("disgrace to the whole state", Content(text, quote), StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_verb_after_the_quoted_words_is_the_writers()
    {
        var text = "Ortiz called the toll plan “a tax on commuters” and vowing to block it, left the hall early.\n";

        var quote = Holding(text, "a tax on commuters");

        Assert.DoesNotContain("vowing", Content(text, quote), StringComparison.Ordinal);
    }

    [Fact]
    public void And_with_a_participle_after_quoted_words_ends_the_reported_content()
    {
        var text = "Reyes said the state owes the town “a new bridge” over the river and insisting that the money was set aside.\n";

        var quote = Holding(text, "a new bridge");

        Assert.Equal("the state owes the town “a new bridge” over the river", Content(text, quote));
    }

    [Fact]
    public void A_subject_with_its_own_cue_after_an_introductory_participle_opens_the_report()
    {
        var text = "In a statement announcing the vote, the Harbour Pilots Association called Reyes a “champion” for its members.\n";

        var quote = Holding(text, "champion");

        Assert.StartsWith("Reyes a", Content(text, quote), StringComparison.Ordinal);
        Assert.Equal("the Harbour Pilots Association", Slice(text, quote.SpeakerSpan));
    }

    [Fact]
    public void A_long_addressee_before_that_is_not_content()
    {
        var text = "The coach told one of his young assistants on a regular basis that “patience wins titles.”\n";

        var quote = Holding(text, "patience wins titles");

        Assert.DoesNotContain("assistants", Content(text, quote), StringComparison.Ordinal);
    }

    [Fact]
    public void A_quotation_handed_over_by_a_comma_after_a_frame_stays_whole()
    {
        var text = "Reyes said during the debate last week, “That makes me careful,” when her rival attacked her record.\n";

        var quote = Holding(text, "That makes me careful");

        Assert.Equal("That makes me careful", Content(text, quote));
    }

    [Fact]
    public void You_know_between_commas_is_no_report()
    {
        var text = "Tamsin Reed spoke to the crowd.\n\n“The question is why the board, you know, waited until the storm had passed,” Reed said.\n";

        Assert.DoesNotContain(Quotes(text), q => Slice(text, q.SpeakerSpan) == "you");
    }

    [Fact]
    public void A_transcript_turn_quoted_whole_goes_on_in_the_quoted_paragraphs_after_it()
    {
        var text = "Partial transcript as follows:\n\n\"HOST: Will the bridge open on time?\n\n\"MAYOR: Well, the crews have worked through the winter on the deck.\n\n\"And the inspectors signed off on the cables last week, so we are ready.\n\n\"HOST: Thank you, Mayor.\n";

        var turn = Holding(text, "the crews have worked");

        Assert.Equal("MAYOR", Slice(text, turn.SpeakerSpan));
        Assert.Contains(turn.Content, c => c.Slice(text).StartsWith("And the inspectors signed off", StringComparison.Ordinal));
        Assert.DoesNotContain(Quotes(text), q => q.Kind == QuoteKind.Direct && Content(text, q).Contains("inspectors", StringComparison.Ordinal));
    }

    [Fact]
    public void A_transcript_turn_stops_at_a_stage_direction_and_a_follow_label()
    {
        var text = "Partial transcript as follows:\n\n\"MAYOR: The crews have worked through the winter on the deck.\n\n\"(CROSSTALK.)\n\n\"MAYOR: We are ready for the opening day.\n\n\"Follow Nina Park on Twitter @ninapark.\"\n";

        var turn = Holding(text, "The crews have worked");

        Assert.Single(turn.Content);
        Assert.DoesNotContain(Quotes(text), q => Content(text, q).Contains("Follow Nina Park", StringComparison.Ordinal) && q.Content.Count > 1);
    }

    [Fact]
    public void A_short_title_case_quotation_inside_a_sentence_names_a_work_not_words()
    {
        var text = "On Tuesday’s episode of “The Harbour Morning Hour,” the candidate said she wanted to talk about jobs.\n";

        Assert.DoesNotContain(Quotes(text), q => Content(text, q).Contains("Harbour Morning Hour", StringComparison.Ordinal));
    }

    [Fact]
    public void A_follow_on_twitter_sign_off_in_quotation_marks_is_no_quote()
    {
        var text = "The mayor spoke for an hour.\n\n\"Follow Nina Park on Twitter @ninapark for more updates.\"\n";

        Assert.Empty(Quotes(text));
    }
}
