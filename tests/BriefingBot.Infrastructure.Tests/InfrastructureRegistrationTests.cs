using BriefingBot.Core.Archive;
using BriefingBot.Core.Understanding;
using BriefingBot.Infrastructure.Ingestion;
using BriefingBot.Infrastructure.Storage;
using BriefingBot.Infrastructure.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BriefingBot.Infrastructure.Tests;

public sealed class InfrastructureRegistrationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_store_and_the_archive_are_one_singleton_and_the_ingestor_resolves()
    {
        using var services = Build(new() { ["Storage:DataDirectory"] = _folder.Path });

        var store = services.GetRequiredService<IArticleStore>();

        Assert.Same(store, services.GetRequiredService<IArchive>());
        Assert.IsType<SqliteArticleStore>(store);
        Assert.NotNull(services.GetRequiredService<ArticleIngestor>());
        Assert.True(File.Exists(Path.Combine(_folder.Path, StorageOptions.DatabaseFileName)));
    }

    [Fact]
    public void An_empty_data_directory_fails_options_validation()
    {
        using var services = Build(new() { ["Storage:DataDirectory"] = "" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("DataDirectory", error.Message);
    }

    [Fact]
    public void The_size_limit_is_configurable()
    {
        using var services = Build(new() { ["Storage:DataDirectory"] = _folder.Path, ["Ingestion:MaxFileBytes"] = "1234" });

        Assert.Equal(1234, services.GetRequiredService<IOptions<IngestionOptions>>().Value.MaxFileBytes);
        Assert.Equal(5 * 1024 * 1024, new IngestionOptions().MaxFileBytes);
        Assert.Equal("./data", new StorageOptions().DataDirectory);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IArticleAnalyzer, FakeAnalyzer>();
        services.AddLogging(); // every host has logging; the archive logs where it opened
        services.AddBriefingInfrastructure(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
