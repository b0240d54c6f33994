// The workload server is completed by the engine part 2 issue.
Console.Error.WriteLine("usage: NmnGraph.Bench.Server --urls URL [--workload DIR]");
return 2;
