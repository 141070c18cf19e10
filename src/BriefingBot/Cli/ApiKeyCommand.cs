using System.CommandLine;
using BriefingBot.Infrastructure.Admin;

namespace BriefingBot.Cli;

/// <summary>BriefingBot api-key create NAME: makes an admin API key and prints it, the only time it is shown.</summary>
internal static class ApiKeyCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "Who or what will use the key, e.g. \"ops-dashboard\"" };
        var create = new Command("create", "Create an admin API key (stored hashed; printed once)") { name };
        create.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(CliOptions.Data));
            var key = await SourcesCommand.Run(() => services.GetRequiredService<SqliteAdminStore>().CreateApiKeyAsync(
                parse.GetValue(name) ?? string.Empty, SourcesCommand.Actor, cancellationToken));

            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync(key);
            await output.WriteLineAsync("Keep this key now: only its hash is stored, it cannot be shown again. Send it as the X-Api-Key header to /admin/.");
            return 0;
        });
        return new Command("api-key", "Manage admin API keys") { create };
    }
}
