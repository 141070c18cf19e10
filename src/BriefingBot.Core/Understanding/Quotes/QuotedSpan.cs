namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// Text between double quotation marks, as token indexes. <see cref="Close"/> is -1 when the paragraph
/// ends before the quote closes (news style for quotes running over several paragraphs).
/// </summary>
internal readonly record struct QuotedSpan(int Open, int Close, int ContentStart, int ContentEnd, int Paragraph);
