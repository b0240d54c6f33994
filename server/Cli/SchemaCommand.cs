using System.CommandLine;
using NmnGraph.Server.Api;

namespace NmnGraph.Server.Cli;

/// <summary><c>nmngraph schema [--output FILE]</c>: prints the SDL the server serves, byte for byte <c>schema.graphql</c>.</summary>
public static class SchemaCommand
{
    public static Command Create()
    {
        var outputOption = new Option<FileInfo?>("--output", "-o") { Description = "Write the SDL here (default: standard output).", HelpName = "FILE" };
        var command = new Command("schema", "Print the GraphQL schema (SDL).") { outputOption };
        command.SetAction((parseResult, cancellationToken) => DatabaseOption.GuardAsync(parseResult, async (output, error) =>
        {
            if (parseResult.GetValue(outputOption) is { } file)
            {
                await File.WriteAllBytesAsync(file.FullName, SchemaText.Bytes.ToArray(), cancellationToken).ConfigureAwait(false);
                await error.WriteLineAsync($"nmngraph: wrote the schema to '{file.FullName}'.").ConfigureAwait(false);
            }
            else
            {
                await output.WriteAsync(SchemaText.Sdl).ConfigureAwait(false);
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            return 0;
        }));
        return command;
    }
}
