using System.Security.Cryptography;
using System.Text;
using BriefingBot.Tests.Shared;

namespace BriefingBot.Infrastructure.Tests.Support;

public sealed class SyntheticArticlesTests
{
    // Load figures are compared across runs (README, load harness), so a seed must make the same articles in every
    // process, not only within one: this pins the first articles of the default seed.
    [Fact]
    public void The_default_seed_makes_the_same_articles_in_every_process()
    {
        var synthetic = new SyntheticArticles();
        var text = string.Concat(Enumerable.Range(0, 5).Select(i => synthetic.Create(i).ToFileText()));

        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

        Assert.Equal("A9E9D7B28A9EEBB2", fingerprint);
    }

    [Fact]
    public void Different_seeds_make_different_articles() =>
        Assert.NotEqual(new SyntheticArticles(seed: 1).Create(0).ToFileText(), new SyntheticArticles(seed: 2).Create(0).ToFileText());
}
