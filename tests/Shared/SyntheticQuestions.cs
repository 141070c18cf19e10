namespace BriefingBot.Tests.Shared;

/// <summary>
/// Questions people would ask about a <see cref="SyntheticArticles"/> archive: who said what (by surname, by
/// full name, about a topic), what's new in a region or country, who is someone, help, and questions the archive
/// cannot answer (topic words, chatter, typos). Drawn from the articles' own name and place lists so that the
/// many distinct questions a workforce asks are represented, not a handful that any cache would absorb.
/// </summary>
public static class SyntheticQuestions
{
    public static readonly string[] Kinds = ["mix", "speaker", "region", "whois", "help", "unknown"];

    private static readonly string[] Chatter =
    [
        "what's the weather tomorrow", "can you book me a meeting room", "asdf qwer zxcv", "tell me a joke about accountants",
        "how many holidays do I have left", "translate bonjour", "ok thanks", "what is the meaning of life", "where is the canteen",
        "who won the match last night", "reset my password", "is the office open on friday",
    ];

    private static readonly string[] TopicWords =
    [
        "pipeline", "grain exports", "border crossing", "fuel subsidies", "fishing quota", "rail freight", "election timetable",
        "water sharing", "wind farm tender", "port fees", "customs union", "visa rules", "drought relief", "copper mining",
        "teachers strike", "interest rates", "census", "parliament vote", "investors", "farmers", "river ports", "protesters",
    ];

    /// <param name="kind">One of <see cref="Kinds"/>: the realistic mix, or one kind alone to see what each costs.</param>
    public static string Next(Random random, string kind = "mix") => (kind switch
    {
        "speaker" => random.Next(40),
        "region" => 40 + random.Next(20),
        "whois" => 60,
        "help" => 70,
        "unknown" => 80 + random.Next(20),
        _ => random.Next(100),
    }) switch
    {
        < 20 => $"what did {Surname(random)} say?",
        < 30 => $"what did {Pick(random, SyntheticArticles.FirstNames)} {Surname(random)} say?",
        < 40 => $"what did {Surname(random)} say about {Pick(random, TopicWords)}?",
        < 50 => $"what's new in {Pick(random, SyntheticArticles.Countries).Region}?",
        < 60 => $"what's new in {Pick(random, SyntheticArticles.Countries).Country}?",
        < 70 => $"who is {Pick(random, SyntheticArticles.FirstNames)} {Surname(random)}?",
        < 80 => "help",
        < 90 => Pick(random, Chatter),
        < 95 => $"{Pick(random, TopicWords)} in {Pick(random, SyntheticArticles.Countries).Country}",
        _ => $"{Pick(random, TopicWords)} {Pick(random, TopicWords)}",
    };

    /// <summary>The kind a question of <see cref="Next"/> is, for per-kind figures.</summary>
    public static string KindOf(string question) =>
        question.StartsWith("what did ", StringComparison.Ordinal) ? "speaker"
        : question.StartsWith("what's new in ", StringComparison.Ordinal) ? "region"
        : question.StartsWith("who is ", StringComparison.Ordinal) ? "whois"
        : question == "help" ? "help"
        : "unknown";

    private static string Surname(Random random) => Pick(random, SyntheticArticles.LastNames);

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
