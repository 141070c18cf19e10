using BriefingBot.Infrastructure.Feeds;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Infrastructure.Tests.Feeds;

public sealed class FeedRegistrationTests
{
    [Fact]
    public void The_feed_parser_resolves_as_a_singleton_from_the_infrastructure()
    {
        var configuration = new ConfigurationBuilder().Build();
        using var services = new ServiceCollection().AddBriefingInfrastructure(configuration).BuildServiceProvider();

        var parser = services.GetRequiredService<FeedParser>();

        Assert.Same(parser, services.GetRequiredService<FeedParser>());
        Assert.Single(parser.Parse(FeedFixtures.Rss("<item><title>A</title></item>"), FeedFixtures.FeedUrl).Items);
    }
}
