using BriefingBot.Core.Answering;
using BriefingBot.Core.Replies;

namespace BriefingBot.Infrastructure.Tests.Answering;

/// <summary>Each kind of question, answered over a real SQLite archive of articles understood by the real analyzer.</summary>
public sealed class QuestionKindTests(AnsweringArchive archive) : IClassFixture<AnsweringArchive>
{
    private Task<Reply> AskAsync(string question) => archive.Answerer().AnswerAsync(question);

    [Fact]
    public async Task What_did_a_country_propose_gives_its_officials_words_not_those_of_someone_merely_based_there()
    {
        var reply = await AskAsync("what did Turkey propose?");

        Assert.Equal("What Turkey proposed", reply.Heading);
        Assert.Equal("Selim Arikan", reply.Quotes[0].Speaker);
        Assert.Contains(reply.Quotes, q => q.Text.Contains("joint customs office", StringComparison.Ordinal));
        Assert.DoesNotContain(reply.Quotes, q => q.Speaker == "Kemal Ozturk");
        Assert.All(reply.Quotes, q => Assert.Equal(AnsweringArchive.BakuUrl, q.Source.Url));
    }

    [Fact]
    public async Task A_country_that_is_only_mentioned_gets_no_statement_and_the_answer_says_so()
    {
        var reply = await AskAsync("what did Georgia propose?");

        Assert.Equal("I found no statement by Georgia", reply.Heading);
        Assert.Empty(reply.Quotes);
        Assert.Contains(reply.Citations, c => c.Title == AnsweringArchive.ArmeniaTitle);
        Assert.Contains("what's new in Georgia?", reply.Suggestions);
    }

    [Fact]
    public async Task Who_said_a_phrase_names_the_speaker_and_gives_the_exact_quote_and_article()
    {
        var reply = await AskAsync("who said \u201cpaperwork stop the trains\u201d?");

        Assert.Equal("Selim Arikan said it", reply.Heading);
        var quote = Assert.Single(reply.Quotes);
        Assert.StartsWith("We will not let paperwork stop the trains", quote.Text, StringComparison.Ordinal);
        Assert.True(quote.Direct);
        Assert.Equal("Turkey's foreign minister", quote.SpeakerRole);
        Assert.Equal(AnsweringArchive.BakuTitle, quote.Source.Title);
    }

    [Fact]
    public async Task Words_nobody_is_quoted_with_are_not_pinned_on_anyone_but_the_sentence_is_shown()
    {
        var reply = await AskAsync("who said \"opened a new border crossing near Bavra\"?");

        Assert.Equal("I have no quote with those words", reply.Heading);
        Assert.Empty(reply.Quotes);
        Assert.Contains(reply.Paragraphs, p => p.StartsWith("Armenia and Georgia opened a new border crossing near Bavra", StringComparison.Ordinal));
        Assert.Equal(AnsweringArchive.ArmeniaTitle, Assert.Single(reply.Citations).Title);
    }

    [Fact]
    public async Task A_search_matching_few_of_its_words_offers_leads_instead_of_an_answer()
    {
        var reply = await AskAsync("Bavra weather forecast");

        Assert.Equal("I am not sure I have anything on \u201cBavra weather forecast\u201d", reply.Heading);
        Assert.Empty(reply.Quotes);
        Assert.Equal(AnsweringArchive.ArmeniaTitle, Assert.Single(reply.Citations).Title);
    }

    [Fact]
    public async Task A_search_matching_its_words_answers_with_them()
    {
        var reply = await AskAsync("Bavra border crossing");

        Assert.Equal("What I found on \u201cBavra border crossing\u201d", reply.Heading);
        Assert.Equal(AnsweringArchive.ArmeniaTitle, reply.Citations[0].Title);
    }

    [Fact]
    public async Task Who_is_gives_the_role_the_article_gives()
    {
        var reply = await AskAsync("who is Ozturk?");

        Assert.Equal("Kemal Ozturk", reply.Heading);
        Assert.Equal("Kemal Ozturk is a research fellow at the Ankara-based Strategic Outlook think tank.", Assert.Single(reply.Paragraphs));
        Assert.Equal(AnsweringArchive.BakuTitle, Assert.Single(reply.Citations).Title);
    }

    [Fact]
    public async Task Whats_new_in_a_country_is_its_briefing()
    {
        var reply = await AskAsync("what's new in Armenia?");

        Assert.Equal("Briefing: Armenia", reply.Heading);
        Assert.Equal(AnsweringArchive.ArmeniaTitle, Assert.Single(reply.Sections).Heading);
    }

    [Fact]
    public async Task Whats_new_in_a_country_with_nothing_in_the_briefing_window_gives_its_latest_articles()
    {
        var reply = await AskAsync("what's new in Pakistan?");

        Assert.Equal("What's new on Pakistan", reply.Heading);
        Assert.StartsWith("No new stories about Pakistan in the last 24 hours.", reply.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal(AnsweringArchive.BakuTitle, Assert.Single(reply.Sections).Heading);
    }

    [Fact]
    public async Task Whats_new_on_a_topic_lists_the_matching_articles_newest_first_with_summaries_and_citations()
    {
        var reply = await AskAsync("what's new on rail freight?");

        Assert.Equal("What's new on rail freight", reply.Heading);
        Assert.Equal([AnsweringArchive.BakuTitle, AnsweringArchive.FreightTitle], reply.Sections.Select(s => s.Heading));
        Assert.All(reply.Sections, s => Assert.Single(s.Citations));
        Assert.StartsWith("Rail freight rates between Central Asia and Europe fell", reply.Sections[1].Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_happened_at_an_event_gives_the_summary_of_the_article_about_it()
    {
        var reply = await AskAsync("what happened at the Baku meeting?");

        Assert.Equal(AnsweringArchive.BakuTitle, reply.Heading);
        Assert.StartsWith("The foreign ministers of Azerbaijan, Turkey and Pakistan agreed at the Baku meeting", reply.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal(AnsweringArchive.BakuUrl, Assert.Single(reply.Citations).Url);
    }

    [Fact]
    public async Task What_happened_at_an_event_no_article_covers_does_not_guess()
    {
        var reply = await AskAsync("what happened at the Oslo summit?");

        Assert.Equal("Nothing found on Oslo summit", reply.Heading);
        Assert.Empty(reply.Citations);
    }

    [Theory]
    [InlineData("when is the next trilateral meeting?", "When: next trilateral meeting")]
    [InlineData("where will the next meeting take place?", "Where: next meeting")]
    public async Task When_and_where_answer_with_the_sentence_that_says_it_word_for_word(string question, string heading)
    {
        var reply = await AskAsync(question);

        Assert.Equal(heading, reply.Heading);
        Assert.Equal("The next trilateral ministerial meeting will take place in Islamabad sometime in March 2027, officials said.", Assert.Single(reply.Paragraphs));
        Assert.Equal(AnsweringArchive.BakuUrl, Assert.Single(reply.Citations).Url);
    }

    [Fact]
    public async Task When_no_sentence_gives_a_date_the_answer_says_so_instead_of_guessing()
    {
        var reply = await AskAsync("when is the secretariat opening?");

        Assert.Equal("I found no date for secretariat opening", reply.Heading);
        Assert.Contains(reply.Citations, c => c.Title == AnsweringArchive.BakuTitle);
    }
}
