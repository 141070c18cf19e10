using BriefingBot.Core.Evaluation;

namespace BriefingBot.Core.Tests.Evaluation;

public sealed class GoldSpeakerNameTests
{
    [Theory]
    [InlineData("Retired Lt. Gen. Michael Flynn", "Michael Flynn")]
    [InlineData("Hillary Clinton\u2019s campaign manager Robby Mook", "Robby Mook")]
    [InlineData("House Speaker Paul D. Ryan (R-Wis.)", "Paul D. Ryan")]
    [InlineData("the Rev. Peter Wherry, of Mayfield Memorial Missionary Baptist Church", "Peter Wherry")]
    [InlineData("Quina Jones, 25,", "Quina Jones")]
    [InlineData("Massachusetts Sen. Elizabeth Warren", "Elizabeth Warren")]
    [InlineData("NBC's Dante Chinni", "Dante Chinni")]
    [InlineData("Joseph R. Biden Jr.", "Joseph R. Biden Jr.")]
    public void A_named_source_gives_the_name_people_would_ask_by(string source, string name) =>
        Assert.Equal(name, GoldSpeakerName.From(source));

    [Theory]
    [InlineData("he")]
    [InlineData("She")]
    [InlineData("a source")]
    [InlineData("The New York Post")]
    [InlineData("The Trump campaign")]
    [InlineData("Trump")]
    [InlineData("Republicans")]
    [InlineData("North Korea")]
    [InlineData("Consumer Financial Protection Bureau")]
    [InlineData("WALLACE")]
    [InlineData("a 2014 study by Harvard and the University of California at Berkeley")]
    public void Pronouns_descriptions_institutions_and_lone_surnames_are_not_asked_about(string source) =>
        Assert.Null(GoldSpeakerName.From(source));

    [Theory]
    [InlineData("Michael Flynn", "Flynn")]
    [InlineData("Joseph R. Biden Jr.", "Biden")]
    [InlineData("Vann R. Newkirk II", "Newkirk")]
    public void The_surname_skips_generational_suffixes(string name, string surname) =>
        Assert.Equal(surname, GoldSpeakerName.Surname(name));
}
