using NmnGraph.Server.Cli;

// The command table lives in Cli/CliApplication.cs (one file per command).
return await CliApplication.RunAsync(args, configuration: null, CancellationToken.None).ConfigureAwait(false);
