using BriefingBot.Core.Understanding;
using static BriefingBot.Core.Tests.Understanding.SpanText;

namespace BriefingBot.Core.Tests.Understanding;

/// <summary>House styles of quoting that the attribution rules must read.</summary>
public class QuoteStyleTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public void A_byline_after_a_quote_names_the_speaker()
    {
        var text = "Readers wrote in.\n\n“The debate changed my mind about the whole race.” ― Maria Gomez\n";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("Maria Gomez", quote.SpeakerName);
        Assert.Null(quote.Cue);
    }

    [Fact]
    public void A_quote_running_over_paragraphs_is_one_quote()
    {
        var text = "Lena Park said: “The first round went well for all of us.\n\n“The second round will be harder, and we know it.”\n";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal(2, quote.Content.Count);
        Assert.Equal("Lena Park", quote.SpeakerName);
        Assert.EndsWith("we know it.", quote.Text);
    }

    [Fact]
    public void Two_apostrophes_quote_like_double_quotation_marks()
    {
        var text = "''This plan is not tax reform at all,'' said Douglas Holtz-Eakin.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("This plan is not tax reform at all", quote.Text);
        Assert.Equal("Douglas Holtz-Eakin", quote.SpeakerName);
    }

    [Fact]
    public void A_transcript_turn_is_spoken_by_the_name_before_the_colon()
    {
        var text = "Partial transcript as follows:\n\nTAPPER: Do you think he has campaigned as a healer?\n\nFALLIN: I think he is trying to.\n";
        var quotes = Analyzer.Analyze(text).Quotes.Where(q => Slice(text, q.Cue) == ":").ToList();
        Assert.Equal(["TAPPER", "FALLIN"], quotes.Select(q => Slice(text, q.SpeakerSpan)));
        Assert.Equal("Do you think he has campaigned as a healer?", quotes[0].Text);
    }

    [Theory]
    [InlineData("Dale Wynn on School Funding: The Cuts Are 'Reckless.'\n\nThe governor spoke on Monday.\n", "Dale Wynn", "The Cuts Are 'Reckless.'")]
    [InlineData("A lesson from Mara Quill: 'Listen before you rule.'\n\nThe judge retired on Friday.\n", "Mara Quill", "'Listen before you rule.'")]
    [InlineData("Tom Reyes Scolds Harbor Board Chief: ‘You Failed This Town.’\n\nThe hearing ran long.\n", "Tom Reyes Scolds Harbor Board Chief", "‘You Failed This Town.’")]
    public void A_headline_label_before_a_colon_speaks_the_quotation_after_it(string text, string speaker, string content)
    {
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes, q => Slice(text, q.Cue) == ":");
        Assert.Equal(speaker, Slice(text, quote.SpeakerSpan));
        Assert.Equal(content, Slice(text, quote.Content[0]));
    }

    [Fact]
    public void A_headline_label_without_a_quotation_after_it_is_no_speaker()
    {
        var text = "Budget Talks in Ohio on Tuesday: What Comes Next for the City\n\nThe council met.\n";
        Assert.DoesNotContain(Analyzer.Analyze(text).Quotes, q => Slice(text, q.Cue) == ":");
    }

    [Fact]
    public void A_headline_quotation_ends_before_a_closing_semicolon()
    {
        var text = "Wynn: Ortiz's plan is 'simply wrong'; \nThe governor spoke on Monday.\n";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes, q => Slice(text, q.Cue) == ":");
        Assert.Equal("Ortiz's plan is 'simply wrong'", Slice(text, quote.Content[0]));
    }

    [Fact]
    public void A_quotation_after_a_report_in_the_same_paragraph_goes_on_with_its_speaker()
    {
        var text = "Mayor Lena Ortiz said the bridge would close in May. “We have no other choice, and the engineers agree with us.”\n";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal("Lena Ortiz", quote.SpeakerName);
    }

    [Fact]
    public void A_poll_share_can_be_the_source()
    {
        var text = "Around that time, 47 percent said they would vote for the senator.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("47 percent", Slice(text, quote.SpeakerSpan));
        Assert.Equal("they would vote for the senator", quote.Text);
    }

    [Fact]
    public void A_title_in_quotation_marks_is_not_a_quote()
    {
        var text = "He appeared on \"Morning Joe,\" Sanders said.";
        Assert.DoesNotContain(Analyzer.Analyze(text).Quotes, q => q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void A_quote_that_ends_its_sentence_does_not_take_the_next_sentences_subject()
    {
        var text = "Clinton says the tweets are “unhinged, even for him.” She says it shows he is unfit for office.";
        var quotes = Analyzer.Analyze(text).Quotes;
        Assert.DoesNotContain(quotes, q => q.Kind == QuoteKind.Direct && Slice(text, q.SpeakerSpan) == "She");
        Assert.Contains(quotes, q => q.Text == "it shows he is unfit for office");
    }

    [Fact]
    public void A_headline_reports_speech_in_title_case()
    {
        var text = "Obama Says New Museum Will Tell the Story of Suffering and Delight\n\nThe museum opened on Saturday.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("Obama", quote.SpeakerName);
        Assert.Equal("New Museum Will Tell the Story of Suffering and Delight", quote.Text);
    }

    [Fact]
    public void Reported_content_stops_at_a_comment_on_it()
    {
        var text = "Fowler said he expects Clinton to recover from pneumonia, which forced her to leave an event early.";
        var quote = Assert.Single(Analyzer.Analyze(text).Quotes);
        Assert.Equal("he expects Clinton to recover from pneumonia", quote.Text);
    }
}
