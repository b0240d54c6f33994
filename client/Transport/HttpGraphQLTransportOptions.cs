namespace NmnGraph.Client.Transport;

/// <summary>Settings of an <see cref="HttpGraphQLTransport"/>.</summary>
public sealed class HttpGraphQLTransportOptions
{
    /// <summary>
    /// The GraphQL endpoint: absolute, or relative to the <see cref="HttpClient.BaseAddress"/>. <c>null</c> posts to the
    /// base address itself.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>
    /// How long a query or mutation may take, from sending to the last byte of the response; for subscriptions, until
    /// the event stream opens. <see cref="Timeout.InfiniteTimeSpan"/> disables it. Default: 30 seconds.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
