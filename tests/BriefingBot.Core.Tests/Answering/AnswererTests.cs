using BriefingBot.Core.Answering;
using BriefingBot.Core.Archive;
using BriefingBot.Core.Replies;
using BriefingBot.Core.Understanding;

namespace BriefingBot.Core.Tests.Answering;

public sealed class AnswererTests
{
    private static readonly StoredArticle Ports = new(
        1,
        "Caspian ports open a shared customs window",
        "Body.",
        "A. Writer",
        new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero),
        "Demo Wire",
        "https://news.example/ports",
        ["Three Caspian ports opened a shared customs window on Monday.", "Officials expect shorter queues."],
        DateTimeOffset.UnixEpoch);

    private static readonly StoredArticle Rail = Ports with
    {
        Id = 2,
        Title = "Rail link talks resume",
        Url = "https://news.example/rail",
        PublishedAt = new DateTimeOffset(2026, 3, 9, 0, 0, 0, TimeSpan.Zero),
        Summary = ["Rail link talks resumed in Tbilisi."],
    };

    private readonly InMemoryArchive _archive = new();

    private readonly Answerer _answerer;

    public AnswererTests()
    {
        _answerer = new Answerer(_archive, new AnswerOptions());
        _archive.Articles.AddRange([Ports, Rail]);
        _archive.Quotes.AddRange(
        [
            Quote(1, "Queues at the border will be a thing of the past.", "Leyla Hasanova", "Azerbaijan's deputy transport minister", Ports),
            Quote(2, "We will not compromise on defence standards.", "Leyla Hasanova", "Azerbaijan's deputy transport minister", Rail, importance: 0.2),
            Quote(3, "the talks were constructive", "Giorgi Beridze", "a Georgian rail official", Rail, QuoteKind.Indirect),
        ]);
        _archive.People.Add(new StoredPerson("Leyla Hasanova", "Deputy Minister", "Azerbaijan's deputy transport minister", 1));
        _archive.People.Add(new StoredPerson("Nino Kapanadze", null, null, 2));
    }

    [Fact]
    public async Task What_did_X_say_gives_the_exact_words_the_full_name_the_role_and_the_article()
    {
        var reply = await _answerer.AnswerAsync("what did Hasanova say?");

        Assert.Equal("Leyla Hasanova, Azerbaijan's deputy transport minister", reply.Heading);
        var quote = Assert.Single(reply.Quotes, q => q.Text == "Queues at the border will be a thing of the past.");
        Assert.Equal("Leyla Hasanova", quote.Speaker);
        Assert.True(quote.Direct);
        Assert.Equal(new Citation(Ports.Title, "Demo Wire", Ports.PublishedAt, Ports.Url), quote.Source);
    }

    [Theory]
    [InlineData("what did Deputy Minister Hasanova say?")]
    [InlineData("what did Ms. Hasanova say?")]
    [InlineData("what did FM Leyla Hasanova say?")]
    public async Task Titles_in_the_question_do_not_hide_the_speaker(string question)
    {
        var reply = await _answerer.AnswerAsync(question);

        Assert.Equal("Leyla Hasanova, Azerbaijan's deputy transport minister", reply.Heading);
    }

    [Fact]
    public async Task A_topic_keeps_only_the_quotes_about_it_and_folds_spellings()
    {
        var reply = await _answerer.AnswerAsync("what did Hasanova say about defense?");

        var quote = Assert.Single(reply.Quotes);
        Assert.Equal("We will not compromise on defence standards.", quote.Text);
    }

    [Fact]
    public async Task A_topic_finds_quotes_in_other_words_of_the_same_field()
    {
        var reply = await _answerer.AnswerAsync("what did Hasanova say about the military?");

        Assert.Equal("We will not compromise on defence standards.", Assert.Single(reply.Quotes).Text);
        Assert.DoesNotContain(reply.Paragraphs, p => p.Contains("nothing", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_quote_with_the_topics_own_word_comes_before_one_in_other_words()
    {
        _archive.Quotes.Add(Quote(10, "The army needs new trucks.", "Leyla Hasanova", "Azerbaijan's deputy transport minister", Ports, importance: 0.1));

        var reply = await _answerer.AnswerAsync("what did Hasanova say about the army?");

        Assert.Equal(["The army needs new trucks.", "We will not compromise on defence standards."], reply.Quotes.Select(q => q.Text));
    }

    [Fact]
    public async Task A_topic_nobody_spoke_about_says_so_and_shows_the_rest()
    {
        var reply = await _answerer.AnswerAsync("what did Hasanova say about fisheries?");

        Assert.Contains(reply.Paragraphs, p => p.Contains("nothing", StringComparison.OrdinalIgnoreCase) && p.Contains("fisheries"));
        Assert.Equal(2, reply.Quotes.Count);
    }

    [Fact]
    public async Task Reported_speech_is_marked_as_not_direct()
    {
        var reply = await _answerer.AnswerAsync("what did Beridze say?");

        Assert.False(Assert.Single(reply.Quotes).Direct);
    }

    [Fact]
    public async Task An_unknown_speaker_gets_a_friendly_reply_without_quotes()
    {
        var reply = await _answerer.AnswerAsync("what did Smith say?");

        Assert.Empty(reply.Quotes);
        Assert.Contains("Smith", reply.Heading);
    }

    [Fact]
    public async Task A_person_without_quotes_is_named_as_mentioned()
    {
        var reply = await _answerer.AnswerAsync("what did Kapanadze say?");

        Assert.Empty(reply.Quotes);
        Assert.Contains(reply.Paragraphs, p => p.Contains("no quotes"));
        Assert.Equal(Rail.Title, Assert.Single(reply.Citations).Title);
    }

    [Fact]
    public async Task An_ambiguous_surname_asks_which_person_is_meant()
    {
        _archive.Quotes.Add(Quote(4, "Ferries run on time.", "Rauf Hasanov", "a port manager", Ports));
        _archive.Quotes.Add(Quote(5, "Tickets are cheaper.", "Rauf Hasanova", "a ticket agent", Ports));

        var reply = await _answerer.AnswerAsync("what did Hasanova say?");

        Assert.StartsWith("Which", reply.Heading);
        Assert.Empty(reply.Quotes);
        Assert.Contains("what did Leyla Hasanova say?", reply.Suggestions);
    }

    [Fact]
    public async Task A_surname_only_speaker_is_merged_into_the_full_name_that_contains_it()
    {
        _archive.Quotes.Add(Quote(6, "Timetables matter.", "Hasanova", null!, Rail));

        var reply = await _answerer.AnswerAsync("what did Hasanova say?");

        Assert.Equal("Leyla Hasanova, Azerbaijan's deputy transport minister", reply.Heading);
        Assert.Equal(3, reply.Quotes.Count);
        Assert.All(reply.Quotes, q => Assert.Equal("Leyla Hasanova", q.Speaker));
    }

    [Fact]
    public async Task Naming_one_of_two_people_in_full_answers_for_that_person()
    {
        _archive.Quotes.Add(Quote(4, "Ferries run on time.", "Rauf Hasanova", "a port manager", Ports));

        var reply = await _answerer.AnswerAsync("what did Rauf Hasanova say?");

        Assert.Equal("Ferries run on time.", Assert.Single(reply.Quotes).Text);
    }

    [Fact]
    public async Task Who_said_counts_one_person_quoted_under_a_short_and_a_full_name_once()
    {
        _archive.Quotes.Add(Quote(7, "Queues at the border will be a thing of the past.", "Hasanova", null!, Rail));

        var reply = await _answerer.AnswerAsync("who said \u201cqueues at the border\u201d?");

        Assert.Equal("Leyla Hasanova said it", reply.Heading);
        Assert.DoesNotContain(reply.Paragraphs, p => p.Contains("people are quoted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Who_said_names_every_person_quoted_with_the_same_words()
    {
        _archive.Quotes.Add(Quote(7, "Queues at the border will be a thing of the past.", "Giorgi Beridze", "a Georgian rail official", Rail));

        var reply = await _answerer.AnswerAsync("who said \u201cqueues at the border\u201d?");

        Assert.Contains(
            "2 people are quoted with these words: Leyla Hasanova, Azerbaijan's deputy transport minister; Giorgi Beridze, a Georgian rail official.",
            reply.Paragraphs);
    }

    [Fact]
    public async Task A_person_whose_surname_is_a_country_is_answered_as_that_person()
    {
        _archive.Quotes.Add(Quote(8, "The hearing will go ahead.", "Jim Jordan", "a congressman from Ohio", Rail));

        var reply = await _answerer.AnswerAsync("what did Jordan say?");

        Assert.Equal("Jim Jordan, a congressman from Ohio", reply.Heading);
        Assert.Equal("The hearing will go ahead.", Assert.Single(reply.Quotes).Text);
    }

    [Fact]
    public async Task A_country_keeps_its_officials_words_apart_from_a_namesakes()
    {
        _archive.Quotes.Add(Quote(8, "The hearing will go ahead.", "Jim Jordan", "a congressman from Ohio", Rail));
        _archive.Quotes.Add(Quote(9, "The crossing at Aqaba stays open.", "Ayman Safadi", "Jordan's foreign minister", Ports));

        var reply = await _answerer.AnswerAsync("what did Jordan say?");

        Assert.Equal("What Jordan said", reply.Heading);
        Assert.Equal("Ayman Safadi", Assert.Single(reply.Quotes).Speaker);
        Assert.Contains(reply.Paragraphs, p => p.StartsWith("Jim Jordan is quoted too", StringComparison.Ordinal));
        Assert.Contains("what did Jim Jordan say?", reply.Suggestions);
    }

    [Fact]
    public async Task Who_is_gives_the_role_from_the_articles()
    {
        var reply = await _answerer.AnswerAsync("who is Leyla Hasanova?");

        Assert.Equal("Leyla Hasanova is Azerbaijan's deputy transport minister.", Assert.Single(reply.Paragraphs));
    }

    [Fact]
    public async Task Who_is_takes_the_role_a_quote_gave_when_the_people_index_has_none()
    {
        _archive.Quotes.Add(Quote(11, "The ferries will keep running.", "Nino Kapanadze", "a ferry operator in Poti", Rail));

        var reply = await _answerer.AnswerAsync("who is Nino Kapanadze?");

        Assert.Equal("Nino Kapanadze is a ferry operator in Poti.", Assert.Single(reply.Paragraphs));
        Assert.Equal(Rail.Url, Assert.Single(reply.Citations).Url);
    }

    [Theory]
    [InlineData("chief executive of Eastline Rail", "Rauf Aliyev is chief executive of Eastline Rail.")]
    [InlineData("hydrologist at the University of Tamsk", "Rauf Aliyev is a hydrologist at the University of Tamsk.")]
    [InlineData("Azerbaijan's envoy", "Rauf Aliyev is Azerbaijan's envoy.")]
    [InlineData("professor of law at Tamsk University", "Rauf Aliyev is a professor of law at Tamsk University.")]
    public async Task Who_is_puts_an_article_before_a_role_only_where_english_wants_one(string role, string expected)
    {
        _archive.People.Add(new StoredPerson("Rauf Aliyev", null, role, 1));

        var reply = await _answerer.AnswerAsync("who is Rauf Aliyev?");

        Assert.Equal(expected, Assert.Single(reply.Paragraphs));
    }

    [Fact]
    public async Task Who_is_finds_a_person_written_in_another_romanization()
    {
        var reply = await _answerer.AnswerAsync("who is Leyla Khasanova?");

        Assert.Equal("Leyla Hasanova is Azerbaijan's deputy transport minister.", Assert.Single(reply.Paragraphs));
    }

    [Fact]
    public async Task Who_is_does_not_answer_for_a_namesake_with_another_first_name()
    {
        var reply = await _answerer.AnswerAsync("who is Aysel Khasanova?");

        Assert.DoesNotContain(reply.Paragraphs, p => p.Contains("Leyla Hasanova", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Summarize_gives_the_matching_article_summary_with_its_citation()
    {
        var reply = await _answerer.AnswerAsync("summarize the rail link talks");

        Assert.Equal(Rail.Title, reply.Heading);
        Assert.Equal("Rail link talks resumed in Tbilisi.", Assert.Single(reply.Paragraphs));
        Assert.Equal(Rail.Url, Assert.Single(reply.Citations).Url);
    }

    [Fact]
    public async Task Help_counts_the_articles_read()
    {
        var reply = await _answerer.AnswerAsync("help");

        Assert.Contains(reply.Paragraphs, p => p.Contains("2 articles"));
    }

    [Fact]
    public async Task Help_suggests_questions_about_the_latest_speakers()
    {
        var reply = await _answerer.AnswerAsync("help");

        Assert.Equal(["what did Beridze say?", "what did Hasanova say?", $"summarize {Rail.Title}"], reply.Suggestions);
    }

    [Fact]
    public async Task An_unanswerable_question_says_it_does_not_know()
    {
        var reply = await _answerer.AnswerAsync("xyzzy plugh");

        Assert.Empty(reply.Quotes);
        Assert.Empty(reply.Citations);
        Assert.Contains("don't know", reply.Heading);
    }

    private static StoredQuote Quote(long id, string text, string speaker, string role, StoredArticle article, QuoteKind kind = QuoteKind.Direct, double importance = 1) =>
        new(id, kind, text, speaker, role, importance, text, article);
}
