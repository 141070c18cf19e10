namespace BriefingBot.Infrastructure.Sources;

/// <summary>How one poll of one source ended.</summary>
public enum PollOutcome
{
    /// <summary>The source answered with content; <see cref="PollReport.Items"/> says what became of it.</summary>
    Fetched,

    /// <summary>304: nothing changed since the last poll.</summary>
    NotModified,

    /// <summary>The remote side failed (timeout, HTTP error, malformed feed); polled again later, backing off.</summary>
    Failed,

    /// <summary>Our safety rules stopped it (private address, too big, not text); polled again later, backing off.</summary>
    Refused,
}

/// <summary>What happened to one item of a poll.</summary>
public enum ItemOutcome
{
    Stored,
    AlreadyStored,
    Failed,
}

/// <param name="Key">The feed's id for the item, else its link.</param>
public sealed record PolledItem(string Key, string? Title, ItemOutcome Outcome, long? ArticleId, string? Error);

/// <summary>One poll of one source, as the CLI prints it and the admin sees it.</summary>
/// <param name="Quiet">A first-poll backfill: items were stored but are not news.</param>
public sealed record PollReport(
    long SourceId,
    string Url,
    PollOutcome Outcome,
    IReadOnlyList<PolledItem> Items,
    string? Error,
    DateTimeOffset NextPoll,
    bool Quiet)
{
    public int Stored => Items.Count(i => i.Outcome == ItemOutcome.Stored);
}
