namespace BriefingBot.Tests.Shared;

/// <summary>
/// Questions people would ask about a <see cref="SyntheticArticles"/> archive: who said what (by surname, by
/// full name, about a topic), what's new in a region or country, who is someone, who said a phrase, what a
/// country proposed, what happened / when / where, summaries, help, and questions the archive cannot answer
/// (topic words, chatter, typos). Drawn from the articles' own name and place lists so that the
/// many distinct questions a workforce asks are represented, not a handful that any cache would absorb.
/// </summary>
public static class SyntheticQuestions
{
    public static readonly string[] Kinds = ["mix", "speaker", "region", "whois", "whosaid", "party", "event", "summarize", "help", "unknown"];

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

    private static readonly string[] PartyVerbs = ["propose", "say", "announce", "demand"];

    /// <param name="kind">One of <see cref="Kinds"/>: the realistic mix, or one kind alone to see what each costs.</param>
    public static string Next(Random random, string kind = "mix") => (kind switch
    {
        "speaker" => random.Next(32),
        "region" => 32 + random.Next(16),
        "whois" => 48,
        "whosaid" => 54,
        "party" => 58,
        "event" => 62 + random.Next(10),
        "summarize" => 72,
        "help" => 75,
        "unknown" => 78 + random.Next(22),
        _ => random.Next(100),
    }) switch
    {
        < 18 => $"what did {Surname(random)} say?",
        < 26 => $"what did {Pick(random, SyntheticArticles.FirstNames)} {Surname(random)} say?",
        < 32 => $"what did {Surname(random)} say about {Pick(random, TopicWords)}?",
        < 40 => $"what's new in {Pick(random, SyntheticArticles.Countries).Region}?",
        < 48 => $"what's new in {Pick(random, SyntheticArticles.Countries).Country}?",
        < 54 => $"who is {Pick(random, SyntheticArticles.FirstNames)} {Surname(random)}?",
        < 58 => $"who said \"{Words(random, Pick(random, SyntheticArticles.Claims))}\"?",
        < 62 => $"what did {Pick(random, SyntheticArticles.Countries).Country} {Pick(random, PartyVerbs)}?",
        < 67 => $"what happened at the talks on {Pick(random, SyntheticArticles.Topics)}?",
        < 70 => $"when is the vote on {Pick(random, SyntheticArticles.Topics)}?",
        < 72 => $"where were the protests over {Pick(random, SyntheticArticles.Topics)}?",
        < 75 => $"summarize {Pick(random, SyntheticArticles.Topics)}",
        < 78 => "help",
        < 90 => Pick(random, Chatter),
        < 95 => $"{Pick(random, TopicWords)} in {Pick(random, SyntheticArticles.Countries).Country}",
        _ => $"{Pick(random, TopicWords)} {Pick(random, TopicWords)}",
    };

    /// <summary>The kind a question of <see cref="Next"/> is, for per-kind figures.</summary>
    public static string KindOf(string question) =>
        question.StartsWith("who said ", StringComparison.Ordinal) ? "whosaid"
        : question.StartsWith("what did ", StringComparison.Ordinal)
            ? (SyntheticArticles.Countries.Any(c => question.StartsWith($"what did {c.Country} ", StringComparison.Ordinal)) ? "party" : "speaker")
        : question.StartsWith("what's new in ", StringComparison.Ordinal) ? "region"
        : question.StartsWith("who is ", StringComparison.Ordinal) ? "whois"
        : question.StartsWith("what happened ", StringComparison.Ordinal) || question.StartsWith("when ", StringComparison.Ordinal) || question.StartsWith("where ", StringComparison.Ordinal) ? "event"
        : question.StartsWith("summarize ", StringComparison.Ordinal) ? "summarize"
        : question == "help" ? "help"
        : "unknown";

    // Some words of a quote, as people remember it: four to seven from somewhere inside it.
    private static string Words(Random random, string claim)
    {
        var words = claim.Split(' ');
        var count = Math.Min(words.Length, 4 + random.Next(4));
        return string.Join(' ', words.Skip(random.Next(words.Length - count + 1)).Take(count));
    }

    private static string Surname(Random random) => Pick(random, SyntheticArticles.LastNames);

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
