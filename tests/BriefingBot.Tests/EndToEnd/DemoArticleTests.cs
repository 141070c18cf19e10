using BriefingBot.Core.Archive;
using BriefingBot.Demo;
using BriefingBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Tests.EndToEnd;

public sealed class DemoArticleTests
{
    [Fact]
    public async Task An_empty_archive_is_seeded_with_the_demo_articles_so_the_bot_answers_at_once()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        await using var host = await BotHost.StartAsync();

        Assert.Equal(DemoArticles.Load().Count, await host.Services.GetRequiredService<IArchive>().CountArticlesAsync());
        var reply = await host.AskAsync(connector, "what did Kapanadze say?");
        Assert.Contains("Nino Kapanadze", reply.Text);
        Assert.Contains("A journey of ten hours between Tbilisi and Yerevan is not acceptable in 2026", reply.Text);
    }

    [Fact]
    public async Task Seeding_can_be_switched_off()
    {
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Demo:SeedArticles"] = "false" });

        Assert.Equal(0, await host.Services.GetRequiredService<IArchive>().CountArticlesAsync());
    }

    [Fact]
    public void Every_demo_article_has_front_matter_with_a_title_and_a_link()
    {
        var articles = DemoArticles.Load();

        Assert.NotEmpty(articles);
        Assert.All(articles, a =>
        {
            Assert.StartsWith("---\ntitle: ", a.Text.ReplaceLineEndings("\n"));
            Assert.Contains("\nurl: https://", a.Text.ReplaceLineEndings("\n"));
        });
    }
}
