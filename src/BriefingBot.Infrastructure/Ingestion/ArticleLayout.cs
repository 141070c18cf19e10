using BriefingBot.Core.Articles;

namespace BriefingBot.Infrastructure.Ingestion;

/// <summary>
/// The heuristics that turn a page's paragraphs into an article, the same for every format:
/// the body starts at the first paragraph that reads as prose; what comes before it is the header
/// zone, where the byline, the date and the title are found and everything else (logos, update stamps,
/// photo captions) is dropped; inside the body, chrome phrases that are not sentences are dropped.
/// Metadata the format states outright always wins over what is guessed here.
/// </summary>
internal static class ArticleLayout
{
    private const int MaxTitleWords = 30;
    private const int MaxTitleLength = 250;
    private const int FallbackTitleLength = 100;

    public static ArticleDocument Build(ArticleDraft draft, string displayName, string? fileName)
    {
        var paragraphs = draft.Paragraphs.Select(Prose.Clean).Where(p => p.Length > 0).ToList();
        var bodyStart = paragraphs.FindIndex(Prose.IsProse);
        if (bodyStart < 0)
        {
            // No sentence at all (a list, a short note): keep everything that is not chrome.
            bodyStart = 0;
        }

        var header = paragraphs.Take(bodyStart).ToList();
        var (bylineAuthor, bylineDate, bylineIndex) = FindByline(header);
        var title = Present(draft.Title) ?? FindTitle(header, bylineIndex);

        var body = paragraphs.Skip(bodyStart)
            .Where(p => Prose.IsProse(p) || !(PageChrome.IsChrome(p) || Byline.TryParse(p, out _, out _)))
            .Where(p => title is null || !string.Equals(p, title, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (body.Count == 0)
        {
            throw new ArticleExtractionException($"'{displayName}' has no article text.");
        }

        var (fileSource, fileDate) = FileNameHints.Read(fileName);
        return new ArticleDocument(
            Title: title ?? FallbackTitle(body[0]),
            Body: string.Join("\n\n", body),
            Author: Present(draft.Author) ?? bylineAuthor,
            PublishedAt: draft.PublishedAt ?? bylineDate ?? FindDateLine(header) ?? fileDate,
            SourceName: Present(draft.SourceName) ?? fileSource,
            Url: Present(draft.Url));
    }

    private static (string? Author, DateTimeOffset? Date, int Index) FindByline(List<string> header)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (Byline.TryParse(header[i], out var author, out var date))
            {
                return (author, date, i);
            }
        }

        return (null, null, -1);
    }

    // The headline sits just above the byline; without a byline it is the first headline-like line.
    private static string? FindTitle(List<string> header, int bylineIndex)
    {
        var candidates = header.Select((p, i) => (Paragraph: p, Index: i))
            .Where(c => IsTitleLike(c.Paragraph))
            .ToList();
        if (bylineIndex >= 0)
        {
            var above = candidates.LastOrDefault(c => c.Index < bylineIndex);
            if (above.Paragraph is not null)
            {
                return above.Paragraph;
            }
        }

        return candidates.Count > 0 ? candidates[0].Paragraph : null;
    }

    private static bool IsTitleLike(string paragraph)
    {
        var words = Prose.WordCount(paragraph);
        return words >= 2 && words <= MaxTitleWords && paragraph.Length <= MaxTitleLength
            && !paragraph.EndsWith('.') && !paragraph.EndsWith(':')
            && !PageChrome.IsChrome(paragraph) && !Byline.TryParse(paragraph, out _, out _) && !IsDateLine(paragraph, out _);
    }

    private static DateTimeOffset? FindDateLine(List<string> header)
    {
        foreach (var paragraph in header)
        {
            // "Last update: ..." is when the page changed, not when the story ran.
            if (!PageChrome.IsChrome(paragraph) && IsDateLine(paragraph, out var date))
            {
                return date;
            }
        }

        return null;
    }

    private static readonly HashSet<string> DateLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "published", "posted", "on", "date", "dated", "at", "am", "pm", "utc", "gmt",
    };

    // A line that is a date and at most a label: "Published: Dec. 5, 2017".
    private static bool IsDateLine(string paragraph, out DateTimeOffset date)
    {
        if (!DateText.TryFind(paragraph, out date, out var where))
        {
            return false;
        }

        var rest = paragraph[..where.Start.Value] + " " + paragraph[where.End.Value..];
        var words = rest.Split([' ', ':', ',', '|', '-', '•'], StringSplitOptions.RemoveEmptyEntries);
        return words.All(w => DateLabels.Contains(w));
    }

    private static string FallbackTitle(string firstParagraph)
    {
        var end = firstParagraph.IndexOfAny(['.', '!', '?']);
        var sentence = end > 0 ? firstParagraph[..end] : firstParagraph;
        return sentence.Length <= FallbackTitleLength ? sentence : sentence[..FallbackTitleLength].TrimEnd() + "…";
    }

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : Prose.Clean(value);
}
