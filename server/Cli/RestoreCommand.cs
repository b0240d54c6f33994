using System.CommandLine;
using NmnGraph.Server.Backup;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Cli;

/// <summary><c>nmngraph restore FILE [--db PATH]</c>: rebuilds a new or empty database from a backup.</summary>
public static class RestoreCommand
{
    public static Command Create()
    {
        var input = new Argument<FileInfo>("FILE") { Description = "A backup written by 'nmngraph export'." };
        Option<string?> database = DatabaseOption.Create();
        var command = new Command("restore", "Restore a JSON backup into a new or empty database.") { input, database };
        command.SetAction((parseResult, cancellationToken) => DatabaseOption.GuardAsync(parseResult, async (output, error) =>
        {
            FileInfo file = parseResult.GetValue(input)!;
            if (!file.Exists)
            {
                await error.WriteLineAsync($"nmngraph: no backup file '{file.FullName}'.").ConfigureAwait(false);
                return 1;
            }

            string path = DatabaseOption.Resolve(parseResult, database);
            bool created = DatabaseOption.IsMissingFile(path);
            try
            {
                int rows;
                await using (NmnDatabase db = await NmnDatabase.OpenAsync(path, new NmnDatabaseOptions { SeedCorpus = false }, cancellationToken).ConfigureAwait(false))
                {
                    await using FileStream stream = file.OpenRead();
                    rows = await BackupService.RestoreAsync(db, stream, cancellationToken).ConfigureAwait(false);
                }

                await error.WriteLineAsync($"nmngraph: restored {rows} row(s) into '{DatabaseOption.Shown(path)}'.").ConfigureAwait(false);
                _ = output;
                return 0;
            }
            catch (StoreException) when (created)
            {
                // Leave no empty database behind when the restore created the file and then failed.
                foreach (string leftover in new[] { path, path + "-wal", path + "-shm" })
                {
                    File.Delete(leftover);
                }

                throw;
            }
        }));
        return command;
    }
}
