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

    /// <summary>The exit code of a command line that does not parse (as in sysexits' EX_USAGE convention of 2).</summary>
    public const int UsageError = 2;

    public static Task<int> RunAsync(string[] args, InvocationConfiguration? configuration, CancellationToken cancellationToken)
    {
        // No response files: `nmngraph query @file.graphql` reads the document itself.
        ParseResult parsed = Build().Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count == 0)
        {
            return parsed.InvokeAsync(configuration, cancellationToken);
        }

        // One line, not the help page: the help is one flag away and would bury the message.
        TextWriter error = configuration?.Error ?? Console.Error;
        error.WriteLine(UsageMessage(parsed));
        return Task.FromResult(UsageError);
    }

    private static string UsageMessage(ParseResult parsed)
    {
        Command parsedCommand = parsed.CommandResult.Command;
        string command = parsedCommand is RootCommand ? "nmngraph" : $"nmngraph {parsedCommand.Name}";
        // Some messages list choices on their own lines; keep it one line.
        string message = string.Join(' ', parsed.Errors[0].Message.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
        return $"nmngraph: {message} (see '{command} --help').";
    }
}
