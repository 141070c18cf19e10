using System.Net;
using BriefingBot.Tests.Support;

namespace BriefingBot.Tests.Protocol;

/// <summary>With a MicrosoftAppId set every request must carry a valid Bot Framework token; anything else is 401.</summary>
public sealed class AuthenticatedModeProtocolTests : IAsyncLifetime
{
    private const string AppId = "00000000-1111-2222-3333-444444444444";
    private const string AppPassword = "pw-that-must-never-be-logged-7f3a";

    private readonly FakeAnswerer _answerer = new();
    private FakeBotConnector _connector = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _host = await BotHost.StartAsync(_answerer, new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = AppPassword,
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    public static TheoryData<string> UnusableAuthorizations() => new()
    {
        "Bearer abc",
        "Bearer a.b.c",
        "Bearer eyJhbGciOiJIUzI1NiJ9.not-base64!.x",
        "Bearer",
        "Basic dXNlcjpwYXNz",
        "abc",
        "Bearer " + TestTokens.Forged(AppId),
        "Bearer " + TestTokens.Forged(AppId, issuer: "https://sts.windows.net/not-our-tenant/"),
    };

    [Fact]
    public async Task Missing_authorization_is_401()
    {
        using var response = await TestActivities.PostAsync(_host.Client, TestActivities.Message("hi", _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(UnusableAuthorizations))]
    public async Task Malformed_or_forged_token_is_401_never_500(string authorization)
    {
        using var response = await TestActivities.PostAsync(_host.Client, TestActivities.Message("hi", _connector.ServiceUrl), authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_answerer.Questions);
        Assert.Empty(_connector.All);
    }

    [Fact]
    public async Task Token_from_a_trusted_issuer_that_cannot_be_verified_is_never_a_500()
    {
        // Offline, the signing keys cannot be fetched: 503 (retry later); online, the signature fails: 401.
        var authorization = "Bearer " + TestTokens.Forged(AppId, issuer: "https://api.botframework.com");

        using var response = await TestActivities.PostAsync(_host.Client, TestActivities.Message("hi", _connector.ServiceUrl), authorization);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.ServiceUnavailable });
        Assert.Empty(_answerer.Questions);
        using var health = await _host.Client.GetAsync("healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Service_keeps_serving_after_bad_tokens_and_logs_neither_token_nor_password()
    {
        var forged = TestTokens.Forged(AppId);
        foreach (var authorization in new[] { "Bearer abc", "Bearer " + forged, null })
        {
            using var rejected = await TestActivities.PostAsync(_host.Client, TestActivities.Message("hi", _connector.ServiceUrl), authorization);
            Assert.Equal(HttpStatusCode.Unauthorized, rejected.StatusCode);
        }

        using var health = await _host.Client.GetAsync("healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        var logs = _host.Logs.AllText;
        Assert.Contains("Rejected a request with an unusable token", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(_host.Logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal) && line.Contains("UnauthorizedAccessException", StringComparison.Ordinal));
        Assert.DoesNotContain(AppPassword, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(forged.Split('.')[1], logs, StringComparison.Ordinal);
        Assert.DoesNotContain(" abc", logs.Replace("Bearer abc", "!!token!!", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("!!token!!", logs.Replace("Bearer abc", "!!token!!", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_refused_before_authentication_with_its_own_status()
    {
        using var malformed = await TestActivities.PostRawAsync(_host.Client, "{\"type\":", authorization: "Bearer abc");
        using var wrongType = await TestActivities.PostRawAsync(_host.Client, "{}", "text/plain");

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
    }
}
