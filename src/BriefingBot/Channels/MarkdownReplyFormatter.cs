using BriefingBot.Core.Replies;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BriefingBot.Channels;

/// <summary>
/// Emulator, Web Chat, Direct Line and tests: the rendered text as Markdown, with the reply's follow-up
/// questions as suggested actions (imBack sends the question as if the user typed it).
/// </summary>
public sealed class MarkdownReplyFormatter : IReplyFormatter
{
    public IMessageActivity Format(Reply reply)
    {
        var activity = MessageFactory.Text(PlainTextRenderer.Render(reply));
        activity.TextFormat = TextFormatTypes.Markdown;
        if (reply.Suggestions.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = reply.Suggestions
                    .Select(s => new CardAction(ActionTypes.ImBack, title: s, value: s))
                    .ToList(),
            };
        }

        return activity;
    }
}
