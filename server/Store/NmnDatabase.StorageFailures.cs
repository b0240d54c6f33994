namespace NmnGraph.Server.Store;

public sealed partial class NmnDatabase
{
    /// <summary>Below this much free space on the database's file system, writes are about to fail.</summary>
    public const long MinimumFreeBytes = 1024 * 1024;

    /// <summary>
    /// The storage failure behind <paramref name="exception"/>, if any. SQLite reports some writes on a full disk
    /// (e.g. the first WAL frame after a checkpoint) as a plain I/O error; with no room left, say what it is.
    /// </summary>
    public StorageFailure? ClassifyFailure(Exception exception)
    {
        StorageFailure? failure = StorageFailure.Classify(exception);
        return failure is { IsIoError: true } && Backend is SqliteBackend { IsInMemory: false } && FreeBytes() is { } free && free < MinimumFreeBytes
            ? failure with { Reason = "the database's disk is full" }
            : failure;
    }

    private long? FreeBytes()
    {
        try
        {
            return new DriveInfo(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!).AvailableFreeSpace;
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or UnauthorizedAccessException)
        {
            // Unknown free space is no reason to take the server out of rotation.
            return null;
        }
    }
}
