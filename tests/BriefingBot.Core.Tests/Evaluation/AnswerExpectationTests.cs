using BriefingBot.Core.Evaluation;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Tests.Evaluation;

public sealed class AnswerExpectationTests
{
    private static readonly Citation Port = new("Port deal signed", "Wire", null, null);
    private static readonly Citation Strike = new("Dock strike", "Wire", null, null);

    private static readonly QuotesExpected Petrosyan = new("Arman Petrosyan", Port.Title, ["Our farmers have waited far too long for a short road to the sea"]);

    [Fact]
    public void A_shown_quote_from_the_article_with_the_gold_words_is_correct() =>
        Assert.Equal(AnswerOutcome.Correct, Petrosyan.Judge(Reply("Arman Petrosyan", Quote("Our farmers have waited far too long", "Arman Petrosyan", Port))));

    [Fact]
    public void The_same_words_cited_to_another_article_are_the_wrong_article() =>
        Assert.Equal(AnswerOutcome.WrongArticle, Petrosyan.Judge(Reply("Arman Petrosyan", Quote("Our farmers have waited far too long", "Arman Petrosyan", Strike))));

    [Fact]
    public void Other_words_of_the_right_person_are_the_wrong_quote() =>
        Assert.Equal(AnswerOutcome.WrongQuote, Petrosyan.Judge(Reply("Arman Petrosyan", Quote("The parliament will vote in December", "Arman Petrosyan", Port))));

    [Fact]
    public void Another_persons_words_from_the_article_are_the_wrong_speaker() =>
        Assert.Equal(AnswerOutcome.WrongSpeaker, Petrosyan.Judge(Reply("Selin Cavusoglu", Quote("Nobody will be turned away at the gate", "Selin Cavusoglu", Port))));

    [Fact]
    public void No_quote_is_no_answer_and_a_question_back_is_asked_which_one()
    {
        Assert.Equal(AnswerOutcome.NoAnswer, Petrosyan.Judge(Reply("No quotes from Petrosyan")));
        Assert.Equal(AnswerOutcome.AskedWhichOne, Petrosyan.Judge(Reply("Which Petrosyan do you mean?")));
    }

    [Theory]
    [InlineData("the sea", false)]
    [InlineData("Our farmers have waited", true)]
    [InlineData("Our farmers want rain, seed, loans and banks that open again on Monday", false)]
    public void A_shown_quote_matches_when_half_its_words_and_at_least_three_are_gold_words(string shown, bool matches) =>
        Assert.Equal(matches, QuoteOverlap.Matches(shown, "Our farmers have waited far too long for a short road to the sea"));

    [Fact]
    public void Who_said_is_correct_when_the_quote_from_the_article_is_given_to_the_person()
    {
        var expected = new SpeakerExpected("Arman Petrosyan", Port.Title);

        Assert.Equal(AnswerOutcome.Correct, expected.Judge(Reply("Who said it", Quote("a short road", "Petrosyan", Port))));
        Assert.Equal(AnswerOutcome.WrongSpeaker, expected.Judge(Reply("Who said it", Quote("a short road", "Selin Cavusoglu", Port))));
        Assert.Equal(AnswerOutcome.Correct, expected.Judge(new Reply("Arman Petrosyan said it", [], [], [Port], [])));
    }

    [Fact]
    public void Nothing_expected_is_correct_only_without_quotes() =>
        Assert.Equal(AnswerOutcome.WrongContent, new NothingExpected().Judge(Reply("Orlov", Quote("Roads are never built", "Dmitri Orlov", Port))));

    private static ReplyQuote Quote(string text, string speaker, Citation source) => new(text, speaker, null, true, source);

    private static Reply Reply(string heading, params ReplyQuote[] quotes) => new(heading, [], quotes, [], []);
}
