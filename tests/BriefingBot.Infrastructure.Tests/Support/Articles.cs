using BriefingBot.Core.Articles;

namespace BriefingBot.Infrastructure.Tests.Support;

/// <summary>Small articles the storage tests save.</summary>
public static class Articles
{
    public const string DefenseBody =
        "A new defense alliance in Asia is in the making. On November 30, Azerbaijan's Foreign Minister Elmar Mammadyarov met his counterparts from Turkey and Pakistan. "
        + "\"We held very intensive consultations,\" Mammadyarov said. FM Çavuşoğlu agreed, saying \"We do not compete with each other in this area, but rather complement each other.\"";

    public static ArticleDocument Defense(string? url = "https://caspiannews.example/news/defense-triangle") => new(
        "New Defense Triangle Emerges Between Azerbaijan, Turkey, Pakistan",
        DefenseBody,
        "Yaver Kazimbeyli",
        new DateTimeOffset(2017, 12, 5, 0, 0, 0, TimeSpan.Zero),
        "Caspian News",
        url);

    public static ArticleDocument Other(string title, string body, string? url = null, DateTimeOffset? publishedAt = null) =>
        new(title, body, null, publishedAt, "Test Wire", url);
}
