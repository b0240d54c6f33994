using System.Globalization;
using NmnGraph.Bench.Api;

// dotnet run -c Release --project bench/NmnGraph.Bench.Api -- DATABASE [ITERATIONS]
// dotnet run -c Release --project bench/NmnGraph.Bench.Api -- load URL[,URL…] [SECONDS] [CONCURRENCY]
// dotnet run -c Release --project bench/NmnGraph.Bench.Api -- telemetry DATABASE [ROUNDS] [REQUESTS]
// dotnet run -c Release --project bench/NmnGraph.Bench.Api -- node-lookup DATABASE [ROUNDS] [CALLS]
// Make the database first: dotnet run --project server -- generate --articles 100000 --db DATABASE
// DATABASE is a SQLite file or a postgres:// URL; URL a running server's /graphql (bench/scripts/replicas.sh starts them).
if (args is ["load", string urls, ..])
{
    Uri[] targets = [.. urls.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(u => new Uri(u))];
    int seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 15;
    int concurrency = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 16;
    return await LoadBenchmark.RunAsync(targets, TimeSpan.FromSeconds(seconds), concurrency, Console.Out);
}

if (args is ["telemetry", string telemetryDatabase, ..])
{
    int rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 6;
    int requests = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 300;
    return await TelemetryOverhead.RunAsync(telemetryDatabase, rounds, requests, Console.Out);
}

if (args is ["node-lookup", string lookupDatabase, ..])
{
    int rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 7;
    int calls = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 2000;
    return await NodeLookupCost.RunAsync(lookupDatabase, rounds, calls, Console.Out);
}

if (args.Length is < 1 or > 2 || (!File.Exists(args[0]) && !NmnGraph.Server.Store.NmnDatabase.IsPostgresUrl(args[0])))
{
    Console.Error.WriteLine("usage: NmnGraph.Bench.Api DATABASE [ITERATIONS]  (make DATABASE with 'nmngraph generate --articles 100000 --db DATABASE')");
    Console.Error.WriteLine("       NmnGraph.Bench.Api load URL[,URL…] [SECONDS] [CONCURRENCY]");
    return 2;
}

int iterations = args.Length == 2 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
return await ServerQueryBenchmarks.RunAsync(args[0], iterations, Console.Out);
