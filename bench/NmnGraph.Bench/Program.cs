using BenchmarkDotNet.Running;

// Suites are added by the engine benchmark issue; `dotnet run -c Release --project bench/NmnGraph.Bench -- --filter '*'`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
