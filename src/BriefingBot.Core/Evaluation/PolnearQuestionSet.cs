using BriefingBot.Core.Text;

namespace BriefingBot.Core.Evaluation;

/// <summary>
/// Questions built from PolNeAR gold attributions, with the gold as the answers. Each kind is one
/// builder in <see cref="Kinds"/>; adding a kind of question is adding a line there.
/// </summary>
public static class PolnearQuestionSet
{
    /// <summary>One article: its file name (without extension), text, brat annotation and the title it was stored under (answers cite it).</summary>
    public sealed record Article(string Name, string Text, string Ann, string Title);

    /// <summary>An attribution whose source is a person's name, with its content text.</summary>
    private sealed record Named(Article Article, string Name, string Surname, string Content, bool Direct);

    public static readonly IReadOnlyList<Func<IReadOnlyList<Article>, IEnumerable<EvaluationQuestion>>> Kinds =
    [
        SpeakerQuotes,
        SurnameQuotes,
        WhoSaid,
    ];

    public static IReadOnlyList<EvaluationQuestion> Build(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Kinds.SelectMany(kind => kind(articles)).ToList();
    }

    /// <summary>
    /// "What did &lt;name&gt; say?" for every person named as a source in exactly one article's gold (by surname,
    /// diacritics and case folded), asked by the longest name the gold gives them; the answers are the contents
    /// of every attribution whose source names them there.
    /// </summary>
    public static IEnumerable<EvaluationQuestion> SpeakerQuotes(IReadOnlyList<Article> articles)
    {
        var named = NamedAttributions(articles).ToList();
        var inOneArticle = named
            .GroupBy(n => NameKey.Normalize(n.Surname))
            .Where(g => g.Select(n => n.Article.Name).Distinct().Count() == 1);
        foreach (var speaker in inOneArticle.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = speaker.First();
            var name = speaker.Select(n => n.Name).OrderByDescending(n => n.Split(' ').Length).ThenBy(n => n, StringComparer.Ordinal).First();
            yield return new EvaluationQuestion(
                "what did X say",
                $"what did {name} say?",
                new QuotesExpected(name, first.Article.Title, speaker.Select(n => n.Content).ToList()));
        }
    }

    /// <summary>The questions of <see cref="SpeakerQuotes"/> asked by surname alone ("what did Flynn say?"), as people mostly ask.</summary>
    public static IEnumerable<EvaluationQuestion> SurnameQuotes(IReadOnlyList<Article> articles) =>
        SpeakerQuotes(articles).Select(q => q.Expected is QuotesExpected expected
            ? new EvaluationQuestion("what did <surname> say", $"what did {GoldSpeakerName.Surname(expected.Speaker)} say?", expected)
            : q);

    /// <summary>
    /// "Who said "&lt;phrase&gt;"?" for gold direct quotes of a named person: the first eight words inside the
    /// quotation marks (at least five), when no other article holds them.
    /// </summary>
    public static IEnumerable<EvaluationQuestion> WhoSaid(IReadOnlyList<Article> articles)
    {
        foreach (var quote in NamedAttributions(articles).Where(n => n.Direct))
        {
            var phrase = QuotedPhrase(quote.Content);
            if (phrase is null || articles.Count(a => a.Text.Contains(phrase, StringComparison.Ordinal)) != 1)
            {
                continue;
            }

            yield return new EvaluationQuestion(
                "who said",
                $"who said \u201c{phrase}\u201d?",
                new SpeakerExpected(quote.Name, quote.Article.Title));
        }
    }

    private static IEnumerable<Named> NamedAttributions(IReadOnlyList<Article> articles)
    {
        foreach (var article in articles)
        {
            foreach (var gold in BratAttributions.Read(article.Ann))
            {
                if (gold.Source.Count == 0 || gold.Source.Any(s => s.End > article.Text.Length))
                {
                    continue;
                }

                var name = GoldSpeakerName.From(string.Join(" ", gold.Source.Select(s => s.Slice(article.Text))));
                if (name is null || gold.Content.Any(s => s.End > article.Text.Length))
                {
                    continue;
                }

                var content = string.Join(" ", gold.Content.Select(s => s.Slice(article.Text)));
                var direct = content.IndexOfAny(['"', '\u201c', '\u201d']) >= 0;
                yield return new Named(article, name, GoldSpeakerName.Surname(name), content, direct);
            }
        }
    }

    // The words inside the first pair of double quotation marks, cut to eight; null when fewer than five.
    private static string? QuotedPhrase(string content)
    {
        var open = content.IndexOfAny(['"', '\u201c']);
        var close = open < 0 ? -1 : content.IndexOfAny(['"', '\u201d'], open + 1);
        var inside = open < 0 ? content : content[(open + 1)..(close < 0 ? content.Length : close)];
        var words = inside.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 5)
        {
            return null;
        }

        return string.Join(' ', words.Take(8)).TrimEnd(',', '.', ';', ':');
    }
}
