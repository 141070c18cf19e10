namespace BriefingBot.Cli;

/// <summary>A failure the user can fix; printed as one line, exit code 1.</summary>
internal sealed class CliError(string message) : Exception(message);
