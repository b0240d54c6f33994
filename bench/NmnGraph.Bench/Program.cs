using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/NmnGraph.Bench -- --filter '*'            (everything)
// dotnet run -c Release --project bench/NmnGraph.Bench -- --job short --filter '*Parse*'
// The workload comes from $NMNGRAPH_WORKLOAD or shared/bench/workload beside the repository root.
BenchmarkSwitcher.FromAssembly(typeof(NmnGraph.Bench.ParseBenchmarks).Assembly).Run(args);
