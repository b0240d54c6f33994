using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Tests.Execution;

/// <summary>Runs a query against a schema and returns the exact response JSON.</summary>
internal static class ExecutionHarness
{
    /// <summary>The executor without validation, so that tests reach execution with any document.</summary>
    public static readonly RequestExecutorOptions Unvalidated = new() { Validator = AcceptingValidator.Instance };

    public static string Run(Schema schema, string query, IReadOnlyDictionary<string, object?>? variables = null, object? rootValue = null, string? operationName = null, RequestExecutorOptions? options = null)
    {
        var executor = new RequestExecutor(schema, options ?? Unvalidated);
        ExecutionResult result = executor.ExecuteAsync(new GraphQLRequest(query, variables, operationName) { RootValue = rootValue }).GetAwaiter().GetResult();
        return ExecutionResultWriter.ToJson(result);
    }

    public static async Task<string> RunAsync(Schema schema, string query, IReadOnlyDictionary<string, object?>? variables = null, object? rootValue = null, RequestExecutorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var executor = new RequestExecutor(schema, options ?? Unvalidated);
        ExecutionResult result = await executor.ExecuteAsync(new GraphQLRequest(query, variables) { RootValue = rootValue }, cancellationToken);
        return ExecutionResultWriter.ToJson(result);
    }

    /// <summary>Parses a JSON object into variables the way the HTTP layer does.</summary>
    public static IReadOnlyDictionary<string, object?> Variables(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return JsonValues.VariablesFromElement(document.RootElement)!;
    }

    /// <summary>Turns single quotes into double quotes so expected JSON reads well in C#.</summary>
    public static string Json(string text) => text.Replace('\'', '"');
}
