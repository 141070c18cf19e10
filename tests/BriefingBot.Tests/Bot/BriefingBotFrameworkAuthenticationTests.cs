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
}
