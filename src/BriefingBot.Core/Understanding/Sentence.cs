using BriefingBot.Core.Text;

namespace BriefingBot.Core.Understanding;

/// <summary>One sentence of an article; <see cref="Span"/> points into the analysed text.</summary>
public sealed record Sentence(int Index, TextSpan Span, string Text);
