using BenchmarkDotNet.Running;
using NmnGraph.Bench;

// `--store-scale [N]` is a quick store measurement without BenchmarkDotNet (StoreScale.cs).
if (args is ["--store-scale", ..])
{
    return await StoreScale.RunAsync(args, Console.Out);
}

// Suites: `dotnet run -c Release --project bench/NmnGraph.Bench -- --filter '*'`.
BenchmarkSwitcher.FromAssembly(typeof(StoreBenchmarks).Assembly).Run(args);
return 0;
