using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Tests.Answering;

public sealed class QuestionParserTests
{
    [Theory]
    [InlineData("what did Cavusoglu say?", "Cavusoglu", null)]
    [InlineData("What did FM Çavuşoğlu say", "FM Çavuşoğlu", null)]
    [InlineData("what did Mammadyarov say about defense?", "Mammadyarov", "defense")]
    [InlineData("What has Elmar Mammadyarov said on trade and defence", "Elmar Mammadyarov", "trade and defence")]
    [InlineData("what did the foreign minister tell reporters about Baku?", "foreign minister", "Baku")]
    [InlineData("quotes from Ismayil", "Ismayil", null)]
    [InlineData("what did Ismayil tell Caspian News?", "Ismayil", null)]
    [InlineData("  what   does Hussain think about the JF-17 deal ?  ", "Hussain", "JF-17 deal")]
    public void Speaker_questions_name_the_speaker_and_the_topic(string message, string speaker, string? topic)
    {
        var question = QuestionParser.Parse(message);

        Assert.Equal(QuestionKind.SpeakerQuotes, question.Kind);
        Assert.Equal(speaker, question.Subject);
        Assert.Equal(topic, question.Topic);
    }

    [Theory]
    [InlineData("summarize the Baku meeting", "Baku meeting")]
    [InlineData("Summarise defense triangle", "defense triangle")]
    [InlineData("tl;dr", "")]
    public void Summary_requests_keep_their_topic(string message, string topic)
    {
        var question = QuestionParser.Parse(message);

        Assert.Equal(QuestionKind.Summarize, question.Kind);
        Assert.Equal(topic, question.Subject);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("/help")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("What can you do?")]
    public void Help_and_empty_messages_ask_for_help(string? message) =>
        Assert.Equal(QuestionKind.Help, QuestionParser.Parse(message).Kind);

    [Fact]
    public void Who_is_names_the_person() =>
        Assert.Equal(new Question(QuestionKind.WhoIs, "Elnur Ismayil"), QuestionParser.Parse("who is Elnur Ismayil?"));

    [Fact]
    public void Anything_else_is_a_search() =>
        Assert.Equal(new Question(QuestionKind.Search, "JF-17 Thunder purchase"), QuestionParser.Parse("JF-17 Thunder purchase"));
}
