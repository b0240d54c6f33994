namespace NmnGraph.Server.Hosting;

/// <summary>Limits that protect the server from expensive requests.</summary>
public static class ServerLimits
{
    /// <summary>The deepest field nesting an operation may select (article → claims → evidence → study → citedBy → … fits).</summary>
    public const int MaxExecutionDepth = 15;

    /// <summary>The largest request body accepted.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    /// <summary>The default deadline of a request (<see cref="NmnServerOptions.ExecutionTimeout"/>).</summary>
    public static readonly TimeSpan ExecutionTimeout = TimeSpan.FromSeconds(30);
}
