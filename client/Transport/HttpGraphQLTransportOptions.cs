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

    /// <summary>
    /// Send queries and mutations as their SHA-256 hash first (automatic persisted queries): a server that knows the
    /// document (from the client's manifest or an earlier request) runs it; on <c>PersistedQueryNotFound</c> the
    /// request is sent again with the text, which the server keeps. A server without support is remembered and then
    /// gets the text directly. Default: off; the generated client's registration turns it on.
    /// </summary>
    public bool SendPersistedQueryHashFirst { get; set; }
}
