using System.Data;
using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace NmnGraph.Server.Store;

/// <summary>
/// A command whose statements are traced (<see cref="StoreTelemetry"/>): every execution path of
/// Microsoft.Data.Sqlite (reader, non-query, scalar, sync or async) goes through <see cref="ExecuteReader(CommandBehavior)"/>,
/// and the span ends when the reader is closed, so it covers reading the rows too.
/// </summary>
internal sealed class TracedSqliteCommand : SqliteCommand
{
    private readonly string _database;
    private Activity? _statement;

    public TracedSqliteCommand(string database) => _database = database;

    public override SqliteDataReader ExecuteReader(CommandBehavior behavior)
    {
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
