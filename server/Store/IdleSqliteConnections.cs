namespace NmnGraph.Server.Store;

/// <summary>
/// Store connections kept open between uses, so that the statements each one has prepared
/// (<see cref="InterruptibleSqliteConnection.PreparedCommand"/>) are compiled once, not on every call: Microsoft.Data.Sqlite
/// pools the SQLite handles, but closing a connection finalizes every statement it prepared. At most
/// <see cref="Capacity"/> wait here; a connection returned beyond that, or after <see cref="Close"/>, really closes.
/// </summary>
internal sealed class IdleSqliteConnections
{
    private readonly Stack<InterruptibleSqliteConnection> _idle = new();
    private readonly Lock _gate = new();
    private bool _closed;

    public IdleSqliteConnections(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
    }

    public int Capacity { get; }

    /// <summary>The connection used last (its statements are the most likely to be prepared), or null.</summary>
    public InterruptibleSqliteConnection? TryTake()
    {
        lock (_gate)
        {
            return _idle.TryPop(out InterruptibleSqliteConnection? connection) ? connection : null;
        }
    }

    /// <summary>Keeps <paramref name="connection"/> for the next caller; false when it should close instead.</summary>
    public bool TryReturn(InterruptibleSqliteConnection connection)
    {
        lock (_gate)
        {
            if (_closed || _idle.Count >= Capacity)
            {
                return false;
            }

            _idle.Push(connection);
            return true;
        }
    }

    /// <summary>Closes the idle connections; connections returned later close too.</summary>
    public void Close()
    {
        InterruptibleSqliteConnection[] idle;
        lock (_gate)
        {
            _closed = true;
            idle = [.. _idle];
            _idle.Clear();
        }

        foreach (InterruptibleSqliteConnection connection in idle)
        {
            connection.Dispose();
        }
    }
}
