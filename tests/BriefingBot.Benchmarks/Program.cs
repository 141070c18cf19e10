using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/BriefingBot.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
