using System.Text.RegularExpressions;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Replies;

namespace BriefingBot.Conversations;

/// <summary>
/// "brief me on Turkey", "briefing for the Balkans", "what's new in the South Caucasus?": the briefing for
/// that area now, over the default window. "what's new in X" where X is no place we know is left to the
/// answerer (it may be a topic); an explicit "brief me on X" says which areas exist.
/// </summary>
public sealed partial class BriefMeCommand(Briefer briefer, TimeProvider time) : IChatCommand
{
    public async Task<Reply?> TryHandleAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var text = QuestionParser.Clean(turn.Text);
        var explicitRequest = BriefMe().Match(text);
        var whatsNew = explicitRequest.Success ? Match.Empty : WhatsNew().Match(text);
        var area = explicitRequest.Success ? explicitRequest.Groups["area"].Value : whatsNew.Success ? whatsNew.Groups["area"].Value : null;
        if (string.IsNullOrWhiteSpace(area))
        {
            return null;
        }

        var reply = await briefer.BriefAsync(area, time.GetUtcNow(), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (reply is not null)
        {
            return reply;
        }

        return explicitRequest.Success ? await briefer.UnknownAreaAsync(area.Trim(), cancellationToken).ConfigureAwait(false) : null;
    }

    [GeneratedRegex(@"^(?:please\s+)?(?:brief\s+(?:me|us)\s+(?:on|about)|(?:give\s+(?:me|us)\s+)?(?:a\s+|the\s+)?briefing\s+(?:on|about|for))\s+(?<area>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BriefMe();

    [GeneratedRegex(@"^(?:what'?s|what\s+is|whats)\s+(?:new|happening)\s+(?:in|on|with)\s+(?<area>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhatsNew();
}
