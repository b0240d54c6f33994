using System.Data;
using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace NmnGraph.Server.Store;

/// <summary>
/// A command whose statements are traced (<see cref="StoreTelemetry"/>): every execution path of
/// Microsoft.Data.Sqlite (reader, non-query, scalar, sync or async) goes through <see cref="ExecuteReader(CommandBehavior)"/>,
/// and the span ends when the reader is closed, so it covers reading the rows too. On a connection that stays open
/// between uses it runs as the connection's prepared command for the same text
/// (<see cref="InterruptibleSqliteConnection.PreparedCommand"/>), with this command's parameters and transaction,
/// so a statement is compiled once per connection rather than once per call.
/// </summary>
internal sealed class TracedSqliteCommand : SqliteCommand
{
    private readonly string _database;
    private readonly bool _keepsPrepared;
    private Activity? _statement;

    /// <param name="keepsPrepared">True for the connection's own prepared command, which runs itself.</param>
    public TracedSqliteCommand(string database, bool keepsPrepared = false)
    {
        _database = database;
        _keepsPrepared = keepsPrepared;
    }

    /// <summary>When the connection's prepared command was last handed out (its own count of uses).</summary>
    internal long LastUse { get; set; }

    /// <summary>A reader of this command is open.</summary>
    internal bool IsRunning => base.DataReader is not null;

    public override SqliteDataReader ExecuteReader(CommandBehavior behavior)
    {
        if (!_keepsPrepared && base.DataReader is null && !string.IsNullOrEmpty(CommandText)
            && Connection is InterruptibleSqliteConnection { State: ConnectionState.Open } connection
            && connection.PreparedCommand(CommandText) is { } prepared)
        {
            prepared.Transaction = Transaction;
            prepared.CommandTimeout = CommandTimeout;
            prepared.Parameters.Clear();
            foreach (SqliteParameter parameter in Parameters)
            {
                prepared.Parameters.Add(parameter);
            }

            return prepared.ExecuteReader(behavior);
        }

        Activity? activity = StoreTelemetry.StartStatement(CommandText, _database);
        if (activity is null)
        {
            return base.ExecuteReader(behavior);
        }

        try
        {
            SqliteDataReader reader = base.ExecuteReader(behavior);
            _statement = activity;
            return reader;
        }
        catch (Exception exception)
        {
            StoreTelemetry.Fail(activity, exception);
            activity.Dispose();
            throw;
        }
    }

    /// <summary>The reader sets this to null when it closes: the statement is over.</summary>
    protected override SqliteDataReader? DataReader
    {
        get => base.DataReader;
        set
        {
            base.DataReader = value;
            if (value is null && _statement is { } statement)
            {
                _statement = null;
                statement.Dispose();
            }
        }
    }
}
