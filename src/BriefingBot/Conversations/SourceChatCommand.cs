using BriefingBot.Admin;
using BriefingBot.Core.Replies;
using BriefingBot.Infrastructure.Sources;

namespace BriefingBot.Conversations;

/// <summary>
/// Source admin in chat. Admins (see <see cref="AdminPolicy"/>) add, list, pause, resume and remove sources;
/// everyone else gets a polite refusal; every change is audited with the admin's id.
/// </summary>
public sealed class SourceChatCommand(SourceAdmin admin, AdminPolicy policy) : IChatCommand
{
    public async Task<Reply?> TryHandleAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var command = SourceCommandText.Parse(turn.Text);
        if (command is null)
        {
            return null;
        }

        var actor = policy.AdminActor(turn);
        if (actor is null)
        {
            return Reply.Text(
                "Only admins can manage sources",
                "Sorry, adding, listing and changing news sources is for BriefingBot's admins. Ask one of them, or ask me about the news instead.");
        }

        try
        {
            return command.Verb switch
            {
                "list" => await ListAsync(cancellationToken),
                "add" => Added(await admin.AddAsync(actor, command.Target!, command.Region, command.Interval, cancellationToken)),
                "pause" => Changed("Paused", await admin.SetPausedAsync(actor, command.Target!, true, cancellationToken)),
                "resume" => Changed("Resumed", await admin.SetPausedAsync(actor, command.Target!, false, cancellationToken)),
                _ => Changed("Removed", await admin.RemoveAsync(actor, command.Target!, cancellationToken)),
            };
        }
        catch (SourceException e)
        {
            return Reply.Text("That did not work", e.Message);
        }
    }

    private async Task<Reply> ListAsync(CancellationToken cancellationToken)
    {
        var sources = await admin.ListAsync(cancellationToken);
        if (sources.Count == 0)
        {
            return Reply.Text("No sources yet", "Add one with: add source https://example.com/feed.xml region: South Caucasus every 15m");
        }

        var lines = sources.Select(s => $"{SourceText.Summary(s)}: {SourceText.Health(s)}").ToArray();
        return Reply.Text(sources.Count == 1 ? "1 source" : $"{sources.Count} sources", lines);
    }

    private static Reply Added(Source source) => Reply.Text(
        $"Added source #{source.Id}",
        SourceText.Summary(source),
        "I will poll it now. What it already carries is stored quietly; new stories after that count as news.");

    private static Reply Changed(string what, Source source) => Reply.Text($"{what} source #{source.Id}", SourceText.Summary(source));
}
