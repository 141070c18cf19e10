using System.Text;
using BriefingBot.Channels.Teams;
using BriefingBot.Channels.Teams.AdaptiveCards;
using BriefingBot.Core.Replies;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BriefingBot.Channels;

/// <summary>
/// Teams: an Adaptive Card, with the plain-text rendering in activity.Summary (what notifications and
/// previews show). Not in activity.Text: Teams displays Text above the card, so every answer appeared
/// twice. Teams rejects messages over about 28 KB, so the card is rebuilt with fewer quotes and shorter
/// text until the whole activity fits.
/// </summary>
public sealed class TeamsReplyFormatter : IReplyFormatter
{
    /// <summary>Below Teams' ~28 KB message limit, with room for the activity envelope.</summary>
    public const int MaxActivityBytes = 26 * 1024;

    public const int MaxTextChars = 6000;

    // Each step trades detail for size; the first that fits wins.
    private static readonly (int Quotes, int Chars)[] Steps = [(int.MaxValue, 3000), (10, 1000), (5, 500), (3, 300), (1, 200)];

    public IReadOnlyList<IMessageActivity> FormatMessages(Reply reply) =>
        ReplyPages.Split(reply, FitsWhole).Select(Format).ToList();

    public IMessageActivity Format(Reply reply)
    {
        var text = TextLimits.Truncate(PlainTextRenderer.Render(reply), MaxTextChars);
        var cardBudget = MaxActivityBytes - Encoding.UTF8.GetByteCount(text) - 1024;

        var json = Steps
            .Select(step => ChannelJson.Serialize(TeamsCardBuilder.Build(reply, step.Quotes, step.Chars), ChannelJson.CamelCase))
            .FirstOrDefault(candidate => Encoding.UTF8.GetByteCount(candidate) <= cardBudget)
            ?? ChannelJson.Serialize(TeamsCardBuilder.Minimal(reply), ChannelJson.CamelCase);

        var attachment = new Attachment { ContentType = AdaptiveCard.ContentType, Content = ChannelJson.ToJObject(json) };
        var activity = MessageFactory.Attachment(attachment);
        activity.Summary = text;
        return activity;
    }

    /// <summary>True when the reply fits one message at full detail (no quotes dropped, no text shortened).</summary>
    internal static bool FitsWhole(Reply reply)
    {
        var text = TextLimits.Truncate(PlainTextRenderer.Render(reply), MaxTextChars);
        var card = ChannelJson.Serialize(TeamsCardBuilder.Build(reply, Steps[0].Quotes, Steps[0].Chars), ChannelJson.CamelCase);
        return Encoding.UTF8.GetByteCount(card) <= MaxActivityBytes - Encoding.UTF8.GetByteCount(text) - 1024;
    }
}
