using BriefingBot.Bot;

namespace BriefingBot.Tests.Bot;

public sealed class LocalServiceUrlPolicyTests
{
    public static TheoryData<string> LoopbackUrls() => new()
    {
        "http://localhost:3978/",
        "https://LOCALHOST/",
        "http://127.0.0.1:41234/",
        "http://127.5.6.7/",
        "http://[::1]:3978/",
        "http://[::ffff:127.0.0.1]/",
    };

    public static TheoryData<string?> RemoteOrUnusableUrls() => new()
    {
        "http://203.0.113.5/",
        "https://smba.trafficmanager.net/emea/",
        "http://localhost.example.com/",
        "http://127.0.0.1.nip.io/",
        "http://localhost./",
        "http://10.0.0.1/",
        "http://0.0.0.0/",
        "http://[::2]/",
        "not a url",
        "",
        null,
    };

    [Theory]
    [MemberData(nameof(LoopbackUrls))]
    public void Local_mode_allows_a_loopback_serviceUrl(string serviceUrl)
    {
        Assert.True(LocalServiceUrlPolicy.Allows(localMode: true, allowRemote: false, serviceUrl));
    }

    [Theory]
    [MemberData(nameof(RemoteOrUnusableUrls))]
    public void Local_mode_refuses_any_other_serviceUrl_by_default(string? serviceUrl)
    {
        Assert.False(LocalServiceUrlPolicy.Allows(localMode: true, allowRemote: false, serviceUrl));
    }

    [Theory]
    [InlineData("http://203.0.113.5/")]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    public void Local_mode_allows_a_remote_serviceUrl_when_the_setting_says_so(string serviceUrl)
    {
        Assert.True(LocalServiceUrlPolicy.Allows(localMode: true, allowRemote: true, serviceUrl));
    }

    [Theory]
    [InlineData("http://203.0.113.5/")]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    public void With_an_app_id_the_token_decides_not_the_serviceUrl(string serviceUrl)
    {
        Assert.True(LocalServiceUrlPolicy.Allows(localMode: false, allowRemote: false, serviceUrl));
    }

    [Fact]
    public void The_refusal_says_why_and_how_to_allow_it()
    {
        Assert.Equal(
            "In local mode (no MicrosoftAppId) the bot only replies to a loopback serviceUrl; set Bot:AllowRemoteServiceUrlWithoutAuth=true to allow others",
            LocalServiceUrlPolicy.Refusal);
    }
}
