using NmnGraph.Bench.Browser;

// dotnet run -c Release --project bench/NmnGraph.Bench.Browser -- DATABASE [--presses N] [--http]
// Make the database first: dotnet run --project server -- generate --articles 100000 --db DATABASE
if (BrowserBenchmarkOptions.Parse(args) is not { } options)
{
    Console.Error.WriteLine("usage: NmnGraph.Bench.Browser DATABASE [--presses N] [--http]  (make DATABASE with 'nmngraph generate --articles 100000 --db DATABASE')");
    return 2;
}

return await BrowserKeyBenchmark.RunAsync(options, Console.Out, CancellationToken.None);
