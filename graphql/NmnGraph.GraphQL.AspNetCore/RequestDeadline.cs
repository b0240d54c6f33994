namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>
/// One request's deadline: a token that the configured execution timeout (or the caller giving up) cancels. Everything
/// the request does takes this token — resolvers, DataLoader batches, database statements, the response writer — so
/// the work ends when the deadline passes, not only the wait for it.
/// </summary>
public sealed class RequestDeadline : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly CancellationToken _caller;

    internal RequestDeadline(TimeSpan? timeout, CancellationToken caller)
    {
        _caller = caller;
        Timeout = timeout;
        _source = CancellationTokenSource.CreateLinkedTokenSource(caller);
        if (timeout is { } after)
        {
            _source.CancelAfter(after);
        }
    }

    /// <summary>How long the request may run; null for no limit.</summary>
    public TimeSpan? Timeout { get; }

    /// <summary>Cancelled when the deadline passes or the caller gives up.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>True once the deadline itself (not the caller) has cancelled the request.</summary>
    public bool HasExpired => _source.IsCancellationRequested && !_caller.IsCancellationRequested;

    public void Dispose() => _source.Dispose();
}
