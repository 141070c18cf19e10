using System.Security.Claims;
using BriefingBot.Bot;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Tests.Bot;

/// <summary>
/// Every reply and proactive message goes through a ConnectorClient; they must share Newtonsoft contract
/// resolvers, or each turn pays for reflecting and compiling the schema's property accessors again.
/// </summary>
public sealed class SharedContractsConnectorFactoryTests
{
    private const string ServiceUrl = "http://127.0.0.1:3978/";

    private static readonly IConfiguration LocalMode = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppId"] = string.Empty, ["MicrosoftAppPassword"] = string.Empty })
        .Build();

    [Fact]
    public async Task The_sdk_alone_builds_fresh_resolvers_for_every_client()
    {
        var sdk = new ConfigurationBotFrameworkAuthentication(LocalMode);

        var first = await ClientForTurnAsync(sdk);
        var second = await ClientForTurnAsync(sdk);

        Assert.NotSame(first.SerializationSettings.ContractResolver, second.SerializationSettings.ContractResolver);
    }

    [Fact]
    public async Task Replies_on_different_turns_share_one_resolver_each_way()
    {
        var ours = new BriefingBotFrameworkAuthentication(LocalMode, NullLogger.Instance);

        var first = await ClientForTurnAsync(ours);
        var second = await ClientForTurnAsync(ours);

        Assert.Same(first.SerializationSettings.ContractResolver, second.SerializationSettings.ContractResolver);
        Assert.Same(first.DeserializationSettings.ContractResolver, second.DeserializationSettings.ContractResolver);
    }

    [Fact]
    public async Task Proactive_messages_share_the_resolvers_of_replies()
    {
        var ours = new BriefingBotFrameworkAuthentication(LocalMode, NullLogger.Instance);
        var reply = await ClientForTurnAsync(ours);

        var factory = ours.CreateConnectorFactory(new ClaimsIdentity());
        var proactive = (ConnectorClient)await factory.CreateAsync(ServiceUrl, null!, CancellationToken.None);

        Assert.Same(reply.SerializationSettings.ContractResolver, proactive.SerializationSettings.ContractResolver);
    }

    private static async Task<ConnectorClient> ClientForTurnAsync(BotFrameworkAuthentication authentication)
    {
        var activity = new Activity { Type = ActivityTypes.Message, ServiceUrl = ServiceUrl, ChannelId = "emulator", Conversation = new ConversationAccount(id: "conversation-1") };
        var result = await authentication.AuthenticateRequestAsync(activity, string.Empty, CancellationToken.None);
        return Assert.IsType<ConnectorClient>(await result.ConnectorFactory.CreateAsync(ServiceUrl, result.Audience, CancellationToken.None));
    }
}
