namespace BriefingBot.Core.Replies;

/// <summary>A quote in a reply: the exact words, who said them and where.</summary>
/// <param name="Direct">True for the speaker's exact words; false for reported speech, shown without quotation marks.</param>
public sealed record ReplyQuote(string Text, string Speaker, string? SpeakerRole, bool Direct, Citation Source);
