using BriefingBot.Core.Understanding;

namespace BriefingBot.Core.Tests.Understanding;

/// <summary>The article the project started from (shared/samples), read at test time.</summary>
public class SeedArticleTests
{
    private static readonly Lazy<ArticleAnalysis> Analysis = new(() => new ArticleAnalyzer().Analyze(SharedData.SeedArticleText));

    private static Quote QuoteStarting(string start) =>
        Assert.Single(Analysis.Value.Quotes, q => q.Text.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void Cavusoglu_is_turkeys_foreign_minister_and_says_they_complement_each_other()
    {
        var quote = QuoteStarting("We do not compete");
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("We do not compete with each other in this area, but rather complement each other.", quote.Text);
        Assert.Equal("Mevlut Cavusoglu", quote.SpeakerName);
        Assert.Contains("Turkey", quote.SpeakerRole);
        Assert.Contains("foreign minister", quote.SpeakerRole);
        Assert.Equal("FM Cavusoglu", quote.SpeakerSpan!.Value.Slice(SharedData.SeedArticleText));
    }

    [Fact]
    public void Mammadyarov_has_the_consultations_and_milestone_quotes_word_for_word()
    {
        var quote = QuoteStarting("We held very intensive consultations");
        Assert.Equal("Elmar Mammadyarov", quote.SpeakerName);
        Assert.Equal("Azerbaijan's foreign minister", quote.SpeakerRole);
        Assert.Equal(2, quote.Content.Count);
        var text = SharedData.SeedArticleText;
        Assert.Equal("We held very intensive consultations", quote.Content[0].Slice(text));
        Assert.Equal(
            "This first tripartite meeting is another milestone in our relations. We agreed to increase trade turnover, support each other in international organizations, and intend to intensify cooperation in the defense sphere.",
            quote.Content[1].Slice(text));
    }

    [Fact]
    public void Mammadyarov_proposes_joint_ventures()
    {
        var quote = QuoteStarting("We can create joint ventures");
        Assert.Equal("We can create joint ventures for the production of defense products and develop cooperation in this area in a trilateral format", quote.Text);
        Assert.Equal("Elmar Mammadyarov", quote.SpeakerName);
    }

    [Fact]
    public void Ismayil_told_caspian_news()
    {
        var quote = QuoteStarting("If we take into account");
        Assert.Equal("Elnur Ismayil", quote.SpeakerName);
        Assert.Equal("told", quote.Cue!.Value.Slice(SharedData.SeedArticleText));
        Assert.Contains("BILGESAM", quote.SpeakerRole);
    }

    [Fact]
    public void Hussain_announced_the_jet_purchase_in_reported_speech()
    {
        var quote = QuoteStarting("Azerbaijan will purchase JF-17");
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("Mamnoon Hussain", quote.SpeakerName);
        Assert.Equal("Pakistan's president", quote.SpeakerRole);
        Assert.Equal("announced", quote.Cue!.Value.Slice(SharedData.SeedArticleText));
    }

    [Fact]
    public void Ismayil_says_the_geostrategic_importance_matters_in_reported_speech()
    {
        var quote = QuoteStarting("the geostrategic importance");
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("Elnur Ismayil", quote.SpeakerName);
        Assert.Equal("says", quote.Cue!.Value.Slice(SharedData.SeedArticleText));
    }

    [Fact]
    public void The_people_of_the_article_have_their_roles()
    {
        var people = Analysis.Value.People.ToDictionary(p => p.FullName);
        Assert.Equal("Pakistan's foreign minister", people["Muhammad Asif"].Role);
        Assert.Equal("Turkey's president", people["Recep Tayyip Erdogan"].Role);
        Assert.Equal("Pakistan's president", people["Mamnoon Hussain"].Role);
        Assert.Equal(2, people["Mevlut Cavusoglu"].Mentions.Count);
    }

    [Fact]
    public void The_summary_skips_page_furniture_and_captions()
    {
        var analysis = Analysis.Value;
        Assert.All(analysis.SummarySentenceIndexes, i =>
        {
            var text = analysis.Sentences[i].Text;
            Assert.DoesNotContain("Newsroom logo", text);
            Assert.DoesNotContain("Last update", text);
            Assert.DoesNotContain("Twitter account", text);
        });
        Assert.Contains(analysis.SummarySentences, s => s.Contains("Mammadyarov held meetings", StringComparison.Ordinal));
    }

    [Fact]
    public void The_summary_has_three_sentences_in_article_order()
    {
        var summary = Analysis.Value.SummarySentenceIndexes;
        Assert.Equal(ArticleAnalyzer.DefaultSummarySentences, summary.Count);
        Assert.Equal(summary.Order(), summary);
    }
}
