namespace NmnGraph.Client.Transport;

/// <summary>Settings of a <see cref="WebSocketGraphQLTransport"/>.</summary>
public sealed class WebSocketGraphQLTransportOptions
{
    /// <summary>Sent as <c>Authorization</c> in <c>connection_init</c> (e.g. <c>Bearer KEY</c>); null sends none.</summary>
    public string? Authorization { get; set; }
}
