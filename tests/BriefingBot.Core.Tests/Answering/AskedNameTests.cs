using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Tests.Answering;

public sealed class AskedNameTests
{
    [Theory]
    [InlineData("FM Çavuşoğlu", "Çavuşoğlu")]
    [InlineData("President Recep Tayyip Erdogan", "Recep Tayyip Erdogan")]
    [InlineData("Deputy Transport Minister Hasanova", "Hasanova")]
    [InlineData("Dr. Leyla Hasanova", "Leyla Hasanova")]
    [InlineData("Elmar Mammadyarov", "Elmar Mammadyarov")]
    [InlineData("Stephen King", "Stephen King")]
    [InlineData("the president", "the president")]
    public void Titles_before_a_name_are_dropped(string asked, string expected) =>
        Assert.Equal(expected, AskedName.WithoutTitles(asked));
}
