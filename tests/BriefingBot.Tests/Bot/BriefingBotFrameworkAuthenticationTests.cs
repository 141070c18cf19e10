using BriefingBot.Bot;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Tests.Bot;

public sealed class BriefingBotFrameworkAuthenticationTests
{
    private static readonly IConfiguration Configuration = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "00000000-1111-2222-3333-444444444444",
            ["MicrosoftAppPassword"] = "secret",
        })
        .Build();

    private static Activity Message() => new(ActivityTypes.Message) { ChannelId = "msteams", ServiceUrl = "https://smba.trafficmanager.net/emea/" };

    [Fact]
    public async Task The_sdk_reports_a_malformed_token_as_a_non_auth_exception_which_became_a_500()
    {
        // Documents the SDK flaw the edge fixes; if this starts failing, the SDK fixed it.
        var sdk = new ConfigurationBotFrameworkAuthentication(Configuration);

        var failure = await Record.ExceptionAsync(() => sdk.AuthenticateRequestAsync(Message(), "Bearer abc", CancellationToken.None));

        Assert.NotNull(failure);
        Assert.IsNotType<UnauthorizedAccessException>(failure);
    }

    [Theory]
    [InlineData("Bearer abc")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Bearer")]
    [InlineData("Basic abc")]
    public async Task Ours_reports_an_unusable_token_as_unauthorized(string header)
    {
        var ours = new BriefingBotFrameworkAuthentication(Configuration, NullLogger.Instance);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => ours.AuthenticateRequestAsync(Message(), header, CancellationToken.None));
    }

    private static readonly IConfiguration LocalMode = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppId"] = string.Empty, ["MicrosoftAppPassword"] = string.Empty })
        .Build();

    private static Activity LocalMessage(string serviceUrl) =>
        new(ActivityTypes.Message) { ChannelId = "emulator", ServiceUrl = serviceUrl, Conversation = new ConversationAccount(id: "c1") };

    [Fact]
    public async Task Local_mode_refuses_a_remote_serviceUrl_before_authenticating()
    {
        var ours = new BriefingBotFrameworkAuthentication(LocalMode, NullLogger.Instance);

        var refused = await Assert.ThrowsAsync<ServiceUrlRefusedException>(() => ours.AuthenticateRequestAsync(LocalMessage("http://203.0.113.5/"), string.Empty, CancellationToken.None));
        Assert.Equal(LocalServiceUrlPolicy.Refusal, refused.Message);
    }

    [Fact]
    public async Task Local_mode_authenticates_a_loopback_serviceUrl_as_before()
    {
        var ours = new BriefingBotFrameworkAuthentication(LocalMode, NullLogger.Instance);

        var result = await ours.AuthenticateRequestAsync(LocalMessage("http://127.0.0.1:3978/"), string.Empty, CancellationToken.None);

        Assert.NotNull(result.ConnectorFactory);
    }

    [Fact]
    public async Task Local_mode_accepts_a_remote_serviceUrl_when_the_setting_allows_it()
    {
        // Authentication only: nothing is sent, the address is never contacted.
        var ours = new BriefingBotFrameworkAuthentication(LocalMode, NullLogger.Instance, new BotOptions { AllowRemoteServiceUrlWithoutAuth = true });

        var result = await ours.AuthenticateRequestAsync(LocalMessage("http://203.0.113.5/"), string.Empty, CancellationToken.None);

        Assert.NotNull(result.ConnectorFactory);
    }

    [Fact]
    public async Task With_an_app_id_a_remote_serviceUrl_is_left_to_the_token()
    {
        var ours = new BriefingBotFrameworkAuthentication(Configuration, NullLogger.Instance);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => ours.AuthenticateRequestAsync(Message(), "Bearer abc", CancellationToken.None));
    }
}
