using BriefingBot.Core.Answering;

namespace BriefingBot.Infrastructure.Tests.Answering;

/// <summary>The SQLite store of conversations' last questions: round trip, expiry and lazy clean-up.</summary>
public sealed class ConversationStateStoreTests : IAsyncLifetime
{
    private static readonly ConversationState State = new(QuestionKind.PartyStatements, "Turkey", "rail", "propose", "Selim Arikan", 4);

    private readonly AnsweringArchive _archive = new();

    public Task InitializeAsync() => _archive.InitializeAsync();

    public Task DisposeAsync() => _archive.DisposeAsync();

    [Fact]
    public async Task A_saved_state_reads_back_whole_until_it_expires()
    {
        var store = _archive.Conversations;
        var now = AnsweringArchive.Now;
        await store.SaveAsync("teams:19:abc", State, now);

        Assert.Equal(State, await store.LoadAsync("teams:19:abc", now + _archive.ConversationOptions.Expiry - TimeSpan.FromSeconds(1)));
        Assert.Null(await store.LoadAsync("teams:19:abc", now + _archive.ConversationOptions.Expiry));
        Assert.Null(await store.LoadAsync("teams:19:other", now));
    }

    [Fact]
    public async Task Saving_replaces_the_conversations_state_and_removes_expired_rows()
    {
        var store = _archive.Conversations;
        var now = AnsweringArchive.Now;
        await store.SaveAsync("a", State, now);
        await store.SaveAsync("b", State, now);
        await store.SaveAsync("b", State with { Shown = 8 }, now);
        Assert.Equal(2, await store.CountAsync());
        Assert.Equal(8, (await store.LoadAsync("b", now))?.Shown ?? -1);

        await store.SaveAsync("c", State, now + _archive.ConversationOptions.Expiry + TimeSpan.FromSeconds(1));

        Assert.Equal(1, await store.CountAsync());
    }

    [Fact]
    public async Task An_empty_or_oversized_key_is_neither_stored_nor_found()
    {
        var store = _archive.Conversations;
        var huge = new string('x', 10_000);

        await store.SaveAsync(huge, State, AnsweringArchive.Now);
        await store.SaveAsync(" ", State, AnsweringArchive.Now);

        Assert.Equal(0, await store.CountAsync());
        Assert.Null(await store.LoadAsync(huge, AnsweringArchive.Now));
    }

    [Theory]
    [InlineData("00:00:01")]
    [InlineData("8.00:00:00")]
    public void An_expiry_out_of_range_is_refused_at_start(string expiry)
    {
        var options = new ConversationOptions { Expiry = TimeSpan.Parse(expiry, System.Globalization.CultureInfo.InvariantCulture) };

        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        Assert.Contains(errors, e => e.ErrorMessage!.Contains("Conversations:Expiry", StringComparison.Ordinal));
    }
}
