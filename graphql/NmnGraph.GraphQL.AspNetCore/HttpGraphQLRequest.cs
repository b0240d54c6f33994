namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>The parameters of a GraphQL-over-HTTP request, as read from the query string or the JSON body.</summary>
internal sealed record HttpGraphQLRequest(
    string? Query,
    string? OperationName,
    IReadOnlyDictionary<string, object?>? Variables,
    IReadOnlyDictionary<string, object?>? Extensions)
{
    /// <summary>The <c>id</c> / <c>documentId</c> of a persisted operation, instead of (or besides) the query.</summary>
    public string? DocumentId { get; init; }
}
