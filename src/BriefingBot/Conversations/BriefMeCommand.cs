using System.Text.RegularExpressions;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Replies;

namespace BriefingBot.Conversations;

/// <summary>
/// "brief me on Turkey", "briefing for the Balkans": the briefing for that area now, over the default window,
/// and when the name is no area we know, the list of areas that exist. "What's new in X" (a place or a topic)
/// is a question, answered by the answerer the same way in chat and in the CLI.
/// </summary>
public sealed partial class BriefMeCommand(Briefer briefer, TimeProvider time) : IChatCommand
{
    public async Task<Reply?> TryHandleAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var request = BriefMe().Match(QuestionParser.Clean(turn.Text));
        var area = request.Success ? request.Groups["area"].Value.Trim() : null;
        if (string.IsNullOrWhiteSpace(area))
        {
            return null;
        }

        return await briefer.BriefAsync(area, time.GetUtcNow(), cancellationToken: cancellationToken).ConfigureAwait(false)
            ?? await briefer.UnknownAreaAsync(area, cancellationToken).ConfigureAwait(false);
    }

    [GeneratedRegex(@"^(?:please\s+)?(?:brief\s+(?:me|us)\s+(?:on|about)|(?:give\s+(?:me|us)\s+)?(?:a\s+|the\s+)?briefing\s+(?:on|about|for))\s+(?<area>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BriefMe();
}
