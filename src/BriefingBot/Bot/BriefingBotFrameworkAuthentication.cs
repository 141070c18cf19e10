using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.Tokens;

namespace BriefingBot.Bot;

/// <summary>
/// The SDK's configuration-driven authentication (MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword,
/// MicrosoftAppTenantId; no AppId = local mode without auth, as the Emulator expects), with one fix:
/// a token that cannot even be parsed ("Bearer abc") makes the SDK throw SecurityTokenMalformedException
/// (an ArgumentException), which CloudAdapter does not catch, so the caller got a 500. Here every such
/// failure becomes UnauthorizedAccessException, which CloudAdapter answers with 401.
/// In local mode it also applies <see cref="LocalServiceUrlPolicy"/>: checked here, on the very Activity
/// the SDK deserialized and will reply to, so no JSON trick (a duplicate or differently-cased
/// "serviceUrl") can make a pre-check and the reply see different addresses.
/// Every connector client it hands out shares serializers (<see cref="SharedContractsConnectorFactory"/>).
/// </summary>
internal sealed class BriefingBotFrameworkAuthentication : ConfigurationBotFrameworkAuthentication
{
    private readonly ILogger _logger;
    private readonly bool _localMode;
    private readonly bool _allowRemoteServiceUrl;

    /// <param name="options">Bot settings; null means the defaults.</param>
    /// <param name="httpClientFactory">
    /// Where connector clients get their HttpClient. Without one the SDK gives every ConnectorClient (one per
    /// turn) its own handler, so every reply opened a new connection to the channel.
    /// </param>
    public BriefingBotFrameworkAuthentication(IConfiguration configuration, ILogger logger, BotOptions? options = null, IHttpClientFactory? httpClientFactory = null)
        : base(configuration, httpClientFactory: httpClientFactory, logger: logger)
    {
        _logger = logger;

        // The SDK disables authentication exactly when the AppId is blank.
        _localMode = string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);
        _allowRemoteServiceUrl = options?.AllowRemoteServiceUrlWithoutAuth ?? false;
    }

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        // Before anything else, so a refused activity costs nothing and never reaches the turn.
        if (!LocalServiceUrlPolicy.Allows(_localMode, _allowRemoteServiceUrl, activity?.ServiceUrl))
        {
            _logger.LogWarning("Refused an unauthenticated activity whose serviceUrl is not loopback (local mode)");
            throw new ServiceUrlRefusedException();
        }

        AuthenticateRequestResult result;
        try
        {
            result = await base.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsBadToken(ex))
        {
            throw Rejected(ex);
        }

        // After authentication, so an unauthenticated caller learns nothing but 401.
        UnusableActivityException.ThrowIfUnusable(activity);
        result.ConnectorFactory = new SharedContractsConnectorFactory(result.ConnectorFactory);
        return result;
    }

    /// <summary>For proactive messages (ContinueConversationAsync): the same shared serializers as replies.</summary>
    public override ConnectorFactory CreateConnectorFactory(System.Security.Claims.ClaimsIdentity claimsIdentity) =>
        new SharedContractsConnectorFactory(base.CreateConnectorFactory(claimsIdentity));

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        try
        {
            var result = await base.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false);
            result.ConnectorFactory = new SharedContractsConnectorFactory(result.ConnectorFactory);
            return result;
        }
        catch (Exception ex) when (IsBadToken(ex))
        {
            throw Rejected(ex);
        }
    }

    /// <summary>Token parsing and validation failures; not network or configuration faults, which stay errors.</summary>
    internal static bool IsBadToken(Exception ex) => ex is SecurityTokenException or ArgumentException or FormatException;

    private UnauthorizedAccessException Rejected(Exception ex)
    {
        // The exception type is enough to diagnose; its message may quote the token, so it is not logged.
        _logger.LogWarning("Rejected a request with an unusable token ({Failure})", ex.GetType().Name);
        return new UnauthorizedAccessException("The bearer token could not be validated.");
    }
}
