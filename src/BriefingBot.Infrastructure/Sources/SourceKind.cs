namespace BriefingBot.Infrastructure.Sources;

/// <summary>What a source turned out to be. Learnt from the content at the first successful poll, never from the URL.</summary>
public enum SourceKind
{
    /// <summary>Not polled successfully yet.</summary>
    Unknown,

    /// <summary>RSS, RDF, Atom or JSON Feed: each item is an article.</summary>
    Feed,

    /// <summary>A web page: the page itself is the article.</summary>
    Page,
}
