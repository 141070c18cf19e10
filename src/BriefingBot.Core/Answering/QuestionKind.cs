namespace BriefingBot.Core.Answering;

public enum QuestionKind
{
    /// <summary>Nothing we recognise; answered by searching the archive.</summary>
    Search,
    Help,
    /// <summary>"What did X say (about Y)?"</summary>
    SpeakerQuotes,
    /// <summary>"Who is X?"</summary>
    WhoIs,
    /// <summary>"Summarize X" (an article title or a topic; empty for the latest article).</summary>
    Summarize,
}
