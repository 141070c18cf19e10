using System.Text.RegularExpressions;
using BriefingBot.Core.Archive;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>Reads for the newer kinds of question: quotes by phrase or by the party they name, recent articles on a topic.</summary>
public sealed partial class SqliteArticleStore
{
    // Bounds the work one phrase or party can cause.
    private const int MaxPhraseTokens = 32;
    private const int MaxPartyNames = 12;
    private const int MaxPhraseMatches = 200;

    // The newest articles naming a party whose quotes are read: statements older than this many articles about
    // it are left out, which keeps a question about a much-covered country as quick as one about a rare one.
    // 250 articles are about 1,250 quotes to check, and an answer shows 4 of them with "more" for the rest.
    private const int MaxPartyArticles = 250;

    public async Task<IReadOnlyList<StoredQuote>> FindQuotesWithPhraseAsync(string phrase, int limit, CancellationToken cancellationToken = default)
    {
        // Repeated words stay: a phrase is the words in their order. Tokens are letters and digits only,
        // so the quoted FTS5 phrase cannot be a syntax error.
        var tokens = FtsQuery.PhraseTerms(PhraseToken().Matches(phrase ?? string.Empty).Select(m => m.Value).Take(MaxPhraseTokens).ToList());
        if (limit <= 0 || tokens.Count == 0)
        {
            return [];
        }

        await using var connection = _database.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = AnswerSql.QuotesWithPhrase;
        command.Parameters.AddWithValue("$phrase", "\"" + string.Join(' ', tokens) + "\"");
        command.Parameters.AddWithValue("$scan", Math.Max(limit, MaxPhraseMatches));
        return await ReadAllAsync(command, limit, RowReader.Quote, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredQuote>> FindQuotesMentioningAsync(IReadOnlyList<string> names, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(names);
        var kept = names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxPartyNames).ToList();
        var match = FtsQuery.AnyOf(kept);
        if (limit <= 0 || match is null)
        {
            return [];
        }

        await using var connection = _database.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = AnswerSql.QuotesMentioning(kept.Count);
        command.Parameters.AddWithValue("$names", match);
        command.Parameters.AddWithValue("$articles", MaxPartyArticles);
        for (var i = 0; i < kept.Count; i++)
        {
            command.Parameters.AddWithValue($"$n{i}", kept[i].ToLowerInvariant());
        }

        return await ReadAllAsync(command, limit, RowReader.Quote, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredArticle>> SearchRecentArticlesAsync(string query, int limit, CancellationToken cancellationToken = default)
    {
        var match = FtsQuery.Build(query, requireAll: true);
        if (limit <= 0 || match is null)
        {
            return [];
        }

        await using var connection = _database.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = AnswerSql.RecentArticles;
        command.Parameters.AddWithValue("$query", match);
        return await ReadAllAsync(command, limit, reader => RowReader.Article(reader), cancellationToken);
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}\p{Mn}\p{Mc}]+")]
    private static partial Regex PhraseToken();
}
