using System.Text.RegularExpressions;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Recognises the kinds of questions people ask the bot. Rules, not a model: each pattern is one
/// way people phrase a kind of question, and anything else becomes a search.
/// </summary>
public static partial class QuestionParser
{
    public static Question Parse(string? message)
    {
        var text = Clean(message);
        if (text.Length == 0 || HelpPattern().IsMatch(text))
        {
            return new Question(QuestionKind.Help, string.Empty);
        }

        var followUp = FollowUp(text);
        if (followUp is not null)
        {
            return followUp;
        }

        var match = WhoSaidPattern().Match(text);
        if (match.Success)
        {
            return new Question(QuestionKind.WhoSaid, match.Groups["phrase"].Value.Trim().Trim('"', '\'', ' ', ',', ':'));
        }

        match = SpeakerPattern().Match(text);
        if (!match.Success)
        {
            match = QuotesFromPattern().Match(text);
        }

        if (match.Success)
        {
            var topic = match.Groups["topic"].Success ? TrimFiller(match.Groups["topic"].Value) : null;
            var name = TrimFiller(match.Groups["name"].Value);
            var verb = match.Groups["verb"].Success ? Verb(match.Groups["verb"].Value) : null;
            var kind = Party.IsParty(name) ? QuestionKind.PartyStatements : QuestionKind.SpeakerQuotes;
            return new Question(kind, name, string.IsNullOrEmpty(topic) ? null : topic, verb);
        }

        match = WhatsNewPattern().Match(text);
        if (match.Success)
        {
            return new Question(QuestionKind.WhatsNew, TrimFiller(match.Groups["topic"].Value));
        }

        match = WhatHappenedPattern().Match(text);
        if (match.Success)
        {
            return new Question(QuestionKind.WhatHappened, TrimFiller(match.Groups["event"].Value));
        }

        match = WhenPattern().Match(text);
        if (match.Success)
        {
            return new Question(QuestionKind.When, TrimFiller(match.Groups["event"].Value));
        }

        match = WherePattern().Match(text);
        if (match.Success)
        {
            return new Question(QuestionKind.Where, TrimFiller(match.Groups["event"].Value));
        }

        match = WhoIsPattern().Match(text);
        if (match.Success)
        {
            return new Question(QuestionKind.WhoIs, TrimFiller(match.Groups["name"].Value));
        }

        match = SummarizePattern().Match(text);
        if (match.Success)
        {
            return new Question(QuestionKind.Summarize, TrimFiller(match.Groups["topic"].Value));
        }

        return new Question(QuestionKind.Search, text);
    }

    /// <summary>
    /// A typed message as commands read it: white space collapsed, typographic quotes and apostrophes made
    /// plain (Teams and phones send “what’s”), trailing ?!. dropped.
    /// </summary>
    public static string Clean(string? message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return string.Empty;
        }

        var text = WhitespacePattern().Replace(message, " ").Trim();
        text = text.Replace('\u2019', '\'').Replace('\u201c', '"').Replace('\u201d', '"');
        return text.TrimEnd('?', '!', '.', ' ');
    }

    /// <summary>True for "he", "she", "they": a name only the conversation can resolve.</summary>
    public static bool IsPronoun(string? subject) =>
        subject is not null && PronounPattern().IsMatch(subject.Trim());

    private static Question? FollowUp(string text)
    {
        var match = MorePattern().Match(text);
        if (match.Success)
        {
            var name = match.Groups["name"].Success ? TrimFiller(match.Groups["name"].Value) : string.Empty;
            // "he" or "she" stays: after a country's statements, "what else did she say?" means the person quoted.
            return new Question(QuestionKind.More, name);
        }

        match = AndAboutPattern().Match(text);
        return match.Success ? new Question(QuestionKind.AndAbout, TrimFiller(match.Groups["subject"].Value)) : null;
    }

    // "proposed" -> "propose", "called for" -> "call for"; "say" and its forms need no verb.
    private static string? Verb(string verb)
    {
        var lower = WhitespacePattern().Replace(verb.ToLowerInvariant(), " ");
        return lower switch
        {
            "say" or "said" or "says" or "saying" or "tell" or "told" or "telling" => null,
            "called for" => "call for",
            "proposed" or "announced" or "argued" or "urged" or "promised" or "stated" => lower[..^1],
            "offered" or "suggested" or "demanded" or "claimed" or "warned" => lower[..^2],
            "thinks" => "think",
            _ => lower,
        };
    }

    // "the Baku meeting" -> "Baku meeting"; quotes and trailing punctuation around names go too.
    private static string TrimFiller(string value)
    {
        var trimmed = value.Trim().Trim('"', '\'', ',', ';', ':').Trim();
        return LeadingArticlePattern().Replace(trimmed, string.Empty);
    }

    [GeneratedRegex(@"^(?:/?help|\?|what can you do|how (?:do|can) i use (?:you|this)|commands|hi|hello|hey|start)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HelpPattern();

    [GeneratedRegex(@"^(?:(?:so|and|ok|okay)\s*,?\s+)?(?:what|which\s+\w+)\s+(?:did|does|do|has|have|had|is|was)\s+(?<name>.+?)\s+(?:(?:been|just)\s+)?(?<verb>called\s+for|call\s+for|say|said|says|saying|tell|told|telling|think|thinks|claim|claimed|announce|announced|state|stated|propose|proposed|offer|offered|suggest|suggested|demand|demanded|urge|urged|promise|promised|argue|argued|warn|warned)(?:\s+(?:to\s+)?(?:reporters|journalists|the press|the media|\w+ News|parliament|lawmakers|\w+))?(?:\s+(?:about|on|regarding|concerning|of|re:?|when it comes to)\s+(?<topic>.+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerPattern();

    [GeneratedRegex(@"^(?:show\s+(?:me\s+)?|give\s+me\s+|any\s+)?(?:quotes?|statements?)\s+(?:from|by)\s+(?<name>.+?)(?:\s+(?:about|on|regarding)\s+(?<topic>.+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuotesFromPattern();

    [GeneratedRegex(@"^(?:who\s+(?:is|was|'s)|who's|tell me about)\s+(?<name>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhoIsPattern();

    [GeneratedRegex(@"^(?:please\s+)?(?:summari[sz]e|sum up|summary(?:\s+of)?|tl;?dr|give me a summary of)(?:\s+(?<topic>.*))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SummarizePattern();

    // Who said "the phrase"? The phrase is matched against the quotes, so it is kept as typed.
    [GeneratedRegex(@"^who\s+(?:said|says|has\s+said|had\s+said|was\s+quoted\s+as\s+saying|wrote|stated|declared)\s*:?\s+(?:that\s+)?(?<phrase>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhoSaidPattern();

    // "brief me on X" reads the same as "what's new in X", so chat and the CLI answer it alike.
    [GeneratedRegex(@"^(?:(?:so|and|ok)\s*,?\s+)?(?:(?:what'?s|what\s+is|whats|anything)\s+(?:new|happening|the\s+latest|latest|going\s+on)|(?:any\s+)?(?:latest\s+)?news|the\s+latest|latest|(?:please\s+)?brief\s+(?:me|us)|(?:give\s+(?:me|us)\s+)?(?:a\s+|the\s+)?briefing)\s+(?:in|on|with|about|from|for|regarding)\s+(?<topic>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhatsNewPattern();

    [GeneratedRegex(@"^(?:so\s+)?what\s+(?:happened|happens|went\s+on|took\s+place|was\s+(?:decided|agreed))\s+(?:at|in|during|on|with|after)\s+(?<event>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhatHappenedPattern();

    [GeneratedRegex(@"^(?:when|(?:on\s+)?what\s+(?:date|day))\s+(?:is|was|will|does|did|are|were|do)\s+(?<event>.+?)(?:\s+(?:be\s+held|take\s+place|taking\s+place|happen|start|begin|open|meet|held|due|be))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhenPattern();

    [GeneratedRegex(@"^where\s+(?:is|was|will|does|did|are|were|do)\s+(?<event>.+?)(?:\s+(?:be\s+held|take\s+place|taking\s+place|happen|held|meet|be))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WherePattern();

    [GeneratedRegex(@"^(?:(?:and|so|ok|okay)\s*,?\s+)?(?:more|show\s+(?:me\s+)?more|tell\s+me\s+more|more\s+please|go\s+on|continue|next|anything\s+else|what\s+else|what\s+else\s+(?:did|does|has|have)\s+(?<name>.+?)\s+(?:say|said|propose|proposed|announce|announced|tell|told|think))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MorePattern();

    [GeneratedRegex(@"^(?:and\s+what\s+about|what\s+about|how\s+about|and\s+(?:in|on|for|about)|and|same\s+for)\s+(?<subject>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AndAboutPattern();

    [GeneratedRegex(@"^(?:he|she|they|him|her|them|it)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PronounPattern();

    [GeneratedRegex(@"^(?:the|a|an)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingArticlePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();
}
