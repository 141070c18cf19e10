using System.Globalization;
using BriefingBot.Core.Answering;
using BriefingBot.Infrastructure.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

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
    public async Task States_written_in_the_earlier_time_format_still_expire_on_time()
    {
        // Before UtcText, this store wrote times as "O" with "+00:00"; archives keep such rows.
        var now = AnsweringArchive.Now;
        var expiry = _archive.ConversationOptions.Expiry;
        await using (var connection = new SqliteConnection($"Data Source={_archive.Store.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO conversation_state (conversation_key, kind, subject, topic, verb, person, shown, updated_at, expires_at)
                VALUES ('teams:old', $kind, 'Turkey', 'rail', 'propose', 'Selim Arikan', 4, $now, $expires);
                """;
            insert.Parameters.AddWithValue("$kind", State.Kind.ToString());
            insert.Parameters.AddWithValue("$now", now.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$expires", (now + expiry).ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
            await insert.ExecuteNonQueryAsync();
        }

        var store = _archive.Conversations;
        Assert.Equal(State, await store.LoadAsync("teams:old", now + expiry - TimeSpan.FromTicks(1)));
        Assert.Null(await store.LoadAsync("teams:old", now + expiry));

        await store.SaveAsync("teams:new", State, now + expiry);
        Assert.Equal(1, await store.CountAsync());
    }

    [Fact]
    public async Task States_saved_before_a_shutdown_are_there_after_the_restart()
    {
        var now = AnsweringArchive.Now;
        await using (var before = new SqliteConversationStateStore(_archive.Store, Options.Create(_archive.ConversationOptions)))
        {
            for (var i = 0; i < 50; i++)
            {
                await before.SaveAsync($"slack:C{i}", State with { Shown = i }, now);
            }
        }

        await using var after = new SqliteConversationStateStore(_archive.Store, Options.Create(_archive.ConversationOptions));
        Assert.Equal(State with { Shown = 49 }, await after.LoadAsync("slack:C49", now));
        Assert.Equal(State with { Shown = 0 }, await after.LoadAsync("slack:C0", now));
    }

    [Fact]
    public async Task The_latest_of_many_saves_to_one_conversation_is_the_one_kept()
    {
        var store = _archive.Conversations;
        var now = AnsweringArchive.Now;
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => store.SaveAsync($"teams:{i % 10}", State with { Shown = i }, now))));
        await store.SaveAsync("teams:3", State with { Shown = 1_000 }, now);
        // Saves are written behind; another store (another instance) sees them once they are written.
        await store.FlushAsync();

        await using var fresh = new SqliteConversationStateStore(_archive.Store, Options.Create(_archive.ConversationOptions));
        Assert.Equal(1_000, (await fresh.LoadAsync("teams:3", now))?.Shown);
        Assert.Equal(10, await store.CountAsync());
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
