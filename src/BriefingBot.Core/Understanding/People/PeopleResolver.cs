using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.Quotes;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.People;

/// <summary>
/// Builds the people (and speaking organisations) of an article and resolves speakers to them.
/// A person is a name with a title or role, or a name that speaks. Shorter mentions ("Cavusoglu",
/// "FM Cavusoglu", "Çavuşoğlu") resolve by surname through <see cref="NameKey"/>; pronouns resolve
/// to the person mentioned last before them.
/// </summary>
internal sealed class PeopleResolver
{
    private readonly string text;
    private readonly List<Token> tokens;
    private readonly PersonRegistry registry = new();
    private readonly List<(int Offset, PersonEntry Entry)> mentions = [];

    public PeopleResolver(string text, List<Token> tokens)
    {
        this.text = text;
        this.tokens = tokens;
    }

    public (IReadOnlyList<Person> People, IReadOnlyList<Quote> Quotes) Resolve(
        List<NameRun> runs, List<Attribution> attributions, Func<Attribution, string, int, double> importance, Func<int, int> sentenceOf)
    {
        var roles = RoleFinder.Roles(text, tokens, runs);

        // Titled or described names are people from their first mention.
        foreach (var run in runs)
        {
            var role = roles.TryGetValue(run.NameSpan.Start, out var found) ? found : run.Role;
            if ((run.Title is not null || role is not null) && run.Key.Length > 0)
            {
                var entry = registry.FindOrAdd(run.Name, run.Title, EntityKind.Person, run.Key);
                entry.Role ??= role;
            }
        }

        // Speakers named in attributions are people (or organisations) too.
        foreach (var attribution in attributions)
        {
            if (attribution.Speaker is { } span && !IsPronounSpan(span))
            {
                AddSpeaker(span, runs);
            }
        }

        // Every name run mentioning a known surname is a mention of that entry. Names inside quoted words
        // are what the speaker talks about, not who speaks: pronouns skip them.
        var quoted = attributions.Where(a => a.Kind == QuoteKind.Direct).SelectMany(a => a.Content).ToList();
        foreach (var run in runs)
        {
            if (registry.Lookup(run.Key) is { } entry)
            {
                entry.Mentions.Add(run.NameSpan);
                if (!quoted.Any(q => q.Contains(run.NameSpan.Start)))
                {
                    mentions.Add((run.NameSpan.Start, entry));
                }
            }
        }

        mentions.Sort((a, b) => a.Offset.CompareTo(b.Offset));

        var quotes = new List<Quote>(attributions.Count);
        foreach (var attribution in attributions)
        {
            PersonEntry? speaker = null;
            if (attribution.Speaker is { } span)
            {
                // "it" and "they" name things and groups, not the last person mentioned; "who" follows its antecedent.
                var personal = IsPronounSpan(span) && span.Slice(text).ToLowerInvariant() is "he" or "she" or "i" or "we" or "who";
                speaker = IsPronounSpan(span) ? (personal ? LastMentionBefore(span.Start) : null) : ResolveSpan(span);
                if (speaker is not null && IsPronounSpan(span))
                {
                    speaker.Mentions.Add(span);
                }
            }

            var pieces = attribution.Content;
            var quoteText = QuoteText.Join(text, pieces);
            var sentence = sentenceOf(pieces[0].Start);
            var name = speaker?.FullName ?? attribution.Speaker?.Slice(text);
            quotes.Add(new Quote(
                attribution.Kind,
                pieces,
                quoteText,
                attribution.Cue,
                attribution.Speaker,
                speaker?.Id,
                name,
                speaker?.Role,
                sentence,
                importance(attribution, speaker?.Role ?? speaker?.Title ?? string.Empty, sentence)));
        }

        return (registry.ToPeople(), quotes);
    }

    private void AddSpeaker(TextSpan span, List<NameRun> runs)
    {
        // "Elnur Ismayil, a research fellow at ...": the name comes first; otherwise last ("pollster Pat Caddell").
        var inside = runs.Where(r => r.NameSpan.Overlaps(span) && r.NameSpan.End <= span.End).ToList();
        var run = span.Slice(text).Contains(',') ? inside.FirstOrDefault() : inside.LastOrDefault();
        if (run is not null && registry.Lookup(run.Key) is { Kind: EntityKind.Person })
        {
            // A known person's office may hold an organisation noun ("Deputy Minister of Territorial Administration").
            return;
        }

        if (run is not null && run.Title is null && Lexicon.Lexicon.Instance.Countries.Contains(run.Name))
        {
            return; // "Kazakhstan and Turkmenistan agreed": countries speak as states, not as people
        }

        var words = span.Slice(text);
        var isOrganisation = TokenSearch.Within(tokens, span.Start, span.End).Any(t => Lexicon.Lexicon.Instance.OrganisationNouns.Contains(t.Text));
        if (isOrganisation)
        {
            var name = WithoutLeadingThe(words);
            registry.FindOrAdd(name, null, EntityKind.Organization, NameKey.Normalize(name)).Mentions.Add(span);
            return;
        }

        if (run is null || registry.Lookup(run.Key) is not null)
        {
            return;
        }

        var entry = registry.FindOrAdd(run.Name, run.Title, EntityKind.Person, run.Key);
        // The words before the name describe the speaker: "longtime Democratic pollster Pat Caddell".
        var before = run.Span.Start > span.Start ? text[span.Start..run.Span.Start].Trim() : string.Empty;
        foreach (var article in (string[])["the ", "a ", "an "])
        {
            if (before.StartsWith(article, StringComparison.OrdinalIgnoreCase))
            {
                before = before[article.Length..];
            }
        }

        if (before.Length > 0 && !before.Equals("the", StringComparison.OrdinalIgnoreCase) && before.Any(char.IsLower))
        {
            entry.Role ??= before;
        }

        entry.Role ??= run.Role;
    }

    private PersonEntry? ResolveSpan(TextSpan span)
    {
        PersonEntry? best = null;
        var appositive = span.Slice(text).Contains(',');
        foreach (var run in NameRunFinder.Find(TokenSearch.Within(tokens, span.Start, span.End)))
        {
            best = registry.Lookup(run.Key) ?? best;
            if (appositive && best is not null)
            {
                break;
            }
        }

        if (best is not null)
        {
            return best;
        }

        return registry.WithKey(NameKey.Normalize(WithoutLeadingThe(span.Slice(text))));
    }

    private PersonEntry? LastMentionBefore(int offset)
    {
        PersonEntry? last = null;
        foreach (var (at, entry) in mentions)
        {
            if (at >= offset)
            {
                break;
            }

            if (entry.Kind == EntityKind.Person)
            {
                last = entry;
            }
        }

        return last;
    }

    private bool IsPronounSpan(TextSpan span)
    {
        if (span.Length > 4)
        {
            return false;
        }

        var k = TokenSearch.FirstAtOrAfter(tokens, span.Start);
        return k < tokens.Count && tokens[k].Start == span.Start && SpeakerPhrase.IsPronoun(tokens[k]);
    }

    private static string WithoutLeadingThe(string words) =>
        words.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? words[4..] : words;
}
