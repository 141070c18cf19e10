using BriefingBot.Core.Text;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>A found attribution before speakers are resolved to people: content, cue and speaker spans.</summary>
internal sealed record Attribution(QuoteKind Kind, List<TextSpan> Content, TextSpan? Cue, TextSpan? Speaker);
