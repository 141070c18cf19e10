using BriefingBot.Core.Evaluation;
using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding;
using BriefingBot.Core.Understanding.Quotes.Learned;
using BriefingBot.Core.Understanding.Sentences;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Tests.Understanding;

/// <summary>
/// The learned parts of attribution: the trainer learns from gold it is given (here, articles written for the
/// tests with an invented cue verb), deterministically, and the shipped models attribute what rules leave.
/// </summary>
public class LearnedAttributionTests
{
    // "blorped" is in no cue list: only training can teach it. It reports a clause after "that", and nothing
    // when it takes a plain object.
    private static QuoteModelTrainer.Article Synthetic(int i)
    {
        var reported = $"Engineers from district {i} blorped that the old tunnel was leaking badly.";
        var plain = $" Crews in district {i} blorped the fence on Monday.";
        var text = reported + plain;
        var cue = text.IndexOf("blorped", StringComparison.Ordinal);
        var content = text.IndexOf("that the old", StringComparison.Ordinal);
        return new QuoteModelTrainer.Article(text, [new BratAttributions.Gold([new TextSpan(content, text.IndexOf(" badly", StringComparison.Ordinal) + 6)], [new TextSpan(cue, cue + 7)])]);
    }

    private static CueModel Trained(out string modelText)
    {
        var articles = Enumerable.Range(1, 12).Select(Synthetic).ToList();
        modelText = QuoteModelTrainer.Train(articles).CueModelText;
        return new CueModel(LinearWeights.Parse(modelText.Split('\n')));
    }

    private static (int Start, int End)? Decide(CueModel model, string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var cue = tokens.FindIndex(t => t.Text == "blorped");
        return model.Decide(tokens, cue, 0, tokens.Count);
    }

    [Fact]
    public void The_cue_model_learns_an_unknown_cue_from_gold_and_where_its_content_lies()
    {
        var model = Trained(out _);
        var text = "Inspectors blorped that the new bridge was sinking slowly.";
        var tokens = Tokenizer.Tokenize(text);
        var found = Decide(model, text);
        Assert.NotNull(found);
        Assert.Equal("that the new bridge was sinking slowly", TextOf(text, tokens, found.Value));
    }

    [Fact]
    public void The_cue_model_learns_when_the_same_word_reports_nothing()
    {
        var model = Trained(out _);
        Assert.Null(Decide(model, "Workers blorped the gate on Friday."));
    }

    [Fact]
    public void Training_is_deterministic()
    {
        Trained(out var first);
        Trained(out var second);
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_word_the_training_never_used_as_a_cue_is_no_candidate()
    {
        var model = Trained(out _);
        Assert.True(model.IsCandidate(Tokenizer.Tokenize("blorped")[0]));
        Assert.False(model.IsCandidate(Tokenizer.Tokenize("repaired")[0]));
    }

    [Fact]
    public void The_shipped_models_are_embedded_and_not_empty()
    {
        Assert.True(FragmentModel.Shipped.Count > 100);
        Assert.True(CueModel.Shipped.IsCandidate(Tokenizer.Tokenize("acknowledged")[0]));
    }

    [Fact]
    public void A_quoted_fragment_inside_an_urging_is_the_speakers_words()
    {
        var text = "Governor Ann Price urged her supporters to make sure the count is “on the up and up.”";
        var quote = Assert.Single(new ArticleAnalyzer().Analyze(text).Quotes, q => q.Text.Contains("up and up", StringComparison.Ordinal));
        Assert.Equal("Ann Price", quote.SpeakerName);
        Assert.True(quote.Text.Length > "on the up and up.".Length, quote.Text);
    }

    [Theory]
    [InlineData("acknowledged")]
    [InlineData("He acknowledged")]
    [InlineData("He acknowledged that")]
    [InlineData("“")]
    [InlineData("“”")]
    [InlineData("as “x”")]
    [InlineData("Reid pounded Trump as “")]
    [InlineData("She urged them to be “careful")]
    [InlineData("'' '' ''")]
    [InlineData("\n\n“A,” he\n")]
    public void Reports_cut_off_at_the_edges_of_a_text_do_not_break_the_analysis(string text)
    {
        var analysis = new ArticleAnalyzer().Analyze(text);
        Assert.All(analysis.Quotes, q => Assert.All(q.Content, c => Assert.True(c.Start >= 0 && c.End <= text.Length && c.Start <= c.End)));
    }

    private static string TextOf(string text, List<Token> tokens, (int Start, int End) span) =>
        text[tokens[span.Start].Start..tokens[span.End - 1].End];
}
