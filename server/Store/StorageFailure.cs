using Microsoft.Data.Sqlite;

namespace NmnGraph.Server.Store;

/// <summary>
/// A storage failure that is not the client's fault: the disk is full, the file is read-only or cannot be opened,
/// an I/O error, or a lock held past the busy timeout. SQLite rolls the statement's transaction back, so nothing
/// already stored is lost; only waiting for a lock can cure itself, so only that suggests a retry.
/// </summary>
/// <param name="Reason">A short, client-safe reason (no paths, no SQL).</param>
/// <param name="RetryAfter">How long a client should wait before trying again; null when waiting alone cannot help.</param>
/// <param name="SqliteErrorCode">SQLite's primary result code.</param>
public sealed record StorageFailure(string Reason, TimeSpan? RetryAfter, int SqliteErrorCode)
{
    /// <summary>After the busy timeout has already passed once, a short wait is the useful advice.</summary>
    public static readonly TimeSpan LockRetryAfter = TimeSpan.FromSeconds(2);

    // SQLite primary result codes (https://sqlite.org/rescode.html).
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Full = 13;
    private const int CannotOpen = 14;

    /// <summary>True for SQLITE_IOERR, which a full disk sometimes causes.</summary>
    public bool IsIoError => SqliteErrorCode == IoError;

    /// <summary>The storage failure behind <paramref name="exception"/> (or any exception it wraps); null when it is something else.</summary>
    public static StorageFailure? Classify(Exception? exception)
    {
        for (Exception? current = exception; current is not null; current = Inner(current))
        {
            if (current is SqliteException sqlite && FromCode(sqlite.SqliteErrorCode) is { } failure)
            {
                return failure;
            }
        }

        return null;
    }

    private static StorageFailure? FromCode(int code) => (code & 0xFF) switch
    {
        Full => new("the database's disk is full", null, Full),
        ReadOnly => new("the database file is read-only", null, ReadOnly),
        Busy or Locked => new("the database is locked by another writer", LockRetryAfter, code & 0xFF),
        IoError => new("the database had an I/O error", null, IoError),
        CannotOpen => new("the database file cannot be opened", null, CannotOpen),
        _ => null,
    };

    private static Exception? Inner(Exception exception) =>
        exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception.InnerException;
}
