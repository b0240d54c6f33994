namespace NmnGraph.Server.Hosting;

/// <summary>The server could not start listening (a malformed URL, a port out of range, an address in use); the message says which.</summary>
public sealed class ServerStartException : Exception
{
    public ServerStartException()
    {
    }

    public ServerStartException(string message)
        : base(message)
    {
    }

    public ServerStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
