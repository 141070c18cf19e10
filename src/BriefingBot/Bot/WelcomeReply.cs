using BriefingBot.Core.Replies;

namespace BriefingBot.Bot;

/// <summary>What the bot says when it joins a conversation or gets an empty message.</summary>
internal static class WelcomeReply
{
    public static Reply Create() => new(
        "Hi, I'm BriefingBot",
        ["I read the news for you and can tell you who said what, with the exact words and the article they come from."],
        [],
        [],
        ["What did Cavusoglu say?", "Who is quoted about Turkey?", "What's the latest news?"]);
}
