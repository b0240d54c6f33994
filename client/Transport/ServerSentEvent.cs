namespace NmnGraph.Client.Transport;

/// <summary>One dispatched server-sent event: its type (<c>message</c> when unnamed) and its data lines joined by <c>\n</c>.</summary>
internal sealed record ServerSentEvent(string Type, string Data);
