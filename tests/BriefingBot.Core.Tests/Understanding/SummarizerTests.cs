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

    [Fact]
    public void Picks_the_central_sentences_in_article_order()
    {
        var picked = Summarizer.Select(Sentences, 3);
        Assert.Equal([0, 2, 3], picked);
    }

    [Theory]
    [InlineData(10, 0.4, 4)]
    [InlineData(5, 0.4, 2)]
    [InlineData(2, 0.1, 1)]
    [InlineData(0, 0.4, 0)]
    public void Ratio_means_rounded_share_of_sentences_and_at_least_one(int count, double ratio, int expected)
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
}
