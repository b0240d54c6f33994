using BenchmarkDotNet.Running;
using NmnGraph.Bench;

// `--store-scale [N]` is a quick store measurement without BenchmarkDotNet (StoreScale.cs).
if (args is ["--store-scale", ..])
{
    return await StoreScale.RunAsync(args, Console.Out);
}

// `--search-latency [N] [--db PATH]`: search p50/p95/p99 by query kind on a generated corpus (SearchLatency.cs).
if (args is ["--search-latency", ..])
{
    return await SearchLatency.RunAsync(args, Console.Out);
}

// `--profile-parse N` / `--profile-validate N` / `--profile-execute N q2` loop over one query for callgrind (ProfileLoop.cs).
if (args is ["--profile-parse" or "--profile-validate" or "--profile-execute", ..])
{
    return ProfileLoop.Run(args, Console.Out);
}

// dotnet run -c Release --project bench/NmnGraph.Bench -- --filter '*'            (everything)
// dotnet run -c Release --project bench/NmnGraph.Bench -- --job short --filter '*Parse*'
// The workload comes from $NMNGRAPH_WORKLOAD or the repository's own copy in bench/workload.
BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run(args);
return 0;
