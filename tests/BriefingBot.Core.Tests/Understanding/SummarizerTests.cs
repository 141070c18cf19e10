using BriefingBot.Core.Understanding.Sentences;
using BriefingBot.Core.Understanding.Summaries;

namespace BriefingBot.Core.Tests.Understanding;

public class SummarizerTests
{
    private static readonly string[] Sentences =
    [
        "The central bank raised interest rates to fight inflation.",
        "It was sunny in the capital on Tuesday.",
        "Inflation reached its highest level in a decade, the central bank said.",
        "Economists expect interest rates to rise again as inflation persists.",
        "A local football team won its match.",
    ];

    // A story whose lead is followed by an off-topic aside and a near-copy of the lead.
    private const string Story =
        "Flooding forced thousands of families from their homes in the river valley on Monday, officials said. " +
        "The weather service warned that more heavy rain would fall across the valley this week. " +
        "Flooding forced thousands of families from their homes in the river valley, officials said on Monday. " +
        "Emergency crews opened three shelters in schools and rescued residents trapped by the flood water. " +
        "A local bakery celebrated its fiftieth anniversary with free cakes. " +
        "The river rose two metres above its normal level, the highest in forty years. " +
        "Officials said the clean-up of the valley would take months once the flood water recedes.";

    private static List<string> SentencesOf(string text) => SentenceSplitter.Split(text).Select(s => s.Slice(text)).ToList();

    [Fact]
    public void Picks_the_asked_number_of_distinct_sentences_in_article_order()
    {
        var picked = Summarizer.Select(SentencesOf(Story), 3);
        Assert.Equal(3, picked.Distinct().Count());
        Assert.Equal(picked.Order(), picked);
    }

    [Fact]
    public void Highlights_never_hold_a_sentence_and_its_near_copy()
    {
        for (var count = 2; count <= 5; count++)
        {
            var picked = Summarizer.Select(SentencesOf(Story), count);
            Assert.False(picked.Contains(0) && picked.Contains(2), $"{count} highlights repeat the lead: {string.Join(",", picked)}");
        }
    }

    [Fact]
    public void Tokenized_lowercased_text_gets_the_same_summary_as_the_raw_article()
    {
        var tokenized = Story.ToLowerInvariant().Replace(",", " ,", StringComparison.Ordinal).Replace(".", " .", StringComparison.Ordinal);
        Assert.Equal(Summarizer.Select(SentencesOf(Story), 3), Summarizer.Select(SentencesOf(tokenized), 3));
        Assert.Equal(Summarizer.SelectByRatio(SentencesOf(Story), 0.4), Summarizer.SelectByRatio(SentencesOf(tokenized), 0.4));
    }

    [Fact]
    public void A_headline_that_is_only_the_opening_words_of_the_first_sentence_changes_nothing()
    {
        var sentences = SentencesOf(Story);
        Assert.Equal(Summarizer.Select(sentences, 2), Summarizer.Select(sentences, 2, "Flooding forced thousands of families from their homes…"));
    }

    [Theory]
    [InlineData(10, 0.4, 4)]
    [InlineData(11, 0.4, 5)]
    [InlineData(5, 0.4, 2)]
    [InlineData(2, 0.1, 1)]
    [InlineData(0, 0.4, 0)]
    public void Ratio_means_at_least_that_share_of_sentences_and_at_least_one(int count, double ratio, int expected)
    {
        Assert.Equal(expected, Summarizer.CountForRatio(count, ratio));
    }

    [Fact]
    public void Asking_for_more_sentences_than_there_are_returns_all()
    {
        Assert.Equal([0, 1, 2, 3, 4], Summarizer.Select(Sentences, 9));
    }

    [Fact]
    public void Results_are_deterministic()
    {
        Assert.Equal(Summarizer.SelectByRatio(Sentences, 0.4), Summarizer.SelectByRatio(Sentences, 0.4));
    }

    [Fact]
    public void Both_shipped_models_weigh_every_feature()
    {
        Assert.Equal(SentenceFeatures.Count, SummaryModel.Highlights.Weights.Length);
        Assert.Equal(SentenceFeatures.Count, SummaryModel.Extract.Weights.Length);
        Assert.NotEqual(Redundancy.None, SummaryModel.Highlights.Redundancy);
    }

    [Fact]
    public void A_model_file_missing_a_feature_is_refused_with_its_name()
    {
        var pairs = SentenceFeatures.Names.Skip(1).Select(n => (n, "0"));
        var error = Assert.Throws<InvalidOperationException>(() => SummaryModel.Parse(pairs));
        Assert.Contains(SentenceFeatures.Names[0], error.Message, StringComparison.Ordinal);
    }
}
