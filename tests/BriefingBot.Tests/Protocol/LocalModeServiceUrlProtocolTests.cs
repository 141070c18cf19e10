using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using BriefingBot.Bot;
using BriefingBot.Core.Replies;
using BriefingBot.Tests.Support;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Tests.Protocol;

/// <summary>
/// Local mode must not be an open relay: unauthenticated activities are answered only at a loopback
/// serviceUrl. The remote address (TEST-NET-3) is never contacted: the bot refuses before any reply.
/// </summary>
public sealed class LocalModeServiceUrlProtocolTests : LocalModeHostTest
{
    private const string RemoteServiceUrl = "http://203.0.113.5/";

    [Fact]
    public async Task Local_mode_message_for_a_remote_serviceUrl_is_403_with_the_reason_and_nothing_is_sent()
    {
        using var response = await TestActivities.PostAsync(Host.Client, TestActivities.Message("what did Cavusoglu say?", RemoteServiceUrl));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(LocalServiceUrlPolicy.Refusal, await ProblemTitleAsync(response));
        Assert.Empty(Answerer.Questions);
        Assert.Empty(Connector.All);
        Assert.DoesNotContain(Host.Logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Local_mode_bot_added_for_a_remote_serviceUrl_sends_no_welcome()
    {
        using var response = await TestActivities.PostAsync(Host.Client, TestActivities.BotAdded(RemoteServiceUrl));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(Connector.All);
    }

    [Fact]
    public async Task Local_mode_judges_the_serviceUrl_the_sdk_replies_to_not_a_look_alike_property()
    {
        // The SDK's JSON reader matches property names case-insensitively and keeps the last value;
        // a check on the raw "serviceUrl" alone would see the loopback address and let this through.
        var message = TestActivities.Message("what did Cavusoglu say?", Connector.ServiceUrl);
        message["ServiceUrl"] = RemoteServiceUrl;

        using var response = await TestActivities.PostAsync(Host.Client, message);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(Answerer.Questions);
        Assert.Empty(Connector.All);
    }

    [Fact]
    public async Task Local_mode_still_answers_the_loopbackConnector()
    {
        var reply = await Host.AskAsync(Connector, "what did Cavusoglu say?");

        Assert.Equal(PlainTextRenderer.Render(SampleReplies.Cavusoglu), reply.Text);
    }

    [Fact]
    public async Task The_setting_from_configuration_lets_local_mode_accept_a_remote_serviceUrl()
    {
        // Checked at the authentication step the endpoint uses, so no request goes to the remote address.
        await using var host = await BotHost.StartAsync(new FakeAnswerer(), new Dictionary<string, string?> { ["Bot:AllowRemoteServiceUrlWithoutAuth"] = "true" });
        var authentication = host.Services.GetRequiredService<BotFrameworkAuthentication>();
        var activity = new Activity(ActivityTypes.Message) { ChannelId = "emulator", ServiceUrl = RemoteServiceUrl, Conversation = new ConversationAccount(id: "c1") };

        var result = await authentication.AuthenticateRequestAsync(activity, string.Empty, CancellationToken.None);

        Assert.NotNull(result.ConnectorFactory);
    }

    [Fact]
    public async Task With_an_app_id_a_remote_serviceUrl_without_a_token_is_401_not_403()
    {
        await using var host = await BotHost.StartAsync(new FakeAnswerer(), new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = "00000000-1111-2222-3333-444444444444",
            ["MicrosoftAppPassword"] = "secret",
        });

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message("hi", RemoteServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<string?> ProblemTitleAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("title").GetString();
    }
}
