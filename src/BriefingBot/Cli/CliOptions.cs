using System.CommandLine;

namespace BriefingBot.Cli;

/// <summary>Options shared by every command.</summary>
internal static class CliOptions
{
    /// <summary>--data DIR: the data folder (database); overrides Storage:DataDirectory.</summary>
    public static readonly Option<string?> Data = new("--data")
    {
        Description = "Data folder holding the archive (default: Storage:DataDirectory, ./data)",
        HelpName = "DIR",
        Recursive = true,
    };

    public static Option<string> Out(string description) => new("--out")
    {
        Description = description,
        HelpName = "DIR",
        Required = true,
    };

    public static Argument<string[]> Inputs(string description) => new("inputs")
    {
        Description = description,
        Arity = ArgumentArity.OneOrMore,
        HelpName = "file|dir",
    };
}
