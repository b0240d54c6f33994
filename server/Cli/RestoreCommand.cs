using System.CommandLine;
using NmnGraph.Server.Backup;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Cli;

/// <summary>
/// <c>nmngraph restore FILE [--db PATH] [--force]</c>: rebuilds a new or empty database from a backup; with
/// <c>--force</c>, replaces an existing database (restored beside it first, so a failed restore changes nothing).
/// </summary>
public static class RestoreCommand
{
    public static Command Create()
    {
        var input = new Argument<FileInfo>("FILE") { Description = "A backup written by 'nmngraph export'." };
        var force = new Option<bool>("--force") { Description = "Replace an existing database (stop any server using it first)." };
        Option<string?> database = DatabaseOption.Create();
        var command = new Command("restore", "Restore a JSON backup into a new or empty database, or over an existing one with --force.") { input, database, force };
        command.SetAction((parseResult, cancellationToken) => DatabaseOption.GuardAsync(parseResult, async (output, error) =>
        {
            FileInfo file = parseResult.GetValue(input)!;
            if (!file.Exists)
            {
                await error.WriteLineAsync($"nmngraph: no backup file '{file.FullName}'.").ConfigureAwait(false);
                return 1;
            }

            string path = DatabaseOption.Resolve(parseResult, database);
            bool replace = parseResult.GetValue(force) && File.Exists(path);
            string target = replace ? path + ".restoring" : path;
            if (replace)
            {
                DeleteDatabaseFiles(target);
            }

            bool created = DatabaseOption.IsMissingFile(target);
            int rows;
            try
            {
                await using (NmnDatabase db = await NmnDatabase.OpenAsync(target, new NmnDatabaseOptions(), cancellationToken).ConfigureAwait(false))
                {
                    await using FileStream stream = file.OpenRead();
                    rows = await BackupService.RestoreAsync(db, stream, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (StoreException) when (created)
            {
                // Leave no empty database behind when the restore created the file and then failed.
                DeleteDatabaseFiles(target);
                throw;
            }

            if (replace)
            {
                // The old file's journal belongs to the old file: drop it before the restored file takes its place.
                File.Delete(path + "-wal");
                File.Delete(path + "-shm");
                File.Move(target, path, overwrite: true);
                DeleteDatabaseFiles(target);
            }

            await error.WriteLineAsync($"nmngraph: restored {rows} row(s) into '{DatabaseOption.Shown(path)}'" + (replace ? " (replacing the database that was there)." : ".")).ConfigureAwait(false);
            _ = output;
            return 0;
        }));
        return command;
    }

    private static void DeleteDatabaseFiles(string path)
    {
        foreach (string file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
