using System.CommandLine;
using BriefingBot.Infrastructure.Sources;

namespace BriefingBot.Cli;

/// <summary>BriefingBot sources add|list|remove|pause|resume: the CLI side of source admin, audited as "cli:&lt;OS user&gt;".</summary>
internal static class SourcesCommand
{
    public static Command Create()
    {
        var command = new Command("sources", "Add, list, pause, resume and remove the feeds and pages the service polls");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Change("remove", "Stop polling a source (its articles stay in the archive)", (admin, actor, id, ct) => admin.RemoveAsync(actor, id, ct), "removed"));
        command.Subcommands.Add(Change("pause", "Stop polling a source for now", (admin, actor, id, ct) => admin.SetPausedAsync(actor, id, true, ct), "paused"));
        command.Subcommands.Add(Change("resume", "Poll a paused source again, starting now", (admin, actor, id, ct) => admin.SetPausedAsync(actor, id, false, ct), "resumed"));
        return command;
    }

    /// <summary>Who the audit log names for a CLI change.</summary>
    public static string Actor => "cli:" + Environment.UserName;

    private static Command Add()
    {
        var url = new Argument<string>("url") { Description = "The feed (RSS, Atom, JSON Feed) or page URL" };
        var region = new Option<string?>("--region") { Description = "The region its stories are about by default, e.g. \"South Caucasus\"", HelpName = "R" };
        var interval = new Option<string?>("--interval") { Description = "How often to poll: 15m, 1h, 1h30m, 1d (default: Sources:DefaultInterval)", HelpName = "15m" };
        var command = new Command("add", "Add a source; it is polled at the next poll, its current items stored quietly") { url, region, interval };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(CliOptions.Data));
            var source = await Run(() => services.GetRequiredService<SourceAdmin>().AddAsync(
                Actor, parse.GetValue(url) ?? string.Empty, parse.GetValue(region), parse.GetValue(interval), cancellationToken));
            await parse.InvocationConfiguration.Output.WriteLineAsync($"added {SourceText.Summary(source)}");
            return 0;
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List sources with their health: last success, last error, next poll");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(CliOptions.Data));
            var output = parse.InvocationConfiguration.Output;
            var sources = await services.GetRequiredService<SourceAdmin>().ListAsync(cancellationToken);
            if (sources.Count == 0)
            {
                await output.WriteLineAsync("no sources yet; add one with: sources add <url> [--region R] [--interval 15m]");
            }

            foreach (var source in sources)
            {
                await output.WriteLineAsync(SourceText.Summary(source));
                await output.WriteLineAsync("    " + SourceText.Health(source));
            }

            return 0;
        });
        return command;
    }

    private static Command Change(string name, string description, Func<SourceAdmin, string, string, CancellationToken, Task<Source>> change, string done)
    {
        var target = new Argument<string>("source") { Description = "The source's number (from \"sources list\") or its URL", HelpName = "id|url" };
        var command = new Command(name, description) { target };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(CliOptions.Data));
            var source = await Run(() => change(services.GetRequiredService<SourceAdmin>(), Actor, parse.GetValue(target) ?? string.Empty, cancellationToken));
            await parse.InvocationConfiguration.Output.WriteLineAsync($"{done} #{source.Id} {source.Url}");
            return 0;
        });
        return command;
    }

    /// <summary>Runs a source or admin-store action, turning its <see cref="SourceException"/> into the CLI's error.</summary>
    internal static async Task<T> Run<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (SourceException e)
        {
            throw new CliError(e.Message);
        }
    }
}
