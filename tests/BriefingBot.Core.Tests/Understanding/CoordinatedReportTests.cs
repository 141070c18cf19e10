using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding;
using BriefingBot.Core.Understanding.Quotes;
using BriefingBot.Core.Understanding.Tokens;
using static BriefingBot.Core.Tests.Understanding.SpanText;

namespace BriefingBot.Core.Tests.Understanding;

/// <summary>Rules that run over all found attributions: coordinated reports, objects taken "as" something, possessive reporting nouns.</summary>
public class CoordinatedReportTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static List<Attribution> Split(string text, string content, string speaker)
    {
        var tokens = Tokenizer.Tokenize(text);
        var c = text.IndexOf(content, StringComparison.Ordinal);
        var s = text.IndexOf(speaker, StringComparison.Ordinal);
        var attributions = new List<Attribution> { new(QuoteKind.Mixed, [new TextSpan(c, c + content.Length)], null, new TextSpan(s, s + speaker.Length)) };
        CoordinatedReport.Split(tokens, attributions);
        return attributions;
    }

    [Fact]
    public void A_second_reporting_verb_after_and_starts_a_second_report_by_the_same_speaker()
    {
        var text = "Trump said that Machado was “disgusting” and “a con” and urged Americans to “check out” her old interviews.";
        var found = Split(text, "that Machado was “disgusting” and “a con” and urged Americans to “check out” her old interviews", "Trump");
        Assert.Equal(2, found.Count);
        Assert.Equal("that Machado was “disgusting” and “a con”", Slice(text, found[0].Content[0]));
        Assert.Equal("to “check out” her old interviews", Slice(text, found[1].Content[0]));
        Assert.Equal("urged", Slice(text, found[1].Cue));
        Assert.Equal("Trump", Slice(text, found[1].Speaker));
    }

    [Fact]
    public void A_pronoun_after_but_speaks_the_second_report()
    {
        var text = "The review found that the claim was true in every respect, but they argued that the numbers misled readers.";
        var found = Split(text, "that the claim was true in every respect, but they argued that the numbers misled readers", "The review");
        Assert.Equal(2, found.Count);
        Assert.Equal("that the claim was true in every respect", Slice(text, found[0].Content[0]));
        Assert.Equal("that the numbers misled readers", Slice(text, found[1].Content[0]));
        Assert.Equal("they", Slice(text, found[1].Speaker));
    }

    [Fact]
    public void And_inside_quotation_marks_or_before_a_plain_verb_splits_nothing()
    {
        var text = "The mayor said the budget was “fair and argued over for months” and would pass in May.";
        Assert.Single(Split(text, "the budget was “fair and argued over for months” and would pass in May", "The mayor"));
    }

    [Fact]
    public void A_cue_joined_by_and_to_a_report_shares_its_speaker()
    {
        var text = "The senator said the deficit was a disaster in every way and warned voters that the cuts would hurt schools.";
        var warned = Assert.Single(Analyzer.Analyze(text).Quotes, q => Slice(text, q.Cue) == "warned");
        Assert.Equal("The senator", Slice(text, warned.SpeakerSpan));
    }
    [Fact]
    public void An_object_taken_as_something_runs_on_through_the_as()
    {
        var text = "Clinton cited the remarks Trump had made about the pageant winner as examples of his disrespect for women.";
        var cited = Assert.Single(Analyzer.Analyze(text).Quotes, q => Slice(text, q.Cue) == "cited");
        Assert.Equal("the remarks Trump had made about the pageant winner as examples of his disrespect for women", Slice(text, cited.Content[^1]));
    }
    [Fact]
    public void A_reporting_noun_with_a_possessive_names_the_speaker_of_its_that_clause()
    {
        var text = "The fact-checkers seized on Mayor Ruth Calder’s claim that there have been “thousands of complaints” about the buses this year.";
        var claim = Assert.Single(Analyzer.Analyze(text).Quotes, q => Slice(text, q.Content[0]).StartsWith("that there have been", StringComparison.Ordinal));
        Assert.Equal("Mayor Ruth Calder’s", Slice(text, claim.SpeakerSpan));
        Assert.Equal("claim", Slice(text, claim.Cue));
    }
}
