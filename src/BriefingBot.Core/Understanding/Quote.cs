using BriefingBot.Core.Text;

namespace BriefingBot.Core.Understanding;

/// <summary>
/// One attribution: what was said (content), the cue that reports it ("said", "according to")
/// and who said it, with the speaker resolved to a <see cref="Person"/> of the article where possible.
/// </summary>
/// <param name="Content">The content pieces (several for "A," he said, "B."), without the quotation marks.</param>
/// <param name="Text">The content as one string: the exact words for direct quotes, pieces joined with a space, or with " … " where a sentence was cut at the attribution.</param>
/// <param name="Cue">The reporting verb or phrase, when there is one.</param>
/// <param name="SpeakerSpan">The span naming the speaker in this attribution ("he", "FM Cavusoglu"), when there is one.</param>
/// <param name="SpeakerId">The <see cref="Person.Id"/> the speaker resolves to, or null.</param>
/// <param name="SpeakerName">The resolved full name, or the speaker span's text when unresolved.</param>
/// <param name="SpeakerRole">The resolved speaker's role, or null.</param>
/// <param name="SentenceIndex">The sentence where the content starts.</param>
/// <param name="Importance">Higher is more important; used to pick key quotes.</param>
public sealed record Quote(
    QuoteKind Kind,
    IReadOnlyList<TextSpan> Content,
    string Text,
    TextSpan? Cue,
    TextSpan? SpeakerSpan,
    string? SpeakerId,
    string? SpeakerName,
    string? SpeakerRole,
    int SentenceIndex,
    double Importance);
