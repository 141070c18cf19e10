using BriefingBot.Core.Evaluation;
using Xunit.Abstractions;

namespace BriefingBot.Tests.Evaluation;

/// <summary>
/// Issue 6's own question set: questions with known answers over six fictional articles written for it
/// (Evaluation/AnswerEvaluationArticles), asked through the real answerer over the real archive. It covers
/// the ways people name someone: diacritics or not, a possessive, the surname alone, title and surname,
/// transliterations, a surname two people share, and people the archive never heard of.
/// </summary>
public sealed class AnswerEvaluationOwnSetTests(ITestOutputHelper output)
{
    private const string PortDeal = "Verandia and Kostavia sign deal to share the port of Oskar";
    private const string Drought = "Drought empties reservoirs across northern Kostavia";
    private const string Strike = "Dock workers strike at Oskar harbour over night shifts";
    private const string RailSummit = "Rail summit in Belgrova backs a line from Oskar to the mountains";
    private const string Election = "Marisca votes for a new parliament as the opposition leads the polls";
    private const string Vaccines = "Verandia starts a winter vaccine campaign in its mountain villages";

    private static readonly QuotesExpected Cavusoglu = new("Selin Çavuşoğlu", PortDeal, ["This port will carry the grain of both our nations, and nobody will be turned away at the gate again", "the first joint shipments would leave in March"]);
    private static readonly QuotesExpected ArmanPetrosyan = new("Arman Petrosyan", PortDeal, ["Our farmers have waited far too long for a short road to the sea"]);
    private static readonly QuotesExpected TomasPetrosyan = new("Tomas Petrosyan", Strike, ["We will not unload a single crate until the night shifts are paid as the contract says", "the union would meet the director again on Sunday evening"]);
    private static readonly QuotesExpected Beridze = new("Nino Beridze", Drought, ["The reservoirs have not been this low since records began, and the winter rains will not refill them", "wells in the valley towns could run dry by February"]);
    private static readonly QuotesExpected Aliyeva = new("Zuhra Aliyeva", Drought, ["We are asking the government for seed and for time to repay our loans", "half of the wheat sown in the autumn had failed"]);
    private static readonly QuotesExpected Vandermeer = new("Ilse Vandermeer", Strike, ["The money is there, and we want every crane moving again by Monday", "the dispute could be settled within days"]);
    private static readonly QuotesExpected Hasanova = new("Leyla Hasanova", RailSummit, ["A train can carry in one night what a hundred trucks carry in a week", "the study would be finished by next summer and that construction could start in 2028"]);
    private static readonly QuotesExpected Kovalchuk = new("Yuriy Kovalchuk", RailSummit, ["We have the engineers and the steel; what we need now is a timetable", "his company was ready to lay the first section"]);
    private static readonly QuotesExpected Orlov = new("Dmitri Orlov", Election, ["People are tired of promises about roads that are never built"]);
    private static readonly QuotesExpected FerreiraLund = new("Ana Ferreira-Lund", Election, ["Whoever wins, the count will be open and every ballot will be seen"]);
    private static readonly QuotesExpected MensahDarko = new("Kofi Mensah-Darko", Vaccines, ["No village is too far for a nurse with a cold box", "the ministry had bought enough doses for two hundred thousand people"]);

    public static readonly IReadOnlyList<EvaluationQuestion> Questions =
    [
        Ask("diacritics", "what did Çavuşoğlu say?", Cavusoglu),
        Ask("diacritics", "what did Cavusoglu say?", Cavusoglu),
        Ask("diacritics", "what did Cavuşoglu say about the port?", Cavusoglu),
        Ask("possessive", "show me Cavusoglu's quotes", Cavusoglu),
        Ask("title + surname", "what did FM Cavusoglu say?", Cavusoglu),
        Ask("title + surname", "what did Foreign Minister Selin Cavusoglu say?", Cavusoglu),
        Ask("who is", "who is Cavusoglu?", new RoleExpected("Selin Çavuşoğlu", "foreign minister")),
        Ask("ambiguous surname", "what did Petrosyan say?", new WhichOneExpected(["Arman Petrosyan", "Tomas Petrosyan"])),
        Ask("full name", "what did Arman Petrosyan say?", ArmanPetrosyan),
        Ask("full name", "what did Tomas Petrosyan say?", TomasPetrosyan),
        Ask("title + surname", "what did Trade Minister Petrosyan say?", ArmanPetrosyan),
        Ask("surname", "what did Beridze say?", Beridze),
        Ask("title + surname", "what did Dr. Beridze say?", Beridze),
        Ask("full name", "what did Nino Beridze say about the reservoirs?", Beridze),
        Ask("who is", "who is Nino Beridze?", new RoleExpected("Nino Beridze", "hydrologist")),
        Ask("surname", "what did Aliyeva say?", Aliyeva),
        Ask("transliteration", "what did Zukhra Aliyeva say?", Aliyeva),
        Ask("transliteration", "what did Alieva say?", Aliyeva),
        Ask("surname", "what did Vandermeer say?", Vandermeer),
        Ask("full name", "what did Ilse Vandermeer say?", Vandermeer),
        Ask("surname", "what did Hasanova say?", Hasanova),
        Ask("title + surname", "what did Deputy Transport Minister Hasanova say?", Hasanova),
        Ask("transliteration", "what did Layla Hasanova say?", Hasanova),
        Ask("surname", "what did Kovalchuk say?", Kovalchuk),
        Ask("transliteration", "what did Yuri Kovalchuk say?", Kovalchuk),
        Ask("who is", "who is Kovalchuk?", new RoleExpected("Yuriy Kovalchuk", "chief executive of Eastline Rail")),
        Ask("surname", "what did Orlov say?", Orlov),
        Ask("hyphenated", "what did Ferreira-Lund say?", FerreiraLund),
        Ask("hyphenated", "what did President Ferreira Lund say?", FerreiraLund),
        Ask("hyphenated", "what did Mensah-Darko say?", MensahDarko),
        Ask("unknown", "what did Gandalf say?", new NothingExpected()),
        Ask("unknown", "what did Orlova say?", new NothingExpected()),
        Ask("unknown", "what did Ana Petrosyan say?", new NothingExpected()),
    ];

    [Fact]
    public async Task Own_question_set_is_answered_above_its_floor()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Evaluation", "AnswerEvaluationArticles");
        await using var archive = await AnswerEvaluationArchive.IngestAsync(Directory.GetFiles(folder, "*.txt"));
        Assert.Equal(6, archive.Ingested.Count(r => r.Succeeded));

        var byCase = Questions.Select(q => new EvaluationQuestion("own set", q.Text, q.Expected)).ToList();
        var tally = await archive.AskAllAsync(byCase, (question, reply, outcome) =>
            output.WriteLine($"{outcome}: {question.Text} -> {reply.Heading} | {string.Join(" | ", reply.Quotes.Take(2).Select(q => $"{q.Speaker}: {q.Text}"))}"));
        output.WriteLine(tally.ToString());
        foreach (var kind in Questions.GroupBy(q => q.Kind))
        {
            var right = kind.Count(q => tally.Results.Any(r => r.Question.Text == q.Text && r.Outcome == AnswerOutcome.Correct));
            output.WriteLine($"  {kind.Key}: {right}/{kind.Count()}");
        }

        // Measured when set: 33 of 33 (31 before "who is" found roles in appositives without an article or at the
        // sentence's end; 26 before transliterations and titles picked between namesakes). One miss is allowed.
        var floor = 96.5;
        Assert.True(tally.ShareCorrect() >= floor, $"own set: {tally.ShareCorrect():F1}% correct fell below its floor {floor}");
    }

    private static EvaluationQuestion Ask(string kind, string text, AnswerExpectation expected) => new(kind, text, expected);
}
