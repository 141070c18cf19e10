using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>The newer kinds of question and the follow-ups, as the parser reads them.</summary>
public sealed class QuestionKindParsingTests
{
    [Theory]
    [InlineData("what did Turkey propose?", "Turkey", "propose")]
    [InlineData("What has Pakistan offered", "Pakistan", "offer")]
    [InlineData("what did the EU call for?", "EU", "call for")]
    [InlineData("what did the Turkish foreign ministry say?", "Turkish foreign ministry", null)]
    [InlineData("what did the South Caucasus announce", "South Caucasus", "announce")]
    public void A_country_or_organisation_as_speaker_asks_for_its_statements(string message, string party, string? verb)
    {
        var question = QuestionParser.Parse(message);

        Assert.Equal(QuestionKind.PartyStatements, question.Kind);
        Assert.Equal(party, question.Subject);
        Assert.Equal(verb, question.Verb);
    }

    [Fact]
    public void A_person_who_proposed_something_is_still_a_speaker_question()
    {
        var question = QuestionParser.Parse("what did Arikan propose about customs?");

        Assert.Equal(new Question(QuestionKind.SpeakerQuotes, "Arikan", "customs", "propose"), question);
    }

    [Theory]
    [InlineData("who said \u201cwe will not let paperwork stop the trains\u201d?", "we will not let paperwork stop the trains")]
    [InlineData("Who said: 'ports are ready'", "ports are ready")]
    [InlineData("who said that the corridor could double trade", "the corridor could double trade")]
    public void Who_said_keeps_the_phrase_as_typed(string message, string phrase) =>
        Assert.Equal(new Question(QuestionKind.WhoSaid, phrase), QuestionParser.Parse(message));

    [Theory]
    [InlineData("what's new in Armenia?", "Armenia")]
    [InlineData("What\u2019s new on rail freight", "rail freight")]
    [InlineData("what is happening in the South Caucasus", "South Caucasus")]
    [InlineData("any news on the Baku meeting?", "Baku meeting")]
    [InlineData("brief me on Turkey", "Turkey")]
    [InlineData("give me a briefing for the Balkans", "Balkans")]
    public void Whats_new_and_briefing_requests_are_one_kind(string message, string subject) =>
        Assert.Equal(new Question(QuestionKind.WhatsNew, subject), QuestionParser.Parse(message));

    [Theory]
    [InlineData("what happened at the Baku meeting?", QuestionKind.WhatHappened, "Baku meeting")]
    [InlineData("What was agreed in Tbilisi", QuestionKind.WhatHappened, "Tbilisi")]
    [InlineData("when is the next trilateral meeting?", QuestionKind.When, "next trilateral meeting")]
    [InlineData("when will the summit take place", QuestionKind.When, "summit")]
    [InlineData("where will the next meeting take place?", QuestionKind.Where, "next meeting")]
    [InlineData("where was the Baku meeting held", QuestionKind.Where, "Baku meeting")]
    public void Event_questions_name_the_event(string message, QuestionKind kind, string subject) =>
        Assert.Equal(new Question(kind, subject), QuestionParser.Parse(message));

    [Theory]
    [InlineData("more")]
    [InlineData("More please")]
    [InlineData("what else?")]
    [InlineData("tell me more")]
    public void More_continues_the_last_answer(string message) =>
        Assert.Equal(new Question(QuestionKind.More, string.Empty), QuestionParser.Parse(message));

    [Theory]
    [InlineData("what else did he say?", "he")]
    [InlineData("and what else did they say", "they")]
    public void What_else_keeps_the_pronoun_for_the_conversation(string message, string pronoun) =>
        Assert.Equal(new Question(QuestionKind.More, pronoun), QuestionParser.Parse(message));

    [Fact]
    public void What_else_did_a_named_person_say_names_them() =>
        Assert.Equal(new Question(QuestionKind.More, "Arikan"), QuestionParser.Parse("what else did Arikan say?"));

    [Theory]
    [InlineData("and Pakistan?", "Pakistan")]
    [InlineData("What about Armenia?", "Armenia")]
    [InlineData("how about the Balkans", "Balkans")]
    [InlineData("and on defence?", "defence")]
    public void And_about_names_the_new_subject(string message, string subject) =>
        Assert.Equal(new Question(QuestionKind.AndAbout, subject), QuestionParser.Parse(message));

    [Theory]
    [InlineData("what did he say?")]
    [InlineData("who is she")]
    public void A_pronoun_is_left_for_the_conversation_to_resolve(string message) =>
        Assert.True(QuestionParser.IsPronoun(QuestionParser.Parse(message).Subject));
}
