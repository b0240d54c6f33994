using System.Diagnostics;

namespace NmnGraph.Server.Store;

/// <summary>
/// A span for each SQL statement the SQLite store runs (Microsoft.Data.Sqlite has none of its own; on PostgreSQL,
/// Npgsql's <c>Npgsql</c> source does the same). Tags follow the OpenTelemetry database conventions; the statement
/// text is recorded as written (values are always parameters, never in the text).
/// </summary>
public static class StoreTelemetry
{
    public const string Name = "NmnGraph.Store";

    internal static readonly ActivitySource Source = new(Name, typeof(StoreTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>Starts the span of <paramref name="sql"/> on <paramref name="database"/>; null while nobody listens.</summary>
    internal static Activity? StartStatement(string sql, string database)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        string operation = FirstKeyword(sql);
        Activity? activity = Source.StartActivity(operation, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("db.system.name", "sqlite");
            activity.SetTag("db.namespace", database);
            activity.SetTag("db.operation.name", operation);
            activity.SetTag("db.query.text", sql);
        }

        return activity;
    }

    internal static void Fail(Activity activity, Exception exception)
    {
        activity.SetStatus(ActivityStatusCode.Error, exception.Message);
        activity.SetTag("error.type", exception is Microsoft.Data.Sqlite.SqliteException sqlite
            ? sqlite.SqliteErrorCode.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : exception.GetType().FullName);
        activity.AddException(exception);
    }

    /// <summary>The statement's first word (<c>SELECT</c>, <c>INSERT</c>, <c>PRAGMA</c>…), upper-cased: a span name of bounded cardinality.</summary>
    internal static string FirstKeyword(string sql)
    {
        ReadOnlySpan<char> text = sql.AsSpan().TrimStart();
        int end = 0;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        return end == 0 ? "SQL" : text[..end].ToString().ToUpperInvariant() switch
        {
            "SELECT" => "SELECT",
            "INSERT" => "INSERT",
            "UPDATE" => "UPDATE",
            "DELETE" => "DELETE",
            "WITH" => "WITH",
            "PRAGMA" => "PRAGMA",
            "CREATE" => "CREATE",
            "BEGIN" => "BEGIN",
            _ => "SQL",
        };
    }
}
