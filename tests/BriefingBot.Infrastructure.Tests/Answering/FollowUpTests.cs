using BriefingBot.Core.Answering;

namespace BriefingBot.Infrastructure.Tests.Answering;

/// <summary>Follow-ups in one conversation, with the state in the SQLite archive.</summary>
public sealed class FollowUpTests : IAsyncLifetime
{
    private readonly AnsweringArchive _archive = new();

    public Task InitializeAsync() => _archive.InitializeAsync();

    public Task DisposeAsync() => _archive.DisposeAsync();

    [Fact]
    public async Task More_shows_the_speakers_next_quotes_and_then_says_there_are_none_left()
    {
        var answerer = _archive.Answerer(maxQuotes: 1);

        var first = Assert.Single((await answerer.AnswerAsync("what did Arikan say?", "chat:a", default)).Quotes);
        var second = Assert.Single((await answerer.AnswerAsync("more", "chat:a", default)).Quotes);
        var third = Assert.Single((await answerer.AnswerAsync("what else did he say?", "chat:a", default)).Quotes);
        var done = await answerer.AnswerAsync("more", "chat:a", default);

        Assert.Equal(3, new[] { first.Text, second.Text, third.Text }.Distinct().Count());
        Assert.All(new[] { first, second, third }, q => Assert.Equal("Selim Arikan", q.Speaker));
        Assert.Equal("That is all I have from Selim Arikan", done.Heading);
    }

    [Fact]
    public async Task And_another_country_asks_the_last_question_about_it()
    {
        var answerer = _archive.Answerer();
        await answerer.AnswerAsync("what did Turkey propose?", "chat:a", default);

        var reply = await answerer.AnswerAsync("and Pakistan?", "chat:a", default);

        Assert.Equal("What Pakistan proposed", reply.Heading);
        Assert.Contains(reply.Quotes, q => q.Speaker == "Nadia Qureshi");
        Assert.DoesNotContain(reply.Quotes, q => q.Speaker == "Selim Arikan");
    }

    [Fact]
    public async Task What_else_did_she_say_after_a_countrys_statements_is_the_person_quoted()
    {
        var answerer = _archive.Answerer(maxQuotes: 1);
        var party = await answerer.AnswerAsync("what did Pakistan say?", "chat:a", default);

        var reply = await answerer.AnswerAsync("what else did she say?", "chat:a", default);

        Assert.Equal("Nadia Qureshi", Assert.Single(party.Quotes).Speaker);
        Assert.Equal("Nadia Qureshi, Pakistan's foreign minister", reply.Heading);
    }

    [Fact]
    public async Task What_about_another_place_asks_for_its_news()
    {
        var answerer = _archive.Answerer();
        await answerer.AnswerAsync("what's new in Armenia?", "chat:a", default);

        var reply = await answerer.AnswerAsync("what about Pakistan?", "chat:a", default);

        Assert.Equal("What's new on Pakistan", reply.Heading);
    }

    [Fact]
    public async Task More_after_a_briefing_goes_on_past_its_stories_instead_of_repeating_it()
    {
        var answerer = _archive.Answerer();
        Assert.Equal("Briefing: Armenia", (await answerer.AnswerAsync("what's new in Armenia?", "chat:a", default)).Heading);

        var reply = await answerer.AnswerAsync("more", "chat:a", default);

        Assert.Equal("That is all I have on Armenia", reply.Heading);
    }

    [Fact]
    public async Task He_after_who_said_is_the_person_who_said_it()
    {
        var answerer = _archive.Answerer();
        await answerer.AnswerAsync("who said \"ports are ready\"?", "chat:a", default);

        var reply = await answerer.AnswerAsync("what did she say?", "chat:a", default);

        Assert.Equal("Nadia Qureshi, Pakistan's foreign minister", reply.Heading);
    }

    [Fact]
    public async Task Conversations_do_not_share_their_last_question()
    {
        var answerer = _archive.Answerer(maxQuotes: 1);
        await answerer.AnswerAsync("what did Arikan say?", "chat:a", default);

        var other = await answerer.AnswerAsync("more", "chat:b", default);
        var alone = await answerer.AnswerAsync("more", null, default);

        Assert.Equal("More of what?", other.Heading);
        Assert.Equal("More of what?", alone.Heading);
    }

    [Fact]
    public async Task A_follow_up_after_the_expiry_no_longer_refers_to_the_old_question()
    {
        var answerer = _archive.Answerer(maxQuotes: 1);
        await answerer.AnswerAsync("what did Arikan say?", "chat:a", default);
        _archive.Time.Advance(_archive.ConversationOptions.Expiry - TimeSpan.FromSeconds(1));
        Assert.Equal("Selim Arikan", Assert.Single((await answerer.AnswerAsync("more", "chat:a", default)).Quotes).Speaker);

        // Each answer restarts the clock; past it, the state is gone.
        _archive.Time.Advance(_archive.ConversationOptions.Expiry);
        var reply = await answerer.AnswerAsync("more", "chat:a", default);

        Assert.Equal("More of what?", reply.Heading);
    }
}
