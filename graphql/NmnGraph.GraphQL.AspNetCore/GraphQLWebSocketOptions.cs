using Microsoft.AspNetCore.Http;

namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>GraphQL over WebSocket (the <c>graphql-transport-ws</c> protocol) at the GraphQL endpoint.</summary>
public sealed class GraphQLWebSocketOptions
{
    /// <summary>Whether the endpoint accepts WebSocket connections (the host must call <c>UseWebSockets()</c>).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a new connection has to send <c>connection_init</c> before it is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the server sends <c>ping</c> once the connection is acknowledged; null for never.</summary>
    public TimeSpan? KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Decides on <c>connection_init</c>: reads its payload (e.g. an <c>Authorization</c> key) into the context data every
    /// operation of the connection gets, and returns false to refuse the connection (closed with 4403 Forbidden).
    /// </summary>
    public Func<HttpContext, IReadOnlyDictionary<string, object?>?, IDictionary<string, object?>, bool>? OnConnect { get; set; }
}
