using System.Net;
using BriefingBot.Bot;
using BriefingBot.Tests.Support;
using Microsoft.Extensions.Options;

namespace BriefingBot.Tests.Robustness;

/// <summary>Per-conversation rate limit on the real service: over the limit, one polite notice, then silence; other conversations are unaffected.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task A_conversation_over_its_limit_gets_one_slow_down_notice_and_other_conversations_are_still_answered()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        var answerer = new FakeAnswerer();
        await using var host = await BotHost.StartAsync(answerer, new Dictionary<string, string?>
        {
            ["Bot:RateLimitTurns"] = "3",
            ["Bot:RateLimitWindowSeconds"] = "3600",
        });

        for (var i = 0; i < 6; i++)
        {
            using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message($"question {i}", connector.ServiceUrl, conversationId: "busy"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var other = await host.AskAsync(connector, "what did Cavusoglu say?", channelId: "emulator");

        // Each POST returns after its turn, so every reply has been made by now.
        var busy = connector.All.Where(c => c.ConversationId == "busy" && c.Type == "message").Select(c => c.Text ?? string.Empty).ToList();
        Assert.Equal(4, busy.Count);
        Assert.Contains(ConversationRateLimiter.Notice, busy[3], StringComparison.Ordinal);
        Assert.DoesNotContain(busy.Take(3), text => text.Contains(ConversationRateLimiter.Notice, StringComparison.Ordinal));
        Assert.Equal(["question 0", "question 1", "question 2"], answerer.Questions.Take(3));
        Assert.DoesNotContain(ConversationRateLimiter.Notice, other.Text ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Limit_settings_out_of_range_stop_the_service_at_start()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Bot:RateLimitTurns"] = "0" }));

        Assert.Contains("RateLimitTurns", failure.Message, StringComparison.Ordinal);
    }
}
