using System.Globalization;
using System.Text;

namespace BriefingBot.Tests.Shared;

/// <summary>
/// Deterministic synthetic news articles for load and crash tests: headed text files ("Title:", "Source:",
/// "Date:") with named people holding titles, direct and reported quotes, countries and their regions,
/// numbers and places, built from sentence templates so that no two articles are near-duplicates. The same
/// seed gives the same archive, so a load figure can be reproduced; 100,000 articles take a few seconds.
/// </summary>
public sealed class SyntheticArticles
{
    public static readonly IReadOnlyList<string> FirstNames =
    [
        "Amara", "Boris", "Chen", "Dalia", "Emil", "Farah", "Goran", "Hana", "Ivan", "Jonas", "Kemal", "Lena", "Mateo",
        "Nadia", "Omar", "Petra", "Quentin", "Rosa", "Samir", "Tamar", "Ugo", "Vera", "Walid", "Xenia", "Yusuf", "Zofia",
    ];

    public static readonly IReadOnlyList<string> LastNames =
    [
        "Abadi", "Brennan", "Castellanos", "Draganov", "Eriksen", "Fontaine", "Gallagher", "Haddad", "Ivanova", "Jovanovic",
        "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quiroga", "Rahimi", "Sandoval", "Tanaka",
        "Urbanek", "Varga", "Whitfield", "Yilmaz", "Zamora", "Aliyev", "Beridze", "Kapoor", "Mensah", "Novak",
    ];

    public static readonly IReadOnlyList<string> Titles =
    [
        "Foreign Minister", "Prime Minister", "President", "Finance Minister", "Defence Minister", "Energy Minister",
        "central bank governor", "opposition leader", "trade envoy", "Health Minister",
    ];

    /// <summary>Country and the region a briefing would file it under.</summary>
    public static readonly IReadOnlyList<(string Country, string Region)> Countries =
    [
        ("Georgia", "Caucasus"), ("Armenia", "Caucasus"), ("Azerbaijan", "Caucasus"), ("Turkey", "Middle East"),
        ("Iran", "Middle East"), ("Jordan", "Middle East"), ("Kenya", "East Africa"), ("Ethiopia", "East Africa"),
        ("Tanzania", "East Africa"), ("Poland", "Europe"), ("Portugal", "Europe"), ("Finland", "Europe"),
        ("Peru", "Latin America"), ("Chile", "Latin America"), ("Colombia", "Latin America"), ("Vietnam", "Asia"),
        ("Indonesia", "Asia"), ("Mongolia", "Asia"), ("Kazakhstan", "Central Asia"), ("Uzbekistan", "Central Asia"),
    ];

    public static IEnumerable<string> Regions => Countries.Select(c => c.Region).Distinct();

    /// <summary>What the articles are about: "rail freight", "the census".</summary>
    public static IReadOnlyList<string> Topics => TopicList;

    /// <summary>The words speakers are quoted with, directly and reported.</summary>
    public static IReadOnlyList<string> Claims => ClaimList;

    private static readonly string[] TopicList =
    [
        "the pipeline deal", "grain exports", "the border crossing", "fuel subsidies", "the fishing quota", "rail freight",
        "the election timetable", "water sharing", "the wind farm tender", "port fees", "the customs union", "visa rules",
        "the drought relief fund", "copper mining licences", "the teachers' strike", "interest rates", "the census",
    ];

    private static readonly string[] Sources = ["Daily Ledger", "Regional Wire", "The Courier", "Morning Post", "Evening Standard Review"];

    private static readonly string[] Verbs = ["said", "told reporters", "said on Tuesday", "said in a statement", "told parliament"];

    private static readonly string[] ClaimList =
    [
        "we will not sign anything that hurts our farmers", "the talks are moving faster than anyone expected",
        "our neighbours have to respect the agreement", "prices will come down before the winter", "nobody wants another closure",
        "the money is already in the budget", "we need a decision within weeks, not months", "this is a fair offer and it stays on the table",
        "the investors are ready if the rules are clear", "families cannot wait for another round of studies",
        "the figures speak for themselves", "we are open to talks but not to pressure",
    ];

    private static readonly string[] Context =
    [
        "Officials in {C} said {N} companies had applied since the start of the year.",
        "The ministry estimated the cost at {N} million dollars over three years.",
        "Talks on {T} resumed in the capital after a pause of {D} weeks.",
        "Analysts in {R} expect the decision to shape trade across the region.",
        "Protesters gathered outside the parliament in {C} on the {D}th day of demonstrations.",
        "The agreement covers {N} kilometres of road and two river ports.",
        "Exports from {C} rose by {D} percent in the last quarter, official data showed.",
        "Neighbouring governments in {R} have watched the dispute over {T} closely.",
        "A vote on {T} is scheduled for next month, according to the parliamentary calendar.",
        "The opposition in {C} has called for an independent review of {T}.",
    ];

    private readonly int _seed;

    public SyntheticArticles(int seed = 20261128) => _seed = seed;

    /// <summary>Article number <paramref name="index"/>: the same text for the same seed and index, whatever order they are made in.</summary>
    public Article Create(int index)
    {
        // Not HashCode.Combine: it is salted per process, so the "same" archive would differ from run to run.
        var random = new Random(unchecked((_seed * 1_000_003) + index));
        var (country, region) = Pick(random, Countries);
        var topic = Pick(random, Topics);
        var speaker = Person(random);
        var other = Person(random);
        var date = new DateOnly(2026, 1, 1).AddDays(random.Next(0, 330));

        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"{speaker.Title} {speaker.Name} of {country} on {Day(date)} defended {topic}, report number {index} in a week of debate.\n\n");
        body.Append(CultureInfo.InvariantCulture, $"\"{Capitalize(Pick(random, Claims))},\" {speaker.Surname} {Pick(random, Verbs)}.\n\n");
        body.Append(Fill(Pick(random, Context), random, country, region, topic)).Append(' ');
        body.Append(Fill(Pick(random, Context), random, country, region, topic)).Append("\n\n");
        body.Append(CultureInfo.InvariantCulture, $"{other.Title} {other.Name} said that {Pick(random, Claims)}.\n\n");
        body.Append(CultureInfo.InvariantCulture, $"\"{Capitalize(Pick(random, Claims))}. {Capitalize(Pick(random, Claims))},\" said {other.Surname}.\n\n");
        body.Append(Fill(Pick(random, Context), random, country, region, topic)).Append("\n\n");
        body.Append(CultureInfo.InvariantCulture, $"According to {speaker.Surname}, {Pick(random, Claims)}.\n");

        var title = $"{country}: {speaker.Surname} defends {topic} ({index})";
        return new Article(index, title, Pick(random, Sources), date, speaker.Name, other.Name, country, region, body.ToString());
    }

    /// <summary>Writes articles [0, count) as .txt files under <paramref name="folder"/>, 1,000 per subfolder; returns their paths.</summary>
    public IReadOnlyList<string> WriteFolder(string folder, int count)
    {
        var paths = new string[count];
        Parallel.For(0, count, index =>
        {
            var article = Create(index);
            var directory = Path.Combine(folder, (index / 1000).ToString("D3", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, $"article-{index:D6}.txt");
            File.WriteAllText(path, article.ToFileText());
            paths[index] = path;
        });
        return paths;
    }

    private static (string Name, string Surname, string Title) Person(Random random)
    {
        var surname = Pick(random, LastNames);
        return ($"{Pick(random, FirstNames)} {surname}", surname, Pick(random, Titles));
    }

    private static string Fill(string template, Random random, string country, string region, string topic) => template
        .Replace("{C}", country, StringComparison.Ordinal)
        .Replace("{R}", region, StringComparison.Ordinal)
        .Replace("{T}", topic, StringComparison.Ordinal)
        .Replace("{N}", random.Next(12, 9000).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{D}", random.Next(2, 28).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static string Day(DateOnly date) => date.DayOfWeek.ToString();

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public sealed record Article(int Index, string Title, string Source, DateOnly Date, string Speaker, string OtherSpeaker, string Country, string Region, string Body)
    {
        public string ToFileText() =>
            $"Title: {Title}\nSource: {Source}\nUrl: https://news.example.org/{Index:D6}\nDate: {Date:yyyy-MM-dd}\n\n{Body}";
    }
}
