using BriefingBot.Core.Evaluation;
using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding;
using BriefingBot.Core.Understanding.Quotes;
using BriefingBot.Core.Understanding.Quotes.Learned;
using BriefingBot.Core.Understanding.Sentences;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Tests.Understanding;

/// <summary>
/// The learned speaker of a quotation: its candidates, what the trainer learns from gold it is given (articles
/// written for the tests, where the speaker is the subject of the sentence before a quotation no rule frames),
/// and what the shipped model does with quotations the rules leave without a speaker or give a poor one.
/// </summary>
public class SpeakerModelTests
{
    private static readonly string[] Subjects = ["Mayor Lena Ortiz", "Judge Omar Haddad", "Senator Ruth Kline", "Chief Alma Reyes", "Director Paul Brandt", "Governor Ines Varga"];
    private static readonly string[] Objects = ["Tom Felder", "Nora Quist", "Hal Dempsey", "Ivy Marsh", "Carl Jessup", "Una Petrov"];

    // "blorped" is in no cue list, and the quotation opens its own sentence: no rule names its speaker.
    private static QuoteModelTrainer.Article Synthetic(int i)
    {
        var subject = Subjects[i % Subjects.Length];
        var text = $"{subject} blorped at {Objects[(i + 1) % Objects.Length]} on day {i}. “The old tunnel in district {i} is leaking and nobody will fix it.”";
        var source = text.IndexOf(subject, StringComparison.Ordinal);
        var content = text.IndexOf('“', StringComparison.Ordinal);
        return new QuoteModelTrainer.Article(text, [new BratAttributions.Gold([new TextSpan(content, text.Length)], []) { Source = [new TextSpan(source, source + subject.Length)] }]);
    }

    private static SpeakerModel Trained(out string modelText)
    {
        var articles = Enumerable.Range(0, 24).Select(Synthetic).ToList();
        modelText = QuoteModelTrainer.Train(articles).SpeakerModelText;
        return new SpeakerModel(LinearWeights.Parse(modelText.Split('\n')));
    }

    private static string? SpeakerOf(string text, string quoted, SpeakerModel? model)
    {
        var (_, attributions) = AttributionFinder.Find(text, SentenceSplitter.Split(text), null, null, model);
        var a = Assert.Single(attributions, a => a.Content.Any(c => text[c.Start..c.End].Contains(quoted, StringComparison.Ordinal)));
        return a.Speaker is { } s ? text[s.Start..s.End] : null;
    }

    [Fact]
    public void The_speaker_model_learns_from_gold_that_the_subject_before_an_unframed_quotation_said_it()
    {
        var text = "Warden Ada Linde blorped at Rob Castel on Friday. “The water in the north wing is rising and the pumps have failed.”";
        Assert.Null(SpeakerOf(text, "pumps have failed", null));
        Assert.Equal("Warden Ada Linde", SpeakerOf(text, "pumps have failed", Trained(out _)));
    }

    [Fact]
    public void Speaker_model_training_is_deterministic()
    {
        Trained(out var first);
        Trained(out var second);
        Assert.Equal(first, second);
        Assert.Contains("s.pos=P", first, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_speaker_model_changes_nothing_it_has_no_evidence_for()
    {
        var text = "“We will reopen the bridge next week,” said Mara Quill, the city engineer.";
        Assert.Equal("Mara Quill, the city engineer", SpeakerOf(text, "reopen the bridge", null));
        var empty = new SpeakerModel(LinearWeights.Parse(["# nothing learned"]));
        Assert.Equal("Mara Quill, the city engineer", SpeakerOf(text, "reopen the bridge", empty));
    }

    [Fact]
    public void The_speaker_model_keeps_the_rules_speaker_rather_than_dropping_it()
    {
        var text = "The fact-checkers seized on Mayor Ruth Calder’s claim that there have been “thousands of complaints” about the buses this year.";
        var claim = Assert.Single(new ArticleAnalyzer().Analyze(text).Quotes, q => q.Text.StartsWith("that there have been", StringComparison.Ordinal));
        Assert.Equal("Mayor Ruth Calder’s", text[claim.SpeakerSpan!.Value.Start..claim.SpeakerSpan.Value.End]);
    }

    [Fact]
    public void A_quotation_alone_in_its_paragraph_takes_the_speaker_of_the_report_before_it()
    {
        var text = "Mayor Lena Ortiz said the bridge would close in May.\n\n“We have no other choice, and the engineers agree with us and with the council.”\n";
        var quote = Assert.Single(new ArticleAnalyzer().Analyze(text).Quotes, q => q.Text.StartsWith("We have no other choice", StringComparison.Ordinal));
        Assert.Equal("Mayor Lena Ortiz", text[quote.SpeakerSpan!.Value.Start..quote.SpeakerSpan.Value.End]);
    }

    [Fact]
    public void A_source_introduced_by_according_to_and_a_comma_speaks_the_quotation()
    {
        var text = "The host was blunt on Tuesday.\n\nAccording to Dale Renner, “the moderators should stay out of it and let the two of them argue.”\n";
        var quote = Assert.Single(new ArticleAnalyzer().Analyze(text).Quotes, q => q.Text.Contains("moderators", StringComparison.Ordinal));
        Assert.Equal("Dale Renner", text[quote.SpeakerSpan!.Value.Start..quote.SpeakerSpan.Value.End]);
    }

    [Fact]
    public void Candidates_are_pronouns_names_with_titles_and_speaker_nouns_outside_quotation_marks_nearest_first()
    {
        var text = "Sen. Dana Holt met the spokesman. He said: “Officials in Tulsa never called back.”";
        var sentences = SentenceSplitter.Split(text);
        var found = AttributionFinder.FindAll(text, sentences, null, null, null);
        var quote = Assert.Single(found.Attributions, a => text[a.Content[0].Start..a.Content[0].End].Contains("never called", StringComparison.Ordinal));
        var site = SpeakerCandidates.Site(found.Tokens, found.SentenceOfToken, SpeakerCandidates.QuotedTokens(found.Tokens, found.Quoted), quote);
        var candidates = new List<(int Start, int End)>();
        SpeakerCandidates.Find(site, quote.Content, candidates);
        var texts = candidates.Select(c => text[found.Tokens[c.Start].Start..found.Tokens[c.End - 1].End]).ToList();
        Assert.Equal(["He", "the spokesman", "Sen. Dana Holt"], texts);
        Assert.DoesNotContain("Officials", texts);
    }

    [Fact]
    public void The_shipped_model_names_who_agreed_before_an_unframed_quotation()
    {
        var text = "Rural voters are restless, pollsters say.\n\nState University's Dana Bright agreed. “Mainstream Republicans are running out of time to find an alternative to the front-runner.”";
        var quote = Assert.Single(new ArticleAnalyzer().Analyze(text).Quotes, q => q.Text.Contains("running out of time", StringComparison.Ordinal));
        Assert.Equal("Dana Bright", quote.SpeakerName);
    }

    [Fact]
    public void The_shipped_model_keeps_the_speaker_a_plain_frame_names()
    {
        var text = "The council met on Monday.\n\n“We will reopen the bridge next week,” said Mara Quill, the city engineer. “The repairs are done.”";
        var quote = Assert.Single(new ArticleAnalyzer().Analyze(text).Quotes, q => q.Text.Contains("reopen the bridge", StringComparison.Ordinal));
        Assert.Equal("Mara Quill", quote.SpeakerName);
    }

    [Fact]
    public void The_shipped_speaker_model_is_embedded_and_not_empty()
    {
        var weights = LinearWeights.Embedded(SpeakerModel.ResourceName);
        Assert.True(weights.Count > 100);
        Assert.Contains("s.none|rule=True", weights.Keys);
    }
}
