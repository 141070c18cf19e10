using BriefingBot.Core.Answering;
using BriefingBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Tests.Support;

/// <summary>
/// The real service (ServiceHost.Build) on Kestrel at a free loopback port, with its own temporary data
/// folder and every log line recorded. Pass an answerer to replace the real one; leave it null to test
/// the real answering pipeline end to end.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotHost(WebApplication app, string dataDirectory, RecordingLoggerProvider logs, Uri baseAddress)
    {
        _app = app;
        DataDirectory = dataDirectory;
        Logs = logs;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public string DataDirectory { get; }

    public RecordingLoggerProvider Logs { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="answerer">Registered after the standard services, so it wins; null keeps the real one.</param>
    /// <param name="settings">Configuration as key/value (e.g. MicrosoftAppId, Bot:MaxRequestBytes).</param>
    /// <param name="configure">Further changes to the builder, after ours.</param>
    public static async Task<BotHost> StartAsync(
        IAnswerer? answerer = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "briefingbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);

        // Local mode unless a test says otherwise, whatever the machine's environment variables hold.
        var values = new Dictionary<string, string?> { ["MicrosoftAppId"] = string.Empty, ["MicrosoftAppPassword"] = string.Empty };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        string[] args = ["--urls=http://127.0.0.1:0", $"--Storage:DataDirectory={dataDirectory}", .. values.Select(kv => $"--{kv.Key}={kv.Value}")];
        var logs = new RecordingLoggerProvider();
        var app = ServiceHost.Build(args, builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
            builder.Logging.SetMinimumLevel(LogLevel.Debug);
            if (answerer is not null)
            {
                builder.Services.AddSingleton(answerer);
            }

            configure?.Invoke(builder);
        });

        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            TryDelete(dataDirectory);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BotHost(app, dataDirectory, logs, new Uri(address.TrimEnd('/') + "/"));
    }

    private Task? _stopping;

    /// <summary>Stops the host as a shutdown signal would: in-flight requests may finish, hosted services are stopped.</summary>
    public Task StopAsync() => _stopping ??= _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await StopAsync();
        await _app.DisposeAsync();
        TryDelete(DataDirectory);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A database file may still be closing; the OS temp folder is cleaned eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
