using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Tests.Answering;

public sealed class TopicMatcherTests
{
    [Fact]
    public void A_word_of_the_topics_family_counts_as_half_a_match_when_asked_about()
    {
        var matcher = new TopicMatcher("defence", related: true);

        Assert.Equal(0.5, matcher.Score("Military cooperation between the two armies will deepen."));
        Assert.Equal(1.0, matcher.Score("Defense spending rises."));
    }

    [Fact]
    public void Two_word_family_members_need_both_words() =>
        Assert.Equal(0.0, new TopicMatcher("defence", related: true).Score("The forces of the market are strong."));

    [Fact]
    public void Words_that_must_be_there_get_no_family_credit() =>
        Assert.Equal(0.0, new TopicMatcher("defence").Score("Military cooperation will deepen."));

    [Fact]
    public void A_word_in_no_family_matches_only_itself() =>
        Assert.Equal(0.0, new TopicMatcher("fisheries", related: true).Score("Military cooperation will deepen."));
}
