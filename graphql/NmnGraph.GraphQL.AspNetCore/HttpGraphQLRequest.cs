namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>The parameters of a GraphQL-over-HTTP request, as read from the query string or the JSON body.</summary>
internal sealed record HttpGraphQLRequest(
    string? Query,
    string? OperationName,
    IReadOnlyDictionary<string, object?>? Variables,
    IReadOnlyDictionary<string, object?>? Extensions);
