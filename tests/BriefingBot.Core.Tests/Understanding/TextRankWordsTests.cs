using BriefingBot.Core.Understanding.Summaries;

namespace BriefingBot.Core.Tests.Understanding;

public class TextRankWordsTests
{
    private static readonly string[] Sentences =
    [
        "Officials said the year was hard.",
        "Traders said the year ended well.",
        "Rain fell on the coast.",
    ];

    [Fact]
    public void TextRank_compares_news_staples_and_drops_only_function_words()
    {
        var document = SummaryDocument.Build(Sentences, title: null);

        // officials, said, year, hard: "the" and "was" are function words.
        Assert.Equal(4, document.RankWords[0].Length);

        // The summary's content words also leave out "said" and "year".
        Assert.Equal(2, document.Content[0].Length);
    }

    [Fact]
    public void Sentences_sharing_only_reporting_words_are_linked_for_TextRank_alone()
    {
        var document = SummaryDocument.Build(Sentences, title: null);

        Assert.True(Centrality.Similarity(document.RankWords[0], document.RankWords[1]) > 0);
        Assert.Equal(0, Centrality.Similarity(document.Content[0], document.Content[1]));
    }

    [Fact]
    public void Linked_sentences_outrank_an_unconnected_one()
    {
        var rank = Centrality.TextRank(SummaryDocument.Build(Sentences, title: null));

        Assert.True(rank[0] > rank[2] && rank[1] > rank[2], string.Join(", ", rank));
    }
}
