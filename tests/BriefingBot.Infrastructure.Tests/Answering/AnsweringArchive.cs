using BriefingBot.Core.Answering;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Geography;
using BriefingBot.Core.Understanding;
using BriefingBot.Infrastructure.Storage;
using BriefingBot.Infrastructure.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Infrastructure.Tests.Answering;

/// <summary>
/// A real SQLite archive in a temporary folder holding three short articles written for these tests (all
/// names and events fictional), understood by the real analyzer, and an answerer over it with the briefer
/// and the conversation state store, on a clock the test moves.
/// </summary>
public sealed class AnsweringArchive : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    public const string BakuTitle = "Trilateral ministers back a Caspian rail corridor at the Baku meeting";
    public const string BakuUrl = "https://demo-wire.example/baku-corridor";
    public const string ArmeniaTitle = "Armenia and Georgia open a new border crossing";
    public const string FreightTitle = "Rail freight rates fall as new corridors open";

    private readonly TempFolder _folder = new();

    public SqliteArticleStore Store { get; private set; } = null!;

    public FakeTimeProvider Time { get; } = new(Now);

    public SqliteConversationStateStore Conversations { get; private set; } = null!;

    public ConversationOptions ConversationOptions { get; } = new() { Expiry = TimeSpan.FromMinutes(30) };

    public async Task InitializeAsync()
    {
        Store = _folder.OpenStore();
        Conversations = new SqliteConversationStateStore(Store, Options.Create(ConversationOptions));
        // Places are tagged as the ingestor does, so briefings find the articles.
        var analyzer = new ArticleAnalyzer();
        var tagger = new RegionTagger();
        foreach (var article in Written)
        {
            var analysis = analyzer.Analyze(article.Body, article.Title) with { Places = tagger.Tag(article.Title, article.Body) };
            await Store.SaveAsync(article, analysis);
        }
    }

    public Task DisposeAsync()
    {
        Store.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }

    public Answerer Answerer(int maxQuotes = 4) => new(
        Store,
        new AnswerOptions { MaxQuotes = maxQuotes },
        new Briefer(new SqliteBriefingArchive(Store), new AreaDirectory(), new BriefingOptions()),
        Conversations,
        Time);

    private static readonly ArticleDocument[] Written =
    [
        new(
            BakuTitle,
            "The foreign ministers of Azerbaijan, Turkey and Pakistan agreed at the Baku meeting on Wednesday to build a joint rail corridor across the Caspian region.\n\n"
            + "Turkish Foreign Minister Selim Arikan proposed a joint customs office at the border to speed up freight.\n\n"
            + "\"We will not let paperwork stop the trains,\" Arikan told reporters after the talks.\n\n"
            + "\"Every border we share should be a day shorter,\" Arikan said.\n\n"
            + "Pakistan offered to host the corridor's secretariat, Pakistani Foreign Minister Nadia Qureshi said.\n\n"
            + "\"Our ports are ready to carry Caspian goods to the Arabian Sea,\" Qureshi said.\n\n"
            + "Kemal Ozturk, a research fellow at the Ankara-based Strategic Outlook think tank, said the corridor could double trade within five years.\n\n"
            + "The next trilateral ministerial meeting will take place in Islamabad sometime in March 2027, officials said.",
            "A. Writer",
            new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero),
            "Demo Wire",
            BakuUrl),
        new(
            ArmeniaTitle,
            "Armenia and Georgia opened a new border crossing near Bavra on Thursday to ease truck queues.\n\n"
            + "\"Drivers will wait minutes, not hours,\" said Armenian Deputy Economy Minister Ani Petrosyan.\n\n"
            + "\"Georgia has been a patient partner in this,\" Petrosyan said.\n\n"
            + "The crossing will run around the clock from December, the ministry said.",
            null,
            new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero),
            "Caucasus Daily",
            "https://caucasus-daily.example/border-crossing"),
        new(
            FreightTitle,
            "Rail freight rates between Central Asia and Europe fell by a tenth in November as new corridors opened.\n\n"
            + "\"Shippers finally have a choice,\" said Lena Vogt, an analyst at the Hamburg-based Cargo Monitor.\n\n"
            + "Analysts expect rail freight volumes to keep growing next year.",
            null,
            new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero),
            "Freight Weekly",
            "https://freight-weekly.example/rates"),
    ];
}
