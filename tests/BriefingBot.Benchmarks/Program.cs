using BenchmarkDotNet.Running;
using BriefingBot.Benchmarks;

// dotnet run -c Release --project tests/BriefingBot.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/BriefingBot.Benchmarks -- latency --archive DIR   (answer p50/p99, see AnswerLatency)
if (args.Length > 0 && args[0] == "latency")
{
    return await AnswerLatency.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
