using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Tests.Execution;

/// <summary>
/// Runs a query against a schema and returns the exact response JSON. Every query runs twice: once as an in-process
/// caller reads the result tree, once as the HTTP server does (<see cref="GraphQLRequest.ResultIsOnlyWritten"/>, parts
/// written as JSON while executing); both must give the same JSON, so every test here covers both paths.
/// </summary>
internal static class ExecutionHarness
{
    /// <summary>The executor without validation, so that tests reach execution with any document.</summary>
    public static readonly RequestExecutorOptions Unvalidated = new() { Validator = AcceptingValidator.Instance };

    public static string Run(Schema schema, string query, IReadOnlyDictionary<string, object?>? variables = null, object? rootValue = null, string? operationName = null, RequestExecutorOptions? options = null)
    {
        var executor = new RequestExecutor(schema, options ?? Unvalidated);
        ExecutionResult result = executor.ExecuteAsync(new GraphQLRequest(query, variables, operationName) { RootValue = rootValue }).GetAwaiter().GetResult();
        string json = ExecutionResultWriter.ToJson(result);
        ExecutionResult written = executor.ExecuteAsync(new GraphQLRequest(query, variables, operationName) { RootValue = rootValue, ResultIsOnlyWritten = true }).GetAwaiter().GetResult();
        return SameAsWritten(json, written);
    }

    /// <summary>Runs a query once, reading the result tree: for tests that count what resolvers did.</summary>
    public static string RunOnce(Schema schema, string query, IReadOnlyDictionary<string, object?>? variables = null, RequestExecutorOptions? options = null) =>
        RunOnceAsync(schema, query, variables, options).GetAwaiter().GetResult();

    /// <inheritdoc cref="RunOnce"/>
    public static async Task<string> RunOnceAsync(Schema schema, string query, IReadOnlyDictionary<string, object?>? variables = null, RequestExecutorOptions? options = null)
    {
        var executor = new RequestExecutor(schema, options ?? Unvalidated);
        return ExecutionResultWriter.ToJson(await executor.ExecuteAsync(new GraphQLRequest(query, variables)));
    }

    private static string SameAsWritten(string json, ExecutionResult written)
    {
        string writtenJson = ExecutionResultWriter.ToJson(written);
        written.ReturnBuffers();
        Assert.Equal(json, writtenJson);
        return json;
    }

    public static async Task<string> RunAsync(Schema schema, string query, IReadOnlyDictionary<string, object?>? variables = null, object? rootValue = null, RequestExecutorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var executor = new RequestExecutor(schema, options ?? Unvalidated);
        ExecutionResult result = await executor.ExecuteAsync(new GraphQLRequest(query, variables) { RootValue = rootValue }, cancellationToken);
        string json = ExecutionResultWriter.ToJson(result);
        ExecutionResult written = await executor.ExecuteAsync(new GraphQLRequest(query, variables) { RootValue = rootValue, ResultIsOnlyWritten = true }, cancellationToken);
        return SameAsWritten(json, written);
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
