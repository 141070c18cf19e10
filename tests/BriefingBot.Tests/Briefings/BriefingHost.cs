using System.Globalization;
using BriefingBot.Infrastructure.Ingestion;
using BriefingBot.Scheduling;
using BriefingBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Tests.Briefings;

/// <summary>
/// The real service on loopback for briefing tests: its clock is a FakeTimeProvider the test moves, the
/// scheduler's timer loop is off (tests run its passes with <see cref="RunSchedulerAsync"/>), so is source
/// polling, no demo articles, and optionally a data folder shared with another host.
/// </summary>
internal static class BriefingHost
{
    public static Task<BotHost> StartAsync(FakeTimeProvider time, string? dataDirectory = null, bool schedulerLoop = false, IReadOnlyDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Demo:SeedArticles"] = "false",
            ["Briefings:SchedulerEnabled"] = schedulerLoop ? "true" : "false",
            ["Sources:PollingEnabled"] = "false", // its timer would run on the test's clock too
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        if (dataDirectory is not null)
        {
            settings["Storage:DataDirectory"] = dataDirectory;
        }

        return BotHost.StartAsync(settings: settings, configure: builder => builder.Services.AddSingleton<TimeProvider>(time));
    }

    public static Task<int> RunSchedulerAsync(this BotHost host) =>
        host.Services.GetRequiredService<BriefingScheduler>().RunOnceAsync();

    /// <summary>Stores a Markdown article written for the test, dated <paramref name="published"/>.</summary>
    public static async Task IngestAsync(this BotHost host, string title, string body, DateTimeOffset published, string source = "Test Wire")
    {
        var markdown = $"---\ntitle: {title}\nsource: {source}\nurl: https://test-wire.example/{Uri.EscapeDataString(title)}\ndate: {published.ToString("O", CultureInfo.InvariantCulture)}\n---\n\n{body}\n";
        var result = await host.Services.GetRequiredService<ArticleIngestor>().IngestTextAsync(markdown, "article.md");
        Assert.True(result.Succeeded, result.Error);
    }

    /// <summary>An article about the South Caucasus with a quote, written for these tests.</summary>
    public static Task IngestRailTalksAsync(this BotHost host, DateTimeOffset published) => host.IngestAsync(
        "Georgia and Armenia agree to study a faster rail link",
        "Georgia and Armenia agreed in Tbilisi on Wednesday to study a faster railway between their capitals.\n\n"
        + "\"Ten hours between Tbilisi and Yerevan is too long,\" said Georgian Transport Minister Tamar Beridze.\n\n"
        + "The study is due by the end of the year, officials said.",
        published);
}
