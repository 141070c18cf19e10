using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Answering;

/// <summary>A reply with what a follow-up needs to know about it.</summary>
/// <param name="Shown">How many items (quotes or articles) the reply shows; "more" starts after them.</param>
/// <param name="Person">The person the reply is about, for "what else did he say?".</param>
internal sealed record Answer(Reply Reply, int Shown = 0, string? Person = null);
