using NmnGraph.Bench.Api;

// dotnet run -c Release --project bench/NmnGraph.Bench.Api -- DATABASE [ITERATIONS]
// Make the database first: dotnet run --project server -- generate --articles 100000 --db DATABASE
// DATABASE is a SQLite file or a postgres:// URL.
if (args.Length is < 1 or > 2 || (!File.Exists(args[0]) && !NmnGraph.Server.Store.NmnDatabase.IsPostgresUrl(args[0])))
{
    Console.Error.WriteLine("usage: NmnGraph.Bench.Api DATABASE [ITERATIONS]  (make DATABASE with 'nmngraph generate --articles 100000 --db DATABASE')");
    return 2;
}

int iterations = args.Length == 2 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200;
return await ServerQueryBenchmarks.RunAsync(args[0], iterations, Console.Out);
