using System.CommandLine;
using BriefingBot.Hosting;

namespace BriefingBot.Cli;

/// <summary>BriefingBot serve: the web service (POST /api/messages). Also what BriefingBot alone runs.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", $"Run the bot service (default {ServiceHost.DefaultUrl}; ASPNETCORE_URLS or --urls to change)")
        {
            // ASP.NET Core settings such as --urls or --Storage:DataDirectory=... pass through to the host.
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var hostArgs = parse.UnmatchedTokens.ToList();
        var data = parse.GetValue(CliOptions.Data);
        var app = ServiceHost.Build([.. hostArgs], builder =>
        {
            if (!string.IsNullOrWhiteSpace(data))
            {
                builder.Configuration.AddInMemoryCollection(CliServices.DataOverride(data));
            }
        });
        await app.RunAsync(cancellationToken);
        return 0;
    }
}
