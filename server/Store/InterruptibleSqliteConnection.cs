using Microsoft.Data.Sqlite;

namespace NmnGraph.Server.Store;

/// <summary>
/// A connection whose running statement stops when a token is cancelled. Microsoft.Data.Sqlite only checks a token
/// before a statement starts (its async methods run synchronously), so a long statement would run to the end; here
/// the token calls <c>sqlite3_interrupt</c> on the connection, and the statement fails with SQLITE_INTERRUPT. The
/// registration ends before the connection goes back to the pool, so a later user of the handle is never interrupted.
/// With an <see cref="IdleSqliteConnections"/>, disposing the connection hands it back there still open, with the
/// statements it prepared (<see cref="PreparedCommand"/>).
/// </summary>
internal sealed class InterruptibleSqliteConnection : SqliteConnection
{
    // Enough for the statements of the API's read paths; beyond it the one used longest ago makes room.
    internal const int PreparedCapacity = 64;

    private readonly string _database;
    private readonly IdleSqliteConnections? _idle;
    private readonly Dictionary<string, TracedSqliteCommand> _prepared = new(StringComparer.Ordinal);
    private CancellationTokenRegistration _interrupt;
    private long _uses;

    /// <param name="database">The database's name in traces (the file name).</param>
    /// <param name="idle">Where the connection goes when disposed, open; null to close it.</param>
    public InterruptibleSqliteConnection(string connectionString, string database, IdleSqliteConnections? idle = null)
        : base(connectionString)
    {
        _database = database;
        _idle = idle;
    }

    /// <summary>Interrupts whatever this connection runs once <paramref name="cancellationToken"/> is cancelled.</summary>
    public void InterruptOn(CancellationToken cancellationToken)
    {
        _interrupt.Dispose();
        _interrupt = cancellationToken.CanBeCanceled
            ? cancellationToken.UnsafeRegister(static state => ((InterruptibleSqliteConnection)state!).Interrupt(), this)
            : default;
    }

    /// <summary>Every command of the store is made here, so every statement is traced.</summary>
    public override SqliteCommand CreateCommand() => new TracedSqliteCommand(_database)
    {
        Connection = this,
        CommandTimeout = DefaultTimeout,
        Transaction = Transaction,
    };

    /// <summary>
    /// The command that keeps <paramref name="sql"/> prepared on this connection, ready to run; null when the
    /// connection does not stay open between uses, when that command is running (its reader is open), or when
    /// the text does not prepare as a whole (a script whose later statements need what earlier ones create).
    /// </summary>
    internal TracedSqliteCommand? PreparedCommand(string sql)
    {
        if (_idle is null)
        {
            return null;
        }

        if (_prepared.TryGetValue(sql, out TracedSqliteCommand? command))
        {
            if (command.IsRunning)
            {
                return null;
            }

            command.LastUse = ++_uses;
            return command;
        }

        if (_prepared.Count >= PreparedCapacity)
        {
            DisposeLeastRecentlyUsed();
        }

        command = new TracedSqliteCommand(_database, keepsPrepared: true) { Connection = this, CommandText = sql, LastUse = ++_uses };
        try
        {
            command.Prepare();
        }
        catch (SqliteException)
        {
            // Run as written instead, where the error (if it is one) surfaces as usual.
            command.Dispose();
            return null;
        }

        _prepared[sql] = command;
        return command;
    }

    public override void Close()
    {
        // Dispose waits for a callback that is running, so no interrupt can reach the handle once it is pooled.
        _interrupt.Dispose();
        DisposePrepared();
        base.Close();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _interrupt.Dispose();
            if (_idle is not null && IsReusable() && _idle.TryReturn(this))
            {
                return;
            }
        }

        base.Dispose(disposing);
    }

    /// <summary>Open, outside any transaction and running nothing: what a fresh connection from the pool would be.</summary>
    private bool IsReusable()
    {
        if (State != System.Data.ConnectionState.Open || Transaction is not null
            || Handle is not { } handle || SQLitePCL.raw.sqlite3_get_autocommit(handle) == 0)
        {
            return false;
        }

        foreach (TracedSqliteCommand command in _prepared.Values)
        {
            if (command.IsRunning)
            {
                return false;
            }
        }

        return true;
    }

    private void DisposeLeastRecentlyUsed()
    {
        TracedSqliteCommand? oldest = null;
        foreach (TracedSqliteCommand command in _prepared.Values)
        {
            if (!command.IsRunning && (oldest is null || command.LastUse < oldest.LastUse))
            {
                oldest = command;
            }
        }

        if (oldest is not null)
        {
            _prepared.Remove(oldest.CommandText);
            oldest.Dispose();
        }
    }

    private void DisposePrepared()
    {
        foreach (TracedSqliteCommand command in _prepared.Values)
        {
            command.Dispose();
        }

        _prepared.Clear();
    }

    private void Interrupt()
    {
        if (State == System.Data.ConnectionState.Open && Handle is { } handle)
        {
            SQLitePCL.raw.sqlite3_interrupt(handle);
        }
    }
}
