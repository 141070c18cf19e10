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
    /// <summary>"What did Turkey propose?": statements by a country or an organisation, or its officials.</summary>
    PartyStatements,
    /// <summary>Who said "a phrase"?</summary>
    WhoSaid,
    /// <summary>"What's new in Armenia / on rail links?": a briefing for a place, the newest articles for a topic.</summary>
    WhatsNew,
    /// <summary>"What happened at the Baku meeting?"</summary>
    WhatHappened,
    /// <summary>"When is the next trilateral meeting?"</summary>
    When,
    /// <summary>"Where will the next meeting take place?"</summary>
    Where,
    /// <summary>"More", "what else did he say?": the next part of the last answer in this conversation.</summary>
    More,
    /// <summary>"And Pakistan?", "what about Armenia?": the last question again, about something else.</summary>
    AndAbout,
}
