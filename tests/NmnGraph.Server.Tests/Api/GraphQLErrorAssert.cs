using NmnGraph.GraphQL.Execution;

namespace NmnGraph.Server.Tests.Api;

/// <summary>Assertions on engine results.</summary>
internal static class GraphQLErrorAssert
{
    /// <summary>The result is one error with <paramref name="code"/> in <c>extensions.code</c>.</summary>
    public static void Code(ExecutionResult result, string code)
    {
        string json = ExecutionResultWriter.ToJson(result);
        Assert.True(result.Errors.Count == 1, json);
        Assert.True(result.Errors[0].Code == code, json);
    }
}
