using BriefingBot.Tests.Support;
using Microsoft.Extensions.Options;

namespace BriefingBot.Tests.Protocol;

public sealed class HostStartupTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("999999999999")]
    public async Task Invalid_bot_options_stop_the_host_at_start(string maxRequestBytes)
    {
        var settings = new Dictionary<string, string?> { ["Bot:MaxRequestBytes"] = maxRequestBytes };

        var failure = await Record.ExceptionAsync(async () => await (await BotHost.StartAsync(new FakeAnswerer(), settings)).DisposeAsync());

        Assert.True(failure is OptionsValidationException or InvalidOperationException, failure?.ToString());
    }

    [Fact]
    public async Task A_smaller_request_limit_from_configuration_is_enforced()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new FakeAnswerer(), new Dictionary<string, string?> { ["Bot:MaxRequestBytes"] = "4096" });

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message(new string('x', 5000), connector.ServiceUrl));

        Assert.Equal(System.Net.HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
