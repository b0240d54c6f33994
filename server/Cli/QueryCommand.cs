using System.CommandLine;
using NmnGraph.GraphQL.Execution;
using NmnGraph.Server.Hosting;

namespace NmnGraph.Server.Cli;

/// <summary>
/// <c>nmngraph query DOCUMENT [--variables JSON] [--operation NAME] [--db PATH] [--api-key KEY]</c>: runs one
/// request in-process and prints the JSON response; DOCUMENT is the query text, or <c>@file.graphql</c> to
/// read it from a file. Exits 1 when the response has errors, 2 when the input cannot be read.
/// </summary>
public static class QueryCommand
{
    public static Command Create()
    {
        var document = new Argument<string>("DOCUMENT") { Description = "The GraphQL document, or @FILE to read it from a file." };
        var variables = new Option<string?>("--variables") { Description = "Variable values as a JSON object.", HelpName = "JSON" };
        var operation = new Option<string?>("--operation") { Description = "The operation to run when the document has several.", HelpName = "NAME" };
        var apiKey = new Option<string?>("--api-key") { Description = "The API key for mutations (default: $NMNGRAPH_API_KEY, appsettings NmnGraph:ApiKey).", HelpName = "KEY" };
        Option<string?> database = DatabaseOption.Create();
        var command = new Command("query", "Run a GraphQL request in-process and print the JSON response.") { document, variables, operation, database, apiKey };
        command.SetAction((parseResult, cancellationToken) => DatabaseOption.GuardAsync(parseResult, async (output, error) =>
        {
            string text = parseResult.GetValue(document)!;
            if (text.StartsWith('@'))
            {
                string path = text[1..];
                if (!File.Exists(path))
                {
                    await error.WriteLineAsync($"nmngraph: no document file '{path}'.").ConfigureAwait(false);
                    return 2;
                }

                text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
            }

            string? variablesJson = parseResult.GetValue(variables);
            Configuration.ServerSettings settings = Configuration.ServerSettings.Resolve(null, parseResult.GetValue(database), parseResult.GetValue(apiKey));
            await using InProcessServer server = await InProcessServer.OpenAsync(
                new NmnServerOptions
                {
                    DatabasePath = settings.DatabasePath,
                    ApiKey = settings.ApiKey,
                    ExecutionTimeout = Configuration.ServerSettings.ResolveTimeout(null) is { Error: null } resolved ? resolved.Timeout : ServerLimits.ExecutionTimeout,
                },
                cancellationToken).ConfigureAwait(false);
            if (server.ReadVariables(variablesJson).Error is { } variablesError)
            {
                await error.WriteLineAsync($"nmngraph: --variables: {variablesError.Message}").ConfigureAwait(false);
                return 2;
            }

            // The operator running the command holds the key, when one is configured.
            ExecutionResult result = await server.ExecuteAsync(
                text, variablesJson, parseResult.GetValue(operation), authenticated: settings.ApiKey is not null, cancellationToken).ConfigureAwait(false);
            if (result.Stream is not null)
            {
                await error.WriteLineAsync("nmngraph: subscriptions need the server: use 'nmngraph serve' and an SSE client.").ConfigureAwait(false);
                return 2;
            }

            await output.WriteLineAsync(ExecutionResultWriter.ToJson(result, indented: true)).ConfigureAwait(false);
            return result.Errors.Count == 0 ? 0 : 1;
        }));
        return command;
    }
}
