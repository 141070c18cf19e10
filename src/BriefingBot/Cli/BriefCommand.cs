using System.CommandLine;
using System.Globalization;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Replies;
using BriefingBot.Core.Text;

namespace BriefingBot.Cli;

/// <summary>
/// BriefingBot brief --region R [--since 24h] [--until TIME]: prints the briefing for a region or country as
/// text, as a subscribed channel would get it at that moment.
/// </summary>
internal static class BriefCommand
{
    public static Command Create()
    {
        var region = new Option<string>("--region") { Description = "A region (\"South Caucasus\", \"Western Asia\", an admin's own) or a country", Required = true };
        var since = new Option<string?>("--since") { Description = "The window before --until: 24h, 3d, 90m, 1w, 1h30m (default Briefings:DefaultWindow, 24h)", HelpName = "DURATION" };
        var until = new Option<string?>("--until") { Description = "The end of the window, an ISO 8601 date or time (default now)", HelpName = "TIME" };
        var command = new Command("brief", "Print the briefing for a region or country") { region, since, until };
        command.SetAction(async (parse, cancellationToken) =>
        {
            TimeSpan? window = null;
            if (parse.GetValue(since) is { } sinceText)
            {
                window = DurationText.TryParse(sinceText, out var parsed)
                    ? parsed
                    : throw new CliError($"--since '{sinceText}' is not a duration; write it like 24h, 3d, 1w or 90m");
            }

            var end = DateTimeOffset.UtcNow;
            if (parse.GetValue(until) is { } untilText
                && !DateTimeOffset.TryParse(untilText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out end))
            {
                throw new CliError($"--until '{untilText}' is not a date or time; try 2026-11-28 or 2026-11-28T08:00:00Z");
            }

            var name = parse.GetValue(region) ?? string.Empty;
            await using var services = CliServices.Build(parse.GetValue(CliOptions.Data));
            var briefer = services.GetRequiredService<Briefer>();
            var reply = await briefer.BriefAsync(name, end, window, cancellationToken);
            if (reply is null)
            {
                var unknown = await briefer.UnknownAreaAsync(name, cancellationToken);
                throw new CliError($"unknown region or country '{name}'. {unknown.Paragraphs[0]}");
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync(PlainTextRenderer.Render(reply));
            return 0;
        });
        return command;
    }
}
