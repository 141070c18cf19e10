using BriefingBot.Tests.Briefings;
using BriefingBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Tests.Conversations;

/// <summary>
/// Question kinds and follow-ups in chat, through the real service on loopback: each conversation keeps its
/// own last question (in the database), which expires after Conversations:Expiry on the service's clock.
/// </summary>
public sealed class FollowUpChatTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
    private FakeBotConnector _connector = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _host = await BriefingHost.StartAsync(_time, more: new Dictionary<string, string?> { ["Conversations:Expiry"] = "00:10:00", ["Answers:MaxQuotes"] = "1" });
        await _host.IngestAsync(
            "Trilateral ministers back a Caspian rail corridor at the Baku meeting",
            "The foreign ministers of Azerbaijan, Turkey and Pakistan agreed at the Baku meeting on Wednesday to build a joint rail corridor.\n\n"
            + "\"We will not let paperwork stop the trains,\" said Turkish Foreign Minister Selim Arikan.\n\n"
            + "\"Every border we share should be a day shorter,\" Arikan said.\n\n"
            + "\"Our ports are ready to carry Caspian goods,\" said Pakistani Foreign Minister Nadia Qureshi.\n\n"
            + "The next trilateral ministerial meeting will take place in Islamabad sometime in March 2027, officials said.",
            _time.GetUtcNow().AddHours(-30));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private async Task<string> SayAsync(string text, string conversation = "conversation-1") =>
        (await _host.AskAsync(_connector, text, conversationId: conversation)).Text ?? string.Empty;

    [Fact]
    public async Task More_and_what_else_continue_the_same_conversation_only()
    {
        var first = await SayAsync("what did Arikan say?");
        var second = await SayAsync("what else did he say?");

        Assert.Contains("Selim Arikan", first);
        Assert.Contains("Selim Arikan", second);
        Assert.NotEqual(Quoted(first), Quoted(second));
        Assert.Contains("More of what?", await SayAsync("more", "conversation-2"));
        Assert.Contains("That is all I have from Selim Arikan", await SayAsync("more"));
    }

    [Fact]
    public async Task And_another_country_follows_up_a_party_question()
    {
        Assert.Contains("What Turkey said", await SayAsync("what did Turkey say?"));

        var reply = await SayAsync("and Pakistan?");

        Assert.Contains("What Pakistan said", reply);
        Assert.Contains("Our ports are ready to carry Caspian goods", reply);
    }

    [Fact]
    public async Task The_state_expires_on_the_services_clock()
    {
        await SayAsync("what did Arikan say?");
        _time.Advance(TimeSpan.FromMinutes(11));

        Assert.Contains("More of what?", await SayAsync("more"));
    }

    [Fact]
    public async Task Whats_new_on_a_place_with_nothing_recent_and_when_questions_answer_in_chat_as_in_the_cli()
    {
        var news = await SayAsync("what\u2019s new in Pakistan?");
        var when = await SayAsync("when is the next trilateral meeting?");

        Assert.Contains("No new stories about Pakistan in the last 24 hours.", news);
        Assert.Contains("Trilateral ministers back a Caspian rail corridor at the Baku meeting", news);
        Assert.Contains("The next trilateral ministerial meeting will take place in Islamabad sometime in March 2027, officials said.", when);
        Assert.Contains("test-wire.example", when);
    }

    private static string Quoted(string reply) =>
        reply.Split('\n').First(line => line.StartsWith("> \u201c", StringComparison.Ordinal));
}
