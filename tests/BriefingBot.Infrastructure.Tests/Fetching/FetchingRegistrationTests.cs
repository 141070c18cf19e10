using BriefingBot.Core.Understanding;
using BriefingBot.Infrastructure.Fetching;
using BriefingBot.Infrastructure.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BriefingBot.Infrastructure.Tests.Fetching;

public sealed class FetchingRegistrationTests(FakeWebServer server) : IClassFixture<FakeWebServer>, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_registered_fetcher_reads_from_loopback_when_configured_to_allow_it()
    {
        using var services = Build(new() { ["Fetching:AllowPrivateAddresses"] = "true", ["Fetching:Timeout"] = "00:00:10" });

        var result = await services.GetRequiredService<SafeFetcher>().FetchAsync(server.Url("/feed.xml"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Ok, result.Status);
    }

    [Fact]
    public async Task The_registered_fetcher_refuses_loopback_by_default()
    {
        using var services = Build([]);

        var result = await services.GetRequiredService<SafeFetcher>().FetchAsync(server.Url("/feed.xml"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Refused, result.Status);
    }

    [Fact]
    public void The_defaults_are_the_documented_limits()
    {
        var options = new FetchOptions();

        Assert.Equal(5 * 1024 * 1024, options.MaxResponseBytes);
        Assert.Equal(20 * 1024 * 1024, options.MaxDecompressedBytes);
        Assert.Equal(5, options.MaxRedirects);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.False(options.AllowPrivateAddresses);
        Assert.False(string.IsNullOrWhiteSpace(options.UserAgent));
    }

    [Theory]
    [InlineData("Fetching:MaxResponseBytes", "0")]
    [InlineData("Fetching:MaxDecompressedBytes", "-1")]
    [InlineData("Fetching:MaxRedirects", "99")]
    [InlineData("Fetching:Timeout", "00:00:00")]
    [InlineData("Fetching:UserAgent", "")]
    public void An_invalid_limit_fails_options_validation(string key, string value)
    {
        using var services = Build(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<FetchOptions>>().Value);

        Assert.Contains(key, error.Message);
    }

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        settings["Storage:DataDirectory"] = _folder.Path;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IArticleAnalyzer, FakeAnalyzer>();
        services.AddLogging();
        services.AddBriefingInfrastructure(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
