// placeholder until the CLI lands
namespace BriefingBot.Hosting;
internal static class Cli { public static Task<int> RunAsync(string[] args) => Task.FromResult(0); }
