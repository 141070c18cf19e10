using BriefingBot.Core.Understanding;

namespace BriefingBot.Core.Tests.Understanding;

public class ArticleAnalyzerTests
{
    [Fact]
    public void An_analysis_records_the_pipeline_version_that_made_it()
    {
        var analyzer = new ArticleAnalyzer();

        Assert.Equal(analyzer.Version, analyzer.Analyze("A sentence.").PipelineVersion);
    }

    [Fact]
    public void Analysis_is_deterministic()
    {
        var text = SharedData.SeedArticleText;
        var a = new ArticleAnalyzer().Analyze(text);
        var b = new ArticleAnalyzer().Analyze(text);
        Assert.Equal(Core.Evaluation.AttributionExport.ToJson(a), Core.Evaluation.AttributionExport.ToJson(b));
        Assert.Equal(a.SummarySentenceIndexes, b.SummarySentenceIndexes);
        Assert.Equal(a.People.Select(p => (p.Id, p.FullName, p.Role)), b.People.Select(p => (p.Id, p.FullName, p.Role)));
    }

    [Fact]
    public void Every_span_points_into_the_text()
    {
        var text = SharedData.SeedArticleText;
        var analysis = new ArticleAnalyzer().Analyze(text);
        Assert.All(analysis.Sentences, s => Assert.Equal(s.Text, s.Span.Slice(text)));
        Assert.All(analysis.Quotes, q =>
        {
            // Text keeps every piece's words in order; only the joins between pieces are its own.
            var at = 0;
            foreach (var piece in q.Content.Select(c => c.Slice(text)))
            {
                var found = q.Text.IndexOf(piece, at, StringComparison.Ordinal);
                Assert.True(found == at || (at > 0 && found > at && found - at <= 3), $"'{piece}' out of place in '{q.Text}'");
                at = found + piece.Length;
            }

            Assert.Equal(q.Text.Length, at);
            Assert.True(q.SpeakerSpan is null || q.SpeakerSpan.Value.End <= text.Length);
        });
    }

    [Fact]
    public void Empty_text_gives_an_empty_analysis()
    {
        var analysis = new ArticleAnalyzer().Analyze(string.Empty);
        Assert.Empty(analysis.Sentences);
        Assert.Empty(analysis.Quotes);
        Assert.Empty(analysis.SummarySentenceIndexes);
    }

    [Theory]
    [InlineData("says the new policy will work well for everyone.")]
    [InlineData("\"")]
    [InlineData("“")]
    [InlineData("''")]
    [InlineData("said")]
    [InlineData("\n\n\n")]
    [InlineData("A. B. C.")]
    [InlineData("\"Unclosed quote that runs on and on without an end")]
    [InlineData("according to")]
    [InlineData("TAPPER:")]
    [InlineData("he said, \"")]
    [InlineData("( cnn ) -- the president said tuesday that `` we will not back down '' .")]
    public void Odd_text_is_analysed_without_failing(string text)
    {
        var analysis = new ArticleAnalyzer().Analyze(text);
        Assert.All(analysis.Quotes, q => Assert.All(q.Content, c => Assert.InRange(c.End, c.Start, text.Length)));
    }
}
