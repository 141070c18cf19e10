namespace BriefingBot.Tests.Cli;

/// <summary>Runs the command line in process, capturing what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> InvokeAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await BriefingBot.Cli.Cli.RunAsync(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
