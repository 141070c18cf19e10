using System.Text.Json;
using BriefingBot.Infrastructure.Ingestion;
using BriefingBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Tests.EndToEnd;

/// <summary>
/// The product's first promise, through the front door: the seed article is ingested into the real
/// service on Kestrel, a message is POSTed to /api/messages, and the reply the bot posts to a fake Bot
/// Connector holds Cavusoglu's exact words, his full name and role, and the article.
/// </summary>
public sealed class SeedArticleConversationTests : IAsyncLifetime
{
    private const string CavusogluQuote = "We do not compete with each other in this area, but rather complement each other.";

    private BotHost _host = null!;
    private FakeBotConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Demo:SeedArticles"] = "false" });
        var results = await _host.Services.GetRequiredService<ArticleIngestor>().IngestPathsAsync([SharedData.SeedArticle]);
        Assert.True(Assert.Single(results).Succeeded);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task What_did_Cavusoglu_say_is_answered_with_his_words_name_role_and_article()
    {
        var reply = await _host.AskAsync(_connector, "what did Cavusoglu say?");

        Assert.Contains(CavusogluQuote, reply.Text);
        Assert.Contains("Mevlut Cavusoglu", reply.Text);
        Assert.Contains("foreign minister", reply.Text);
        Assert.Contains("New Defense Triangle Emerges Between Azerbaijan, Turkey, Pakistan", reply.Text);
        Assert.Contains("Caspian News", reply.Text);
    }

    [Fact]
    public async Task A_diacritic_spelling_finds_the_same_speaker()
    {
        var reply = await _host.AskAsync(_connector, "What did FM Çavuşoğlu say?");

        Assert.Contains(CavusogluQuote, reply.Text);
    }

    [Fact]
    public async Task Teams_gets_the_quote_in_an_adaptive_card()
    {
        var reply = await _host.AskAsync(_connector, "what did Cavusoglu say?", channelId: "msteams");

        var attachment = reply.Activity.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        Assert.Contains(CavusogluQuote, attachment.GetProperty("content").GetRawText().Replace("\\u0022", "\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Slack_gets_the_quote_in_blocks_and_in_text()
    {
        var reply = await _host.AskAsync(_connector, "what did Cavusoglu say?", channelId: "slack");

        var blocks = reply.Activity.GetProperty("channelData").GetProperty("blocks");
        Assert.Contains(blocks.EnumerateArray(), b => b.GetRawText().Contains("rather complement each other", StringComparison.Ordinal));
        Assert.Contains(CavusogluQuote, reply.Text);
    }

    [Fact]
    public async Task A_topic_question_returns_the_quotes_about_it()
    {
        var reply = await _host.AskAsync(_connector, "what did Mammadyarov say about defense?");

        Assert.Contains("Elmar Mammadyarov", reply.Text);
        Assert.Contains("joint ventures for the production of defense products", reply.Text);
    }

    [Fact]
    public async Task Summarize_answers_with_sentences_of_the_article_and_its_source()
    {
        var reply = await _host.AskAsync(_connector, "summarize the defense triangle");

        var text = reply.Text!;
        Assert.Contains("New Defense Triangle", text);
        var body = await File.ReadAllTextAsync(SharedData.SeedArticle);
        var summary = text.Split('\n').Skip(1).First(line => line.Length > 0);
        Assert.Contains(summary.Split(". ")[0], body);
    }

    [Fact]
    public async Task An_unanswerable_question_gets_a_friendly_reply()
    {
        var reply = await _host.AskAsync(_connector, "qwertyuiop asdfgh");

        Assert.Contains("don't know", reply.Text);
        Assert.DoesNotContain(CavusogluQuote, reply.Text);
    }

    [Fact]
    public async Task Help_says_how_many_articles_were_read()
    {
        var reply = await _host.AskAsync(_connector, "help");

        Assert.Contains("1 article", reply.Text);
        Assert.Equal(JsonValueKind.String, reply.Activity.GetProperty("text").ValueKind);
    }
}
