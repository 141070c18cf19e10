using BriefingBot.Tests.Shared;

namespace BriefingBot.LoadHarness;

/// <summary>The mix of questions a workforce asks: who said what, what's new in a region, who is, help, and things the bot cannot answer.</summary>
internal static class Questions
{
    private static readonly string[] Unknown =
    [
        "what's the weather tomorrow?", "can you book me a meeting room", "asdf qwer zxcv", "tell me a joke about accountants",
        "how many holidays do I have left", "translate bonjour", "ok thanks", "what is the meaning of life",
    ];

    public static readonly string[] Kinds = ["mix", "speaker", "region", "whois", "help", "unknown"];

    /// <param name="kind">One of <see cref="Kinds"/>: the realistic mix, or one kind alone to see what each costs.</param>
    public static string Next(Random random, string kind = "mix") => (kind switch
    {
        "speaker" => 0,
        "region" => 40,
        "whois" => 60,
        "help" => 70,
        "unknown" => 80,
        _ => random.Next(100),
    }) switch
    {
        < 40 => $"what did {Pick(random, SyntheticArticles.LastNames)} say?",
        < 60 => $"what's new in {Pick(random, SyntheticArticles.Countries).Region}?",
        < 70 => $"who is {Pick(random, SyntheticArticles.FirstNames)} {Pick(random, SyntheticArticles.LastNames)}?",
        < 80 => "help",
        _ => Pick(random, Unknown),
    };

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
