using System.CommandLine;
using BriefingBot.Infrastructure.Sources;

namespace BriefingBot.Cli;

/// <summary>BriefingBot poll --once: poll every due source now and print what each one brought in.</summary>
internal static class PollCommand
{
    public static Command Create()
    {
        var once = new Option<bool>("--once") { Description = "Poll every due source one time, then exit (the service polls continuously)" };
        var command = new Command("poll", "Poll the due sources now and print what was ingested per source") { once };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!parse.GetValue(once))
            {
                throw new CliError("poll runs one round and exits; say so with --once (the service, \"serve\", polls continuously)");
            }

            await using var services = CliServices.Build(parse.GetValue(CliOptions.Data));
            var output = parse.InvocationConfiguration.Output;
            var reports = await services.GetRequiredService<SourceScheduler>().PollDueOnceAsync(cancellationToken);
            if (reports.Count == 0)
            {
                await output.WriteLineAsync("no source is due");
            }

            foreach (var report in reports.OrderBy(r => r.SourceId))
            {
                await output.WriteLineAsync(SourceText.Poll(report));
                foreach (var item in report.Items)
                {
                    await output.WriteLineAsync("    " + SourceText.Item(item));
                }
            }

            var failed = reports.Count(r => r.Outcome is PollOutcome.Failed or PollOutcome.Refused);
            await output.WriteLineAsync($"{reports.Count} polled, {reports.Sum(r => r.Stored)} stored, {failed} failed");
            return failed == 0 ? 0 : 1;
        });
        return command;
    }
}
