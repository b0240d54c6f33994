namespace NmnGraph.Client;

/// <summary>
/// Sends requests to a GraphQL service. Implementations report server and network failures as
/// <see cref="GraphQLResponse.TransportError"/> and throw only <see cref="OperationCanceledException"/> when the
/// caller cancels.
/// </summary>
public interface IGraphQLTransport
{
    /// <summary>Executes a query or mutation and returns its single response.</summary>
    Task<GraphQLResponse> SendAsync(GraphQLRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Runs a subscription: one response per event until the service completes the stream or the caller cancels.
    /// A failure ends the stream with one response carrying a <see cref="GraphQLResponse.TransportError"/>.
    /// </summary>
    IAsyncEnumerable<GraphQLResponse> SubscribeAsync(GraphQLRequest request, CancellationToken cancellationToken);
}
