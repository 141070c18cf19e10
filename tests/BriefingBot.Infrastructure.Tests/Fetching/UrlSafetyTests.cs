using BriefingBot.Infrastructure.Fetching;
using Microsoft.Extensions.Options;

namespace BriefingBot.Infrastructure.Tests.Fetching;

/// <summary>The URL and address checks alone: names come from a fake resolver and nothing is sent anywhere.</summary>
public sealed class UrlSafetyTests
{
    private static readonly FakeResolver Resolver = FakeResolver.Of(
        ("news.test", "93.184.216.34"),
        ("v6.test", "2606:2800:220:1:248:1893:25c8:1946"),
        ("internal.test", "10.0.0.5"),
        ("metadata.test", "169.254.169.254"),
        ("mixed.test", "93.184.216.34"),
        ("mixed.test", "192.168.1.10"));

    private static UrlSafety Strict() => new(Options.Create(new FetchOptions()), Resolver);

    private static async Task<UrlCheck> Check(string url) => await Strict().CheckAsync(new Uri(url, UriKind.RelativeOrAbsolute), CancellationToken.None);

    [Theory]
    [InlineData("http://news.test/feed.xml")]
    [InlineData("https://news.test/")]
    [InlineData("https://v6.test/")]
    [InlineData("http://93.184.216.34/")]
    [InlineData("http://[2606:2800:220:1:248:1893:25c8:1946]/")]
    [InlineData("http://172.32.0.1/")]
    public async Task A_public_http_url_is_allowed(string url)
    {
        var check = await Check(url);

        Assert.True(check.IsAllowed, check.Reason);
        Assert.NotEmpty(check.Addresses);
    }

    [Theory]
    [InlineData("file:///etc/passwd", "'file:' URLs are not fetched")]
    [InlineData("ftp://news.test/feed.xml", "'ftp:' URLs are not fetched")]
    [InlineData("gopher://news.test/", "'gopher:' URLs are not fetched")]
    [InlineData("/relative/feed.xml", "not an absolute URL")]
    public async Task Only_absolute_http_and_https_urls_are_allowed(string url, string reason)
    {
        var check = await Check(url);

        Assert.False(check.IsAllowed);
        Assert.Contains(reason, check.Reason);
    }

    [Theory]
    [InlineData("http://user:secret@news.test/")]
    [InlineData("https://token@news.test/")]
    public async Task Credentials_in_the_url_are_refused(string url)
    {
        var check = await Check(url);

        Assert.False(check.IsAllowed);
        Assert.Contains("user name or password", check.Reason);
    }

    [Theory]
    [InlineData("http://internal.test/", "private-network")]
    [InlineData("http://metadata.test/", "cloud metadata")]
    [InlineData("http://mixed.test/", "192.168.1.10")]
    public async Task A_name_with_any_non_public_address_is_refused(string url, string reason)
    {
        var check = await Check(url);

        Assert.False(check.IsAllowed);
        Assert.False(check.IsUnresolved);
        Assert.Contains(reason, check.Reason);
    }

    [Theory]
    [InlineData("http://127.0.0.1/", "loopback")]
    [InlineData("http://127.8.9.10/", "loopback")]
    [InlineData("http://10.1.2.3/", "private-network")]
    [InlineData("http://172.16.0.1/", "private-network")]
    [InlineData("http://172.31.255.255/", "private-network")]
    [InlineData("http://192.168.0.1/", "private-network")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "cloud metadata")]
    [InlineData("http://169.254.1.1/", "link-local")]
    [InlineData("http://100.64.0.1/", "carrier-grade NAT")]
    [InlineData("http://100.127.255.254/", "carrier-grade NAT")]
    [InlineData("http://0.0.0.0/", "unspecified")]
    [InlineData("http://224.0.0.1/", "multicast")]
    [InlineData("http://255.255.255.255/", "reserved")]
    [InlineData("http://2130706433/", "loopback")]
    [InlineData("http://0x7f.0.0.1/", "loopback")]
    public async Task Non_public_ipv4_literals_are_refused(string url, string reason)
    {
        var check = await Check(url);

        Assert.False(check.IsAllowed);
        Assert.Contains(reason, check.Reason);
    }

    [Theory]
    [InlineData("http://[::1]/", "loopback")]
    [InlineData("http://[::]/", "unspecified")]
    [InlineData("http://[fe80::1]/", "link-local")]
    [InlineData("http://[fc00::1]/", "unique local")]
    [InlineData("http://[fd12:3456::1]/", "unique local")]
    [InlineData("http://[ff02::1]/", "multicast")]
    [InlineData("http://[::ffff:127.0.0.1]/", "loopback address (IPv4-mapped")]
    [InlineData("http://[::ffff:10.0.0.5]/", "private-network address (IPv4-mapped")]
    [InlineData("http://[::ffff:169.254.169.254]/", "cloud metadata address (IPv4-mapped")]
    [InlineData("http://[::ffff:a9fe:a9fe]/", "cloud metadata address (IPv4-mapped")]
    [InlineData("http://[::ffff:100.64.0.1]/", "carrier-grade NAT")]
    [InlineData("http://[64:ff9b::7f00:1]/", "loopback address (NAT64")]
    [InlineData("http://[2002:a9fe:a9fe::1]/", "cloud metadata address (6to4")]
    public async Task Non_public_ipv6_literals_and_embedded_ipv4_forms_are_refused(string url, string reason)
    {
        var check = await Check(url);

        Assert.False(check.IsAllowed);
        Assert.Contains(reason, check.Reason);
    }

    [Theory]
    [InlineData("http://[::ffff:93.184.216.34]/")]
    [InlineData("http://[64:ff9b::5db8:d822]/")]
    public async Task Embedded_forms_of_public_ipv4_addresses_are_allowed(string url)
    {
        var check = await Check(url);

        Assert.True(check.IsAllowed, check.Reason);
    }

    [Theory]
    [InlineData("http://127.0.0.1/")]
    [InlineData("http://[::1]/")]
    [InlineData("http://internal.test/")]
    public async Task Allowing_private_addresses_lets_them_through(string url)
    {
        var safety = new UrlSafety(Options.Create(new FetchOptions { AllowPrivateAddresses = true }), Resolver);

        var check = await safety.CheckAsync(new Uri(url), CancellationToken.None);

        Assert.True(check.IsAllowed, check.Reason);
    }

    [Fact]
    public async Task An_unknown_name_is_unresolved_rather_than_refused()
    {
        var check = await Check("http://nowhere.test/");

        Assert.False(check.IsAllowed);
        Assert.True(check.IsUnresolved);
    }
}
