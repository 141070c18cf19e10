using System.Text.RegularExpressions;
using BriefingBot.Core.Archive;
using BriefingBot.Core.Replies;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering;

/// <summary>
/// "What did Turkey propose?", "what did the EU say about visas?": statements made for a country or an
/// organisation, by its officials ("Turkey's foreign minister"), by the body itself ("the Turkish foreign
/// ministry said"), or reported of it ("Turkey proposed a summit, the minister said"). Quotes that merely
/// mention it are not its statements; when those are all there is, the answer says so.
/// </summary>
internal sealed partial class PartyStatementsAnswer(AnswerContext context)
{
    private const int CandidateQuotes = 200;

    public async Task<Answer> AnswerAsync(Question question, int skip, CancellationToken cancellationToken)
    {
        var names = Party.NamesOf(question.Subject);
        var mentioning = await context.Archive.FindQuotesMentioningAsync(names, CandidateQuotes, cancellationToken);
        var bySpeaker = await context.Archive.FindQuotesBySpeakerAsync(question.Subject, CandidateQuotes, cancellationToken);
        var asked = NameKey.Tokens(question.Subject);
        var namesakes = Speaker.Group(bySpeaker.Where(q => IsNamesake(q.SpeakerName, asked)));
        var namesakeQuotes = namesakes.SelectMany(n => n.Quotes).Select(q => q.Id).ToHashSet();
        var candidates = mentioning.Concat(bySpeaker).DistinctBy(q => q.Id).Where(q => !namesakeQuotes.Contains(q.Id)).ToList();
        var keys = names.Select(n => " " + NameKey.Normalize(n) + " ").ToList();
        var topic = new TopicMatcher(question.Topic, related: true);
        var cues = CuesFor(question.Verb);

        var statements = candidates
            .Select(q => (Quote: q, Speaker: Names(keys, q.SpeakerName + " " + q.SpeakerRole), Reported: !SpeaksForACountry(q) && ReportedOf(keys, cues, q.Context)))
            // A reported "quote" with no speech in its sentence ("Armenia and Georgia opened a crossing") is an event, not a statement.
            .Where(c => (c.Speaker || c.Reported) && (c.Quote.Kind != Understanding.QuoteKind.Indirect || HasSpeechVerb(c.Quote.Context.Split(' '))))
            .Select(c => (c.Quote, Score: (c.Speaker ? 2 : 1) + (cues.IsMatch(c.Quote.Context) ? 1 : 0) + (2 * topic.Score(c.Quote.Text + " " + c.Quote.Context))))
            .ToList();
        var paragraphs = new List<string>();
        if (!topic.IsEmpty)
        {
            var onTopic = statements.Where(s => topic.Score(s.Quote.Text + " " + s.Quote.Context) > 0).ToList();
            if (onTopic.Count > 0)
            {
                statements = onTopic;
            }
            else if (statements.Count > 0)
            {
                paragraphs.Add($"I found nothing {question.Subject} said about {question.Topic}. Here is what else it said.");
            }
        }

        var what = Doing(question.Verb);
        if (statements.Count == 0 && namesakes.Count > 0)
        {
            // Nothing from the country, but a person of that name spoke: "what did Jordan say?" means Jim Jordan.
            var reply = await new SpeakerQuotesAnswer(context).AnswerAsync(question with { Kind = QuestionKind.SpeakerQuotes }, skip, cancellationToken);
            return new Answer(reply, reply.Quotes.Count, reply.Quotes.FirstOrDefault()?.Speaker);
        }

        if (namesakes.Count > 0)
        {
            paragraphs.Add($"{string.Join(" and ", namesakes.Select(n => n.Name))} {(namesakes.Count == 1 ? "is" : "are")} quoted too; ask by full name for their words.");
        }

        if (statements.Count <= skip)
        {
            return new Answer(skip > 0
                ? Reply.Text($"That is all I have from {question.Subject}", $"I have no other statement from {question.Subject}.")
                : await NoStatementsAsync(question.Subject, what, mentioning, cancellationToken));
        }

        var chosen = statements
            .OrderByDescending(s => s.Score)
            .ThenByDescending(s => s.Quote.Article.PublishedAt ?? s.Quote.Article.IngestedAt)
            .ThenByDescending(s => s.Quote.Importance)
            .Skip(skip)
            .Take(context.Options.MaxQuotes)
            .Select(s => s.Quote)
            .ToList();
        var more = statements.Count - skip - chosen.Count;
        if (more > 0)
        {
            paragraphs.Add(ReplyParts.MoreHint(more, "statement", "statements"));
        }

        return new Answer(
            new Reply(
                $"What {question.Subject} {what}",
                paragraphs,
                chosen.Select(ReplyParts.ToReplyQuote).ToList(),
                [],
                chosen.Where(q => q.SpeakerName is not null).Select(q => $"who is {q.SpeakerName}?").Distinct().Take(1)
                    .Append($"what's new in {question.Subject}?")
                    .Concat(namesakes.Select(n => ReplyParts.Ask(n.Name, question.Topic)))
                    .ToList()),
            chosen.Count,
            chosen[0].SpeakerName is { } first && !Party.IsParty(first) ? first : null);
    }

    private async Task<Reply> NoStatementsAsync(string subject, string what, IReadOnlyList<StoredQuote> mentioning, CancellationToken cancellationToken)
    {
        if (mentioning.Count == 0)
        {
            return new Reply(
                $"Nothing from {subject}",
                [$"I have not read anything {subject} {what}. Try a person's name (\u201cwhat did <name> say?\u201d) or \u201cwhat's new in {subject}?\u201d."],
                [],
                [],
                await context.ExampleQuestionsAsync(cancellationToken));
        }

        var speakers = mentioning.Where(q => q.SpeakerName is not null).Select(q => q.SpeakerName!).Distinct().Take(2).ToList();
        return new Reply(
            $"I found no statement by {subject}",
            [$"{mentioning.Count} {(mentioning.Count == 1 ? "quote mentions" : "quotes mention")} {subject}, but none is by {subject} or its officials. Ask what the speakers said, or what's new there."],
            [],
            mentioning.Take(2).Select(q => ReplyParts.ToCitation(q.Article)).Distinct().ToList(),
            speakers.Select(s => $"what did {s} say about {subject}?").Append($"what's new in {subject}?").ToList());
    }

    // "Jim Jordan" for "Jordan": a person whose surname is the party's name. "King Abdullah of Jordan" speaks for it.
    private static bool IsNamesake(string? speaker, string[] asked)
    {
        var tokens = NameKey.Tokens(AskedName.Core(speaker ?? string.Empty));
        return asked.Length == 1 && tokens.Length > 1 && tokens[^1] == asked[0] && !tokens.Contains("of") && !Party.IsParty(speaker!);
    }

    // "Turkey's foreign minister", "the Turkish foreign ministry": the party is in the speaker's name or role.
    // "a fellow at the Ankara-based think tank" is placed there, not speaking for it.
    private static bool Names(IReadOnlyList<string> keys, string text)
    {
        var normalized = BasedPattern().Replace(" " + NameKey.Normalize(text) + " ", " ");
        return keys.Any(k => normalized.Contains(k, StringComparison.Ordinal));
    }

    // "Turkey's foreign minister" speaks for Turkey: whatever the sentence says of Pakistan is not Pakistan's statement.
    private static bool SpeaksForACountry(StoredQuote quote)
    {
        var lexicon = Understanding.Lexicon.Lexicon.Instance;
        return NameKey.Tokens(quote.SpeakerName + " " + quote.SpeakerRole)
            .Any(t => lexicon.Countries.Contains(t) || lexicon.CountryByDemonym.ContainsKey(t));
    }

    // "Turkey proposed a summit": the party, then within a few words a speech verb.
    private static bool ReportedOf(IReadOnlyList<string> keys, Regex cues, string context)
    {
        var normalized = " " + NameKey.Normalize(context) + " ";
        foreach (var key in keys)
        {
            for (var at = normalized.IndexOf(key, StringComparison.Ordinal); at >= 0; at = normalized.IndexOf(key, at + 1, StringComparison.Ordinal))
            {
                var after = normalized[(at + key.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3).ToList();
                if (cues.IsMatch(string.Join(' ', after)) || HasSpeechVerb(after))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The reporting verbs of the understanding pipeline's lexicon ("said", "affirmed", "refused").
    private static bool HasSpeechVerb(IEnumerable<string> words)
    {
        var cues = Understanding.Lexicon.Lexicon.Instance.Cues;
        return words.Any(w => cues.TryGetValue(w.Trim(',', '.', ';', ':', '"', '\u201c', '\u201d'), out var flags) && !flags.HasFlag(Understanding.Lexicon.CueFlags.DirectOnly));
    }

    private static Regex CuesFor(string? verb) => verb switch
    {
        "propose" or "offer" or "suggest" or "call for" => ProposalPattern(),
        "announce" or "promise" => AnnouncementPattern(),
        "demand" or "urge" or "warn" => DemandPattern(),
        _ => NoCuePattern(),
    };

    private static string Doing(string? verb) => verb switch
    {
        null => "said",
        "call for" => "called for",
        "think" => "thinks",
        _ when verb.EndsWith('e') => verb + "d",
        _ => verb + "ed",
    };

    [GeneratedRegex(@" \w+ based ", RegexOptions.CultureInvariant)]
    private static partial Regex BasedPattern();

    [GeneratedRegex(@"\b(?:propos\w*|offer\w*|suggest\w*|call\w*\s+for|plan\w*|initiative|invit\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProposalPattern();

    [GeneratedRegex(@"\b(?:announc\w*|promis\w*|pledg\w*|unveil\w*|declar\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnnouncementPattern();

    [GeneratedRegex(@"\b(?:demand\w*|urg\w*|warn\w*|insist\w*|call\w*\s+on)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DemandPattern();

    // "Say" asks for any statement: no verb is preferred over another.
    [GeneratedRegex(@"(?!)", RegexOptions.CultureInvariant)]
    private static partial Regex NoCuePattern();
}
