using Microsoft.Data.Sqlite;

namespace NmnGraph.Server.Store;

/// <summary>
/// A connection whose running statement stops when a token is cancelled. Microsoft.Data.Sqlite only checks a token
/// before a statement starts (its async methods run synchronously), so a long statement would run to the end; here
/// the token calls <c>sqlite3_interrupt</c> on the connection, and the statement fails with SQLITE_INTERRUPT. The
/// registration ends before the connection goes back to the pool, so a later user of the handle is never interrupted.
/// </summary>
internal sealed class InterruptibleSqliteConnection : SqliteConnection
{
    private CancellationTokenRegistration _interrupt;

    private readonly string _database;

    /// <param name="database">The database's name in traces (the file name).</param>
    public InterruptibleSqliteConnection(string connectionString, string database)
        : base(connectionString)
    {
        _database = database;
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

    public override void Close()
    {
        // Dispose waits for a callback that is running, so no interrupt can reach the handle once it is pooled.
        _interrupt.Dispose();
        base.Close();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _interrupt.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Interrupt()
    {
        if (State == System.Data.ConnectionState.Open && Handle is { } handle)
        {
            SQLitePCL.raw.sqlite3_interrupt(handle);
        }
    }
}
