namespace NmnGraph.Tui.App;

/// <summary>Where the browser is with its server.</summary>
public enum ConnectionState
{
    /// <summary>Starting the embedded server (or about to talk to a remote one).</summary>
    Connecting,
    Connected,

    /// <summary>The last request could not reach the server (or the embedded server failed to start).</summary>
    Failed,
}
