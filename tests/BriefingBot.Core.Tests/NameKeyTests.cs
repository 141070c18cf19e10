using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Çavuşoğlu", "cavusoglu")]
    [InlineData("Cavusoglu's", "cavusoglu")]
    [InlineData("Mevlüt  Çavuşoğlu", "mevlut cavusoglu")]
    [InlineData("Elmar Məmmədyarov", "elmar mammadyarov")]
    [InlineData("O'Brien", "obrien")]
    public void Normalize_folds_diacritics_case_and_possessives(string name, string expected) =>
        Assert.Equal(expected, NameKey.Normalize(name));

    [Fact]
    public void A_surname_matches_the_full_name() =>
        Assert.True(NameKey.Matches("Mevlut Cavusoglu", "Çavuşoğlu"));

    [Fact]
    public void A_different_name_does_not_match() =>
        Assert.False(NameKey.Matches("Mevlut Cavusoglu", "Mammadyarov"));
}
