using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Text;

public sealed class NameSpellingsTests
{
    [Theory]
    [InlineData("alieva", "aliyeva")]
    [InlineData("aliev", "aliyev")]
    [InlineData("zukhra", "zuhra")]
    [InlineData("kowalski", "kovalski")]
    [InlineData("kaddafi", "qaddafi")]
    public void A_name_in_another_romanization_is_among_its_variants(string typed, string stored) =>
        Assert.Contains(stored, NameSpellings.Variants(typed));

    [Fact]
    public void Variants_never_repeat_the_name_as_typed() =>
        Assert.DoesNotContain("aliyeva", NameSpellings.Variants("aliyeva"));

    [Theory]
    [InlineData("leyla", "layla")]
    [InlineData("zukhra", "zuhra")]
    [InlineData("yuriy", "yuri")]
    [InlineData("yury", "yuri")]
    [InlineData("alieva", "aliyeva")]
    [InlineData("hilary", "hillary")]
    public void Romanizations_of_one_name_agree_loosely(string a, string b) =>
        Assert.Equal(NameSpellings.Loose(a), NameSpellings.Loose(b));

    [Theory]
    [InlineData("orlov", "orlova")]
    [InlineData("ana", "arman")]
    [InlineData("tomas", "arman")]
    [InlineData("joe", "hunter")]
    [InlineData("chan", "chen")]
    [InlineData("dan", "don")]
    public void Different_names_do_not_agree_loosely(string a, string b) =>
        Assert.NotEqual(NameSpellings.Loose(a), NameSpellings.Loose(b));

    [Theory]
    [InlineData("de blasio", "bill de blasio", true)]
    [InlineData("zuhra aliyeva", "alieva", true)]
    [InlineData("zuhra aliyeva", "zukhra alieva", true)]
    [InlineData("hunter biden", "joe biden", false)]
    [InlineData("arman petrosyan", "ana petrosyan", false)]
    public void Names_agree_when_one_is_within_the_other_word_for_word(string stored, string asked, bool same) =>
        Assert.Equal(same, NameSpellings.SameLoosely(stored.Split(' '), asked.Split(' ')));
}
