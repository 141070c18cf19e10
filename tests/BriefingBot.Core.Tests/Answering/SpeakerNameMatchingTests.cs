using BriefingBot.Core.Answering;
using BriefingBot.Core.Archive;
using BriefingBot.Core.Understanding;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>"What did X say?" when the name is asked differently from how the articles give it.</summary>
public sealed class SpeakerNameMatchingTests
{
    private static readonly StoredArticle Port = new(
        1, "Verandia and Kostavia share the port of Oskar", "Body.", null,
        new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero), "Lakeside Wire", "https://news.example/port", [], DateTimeOffset.UnixEpoch);

    private static readonly StoredArticle Strike = Port with { Id = 2, Title = "Dock workers strike at Oskar", Url = "https://news.example/strike" };

    private readonly InMemoryArchive _archive = new();
    private readonly Answerer _answerer;

    public SpeakerNameMatchingTests()
    {
        _answerer = new Answerer(_archive, new AnswerOptions());
        _archive.Articles.AddRange([Port, Strike]);
        _archive.Quotes.AddRange(
        [
            Quote(1, "Our farmers have waited far too long.", "Kostavia's Trade Minister Arman Petrosyan", "Kostavia's trade minister", Port),
            Quote(2, "We will not unload a single crate.", "Tomas Petrosyan", "leader of the Oskar Dockers' Union", Strike),
            Quote(3, "We are asking the government for seed.", "Zuhra Aliyeva", "head of the Tamsk Farmers' Union", Port),
            Quote(4, "The count will be open.", "De Blasio", null, Strike),
            Quote(5, "Nobody will be turned away.", "Donna Brazile, the interim chairwoman of the committee", null, Port),
            Quote(6, "Every ballot will be seen.", "Interim Chairwoman Donna Brazile", null, Strike),
            Quote(7, "The reservoirs are low.", "Hunter Biden", null, Strike),
            Quote(8, "The servers were set up at home.", "Bryan Pagliano", "a former aide", Strike),
            Quote(9, "Soldiers come home changed.", "Craig Bryan", "a psychologist", Port),
        ]);
    }

    [Theory]
    [InlineData("Donna Brazile, the interim chairwoman of the committee", "Donna Brazile")]
    [InlineData("Interim DNC Chairwoman Donna Brazile", "Donna Brazile")]
    [InlineData("Paul D. Ryan (R-Wis.)", "Paul D. Ryan")]
    [InlineData("Mevlut Cavusoglu", "Mevlut Cavusoglu")]
    public void A_stored_speaker_is_compared_by_the_name_without_titles_or_appositions(string stored, string core) =>
        Assert.Equal(core, AskedName.Core(stored));

    [Fact]
    public async Task One_person_stored_with_different_titles_and_appositions_is_one_speaker()
    {
        var reply = await _answerer.AnswerAsync("what did Donna Brazile say?");

        Assert.StartsWith("Donna Brazile", reply.Heading);
        Assert.Equal(2, reply.Quotes.Count);
        Assert.All(reply.Quotes, q => Assert.Equal("Donna Brazile", q.Speaker));
    }

    [Fact]
    public async Task A_full_name_finds_quotes_stored_under_the_surname_form_the_article_used()
    {
        var reply = await _answerer.AnswerAsync("what did Bill de Blasio say?");

        Assert.Equal("The count will be open.", Assert.Single(reply.Quotes).Text);
    }

    [Theory]
    [InlineData("what did Zukhra Alieva say?")]
    [InlineData("what did Alieva say?")]
    [InlineData("what did Zuhra Aliyeva say?")]
    public async Task Another_romanization_of_the_name_finds_the_speaker(string question)
    {
        var reply = await _answerer.AnswerAsync(question);

        Assert.Equal("Zuhra Aliyeva", Assert.Single(reply.Quotes).Speaker);
    }

    [Theory]
    [InlineData("what did Joe Biden say?")]
    [InlineData("what did Ana Petrosyan say?")]
    public async Task Someone_else_with_the_same_surname_never_answers_for_the_asked_name(string question)
    {
        var reply = await _answerer.AnswerAsync(question);

        Assert.Empty(reply.Quotes);
    }

    [Fact]
    public async Task A_surname_two_people_share_asks_which_one()
    {
        var reply = await _answerer.AnswerAsync("what did Petrosyan say?");

        Assert.StartsWith("Which Petrosyan", reply.Heading);
        Assert.Contains("what did Arman Petrosyan say?", reply.Suggestions);
        Assert.Contains("what did Tomas Petrosyan say?", reply.Suggestions);
    }

    [Theory]
    [InlineData("show me Aliyeva's quotes")]
    [InlineData("Aliyeva\u2019s statements")]
    public async Task A_possessive_asks_for_the_persons_quotes(string question)
    {
        var reply = await _answerer.AnswerAsync(question);

        Assert.Equal("Zuhra Aliyeva", Assert.Single(reply.Quotes).Speaker);
    }

    [Fact]
    public async Task One_word_asked_is_taken_as_a_surname_before_a_first_name()
    {
        var reply = await _answerer.AnswerAsync("what did Bryan say?");

        Assert.Equal("Craig Bryan", Assert.Single(reply.Quotes).Speaker);
    }

    [Fact]
    public async Task A_title_with_a_shared_surname_picks_the_one_who_holds_it()
    {
        var reply = await _answerer.AnswerAsync("what did Trade Minister Petrosyan say?");

        Assert.Equal("Our farmers have waited far too long.", Assert.Single(reply.Quotes).Text);
        Assert.Equal("Arman Petrosyan", reply.Quotes[0].Speaker);
    }

    private static StoredQuote Quote(long id, string text, string speaker, string? role, StoredArticle article) =>
        new(id, QuoteKind.Direct, text, speaker, role, 1, text, article);
}
