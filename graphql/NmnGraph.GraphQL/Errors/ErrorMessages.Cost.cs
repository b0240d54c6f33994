using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Errors;

/// <summary>Messages of the cost analysis and the output bound (no graphql-js counterpart; HotChocolate's meaning).</summary>
public static partial class ErrorMessages
{
    public static string CostLimitExceeded(string? operationName, string kind, string cost, string limit) =>
        $"The {kind} cost of {(operationName is null ? "the operation" : $"operation \"{operationName}\"")} is {cost}, more than the maximum of {limit}.";

    public static string ExactlyOneSlicingArgument(string coordinate, IReadOnlyList<string> slicingArguments) =>
        $"Exactly one slicing argument ({string.Join(" or ", slicingArguments.Select(a => $"\"{a}\""))}) must be given to \"{coordinate}\".";

    public static string ResultLimitExceeded(int limit) =>
        $"The response would hold more than {limit} values; execution stopped. Select fewer fields or smaller pages.";

    /// <summary>An error at the given node with <c>extensions.code</c> and further extension entries.</summary>
    public static GraphQLError WithCodeAt(string message, string code, SyntaxNode? node, params ReadOnlySpan<(string Key, object? Value)> extensions)
    {
        var entries = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        foreach ((string key, object? value) in extensions)
        {
            entries[key] = value;
        }

        return new GraphQLError(message, node?.Location is { } location ? [location.StartLocation] : null, null, entries);
    }
}
