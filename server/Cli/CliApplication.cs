using System.CommandLine;

namespace NmnGraph.Server.Cli;

/// <summary>The <c>nmngraph</c> command line: one file per command, assembled here.</summary>
public static class CliApplication
{
    public static RootCommand Build()
    {
        var root = new RootCommand("NmnGraph: NMN articles, the studies they cite and the claims they make.")
        {
            // With no command, nmngraph serves (the options of serve apply).
            ServeCommand.Urls,
            ServeCommand.Database,
            ServeCommand.ApiKey,
            ServeCommand.Cors,
            ServeCommand.Timeout,
            ServeCommand.Development,
            ServeCommand.LogFormat,
        };
        root.SetAction(ServeCommand.RunAsync);
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(SchemaCommand.Create());
        root.Subcommands.Add(QueryCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(RestoreCommand.Create());
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(MigrateCommand.Create());
        return root;
    }

    public static Task<int> RunAsync(string[] args, InvocationConfiguration? configuration, CancellationToken cancellationToken) =>
        // No response files: `nmngraph query @file.graphql` reads the document itself.
        Build().Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null }).InvokeAsync(configuration, cancellationToken);
}
