using System.CommandLine;
using NmnGraph.Server.Backup;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Cli;

/// <summary><c>nmngraph export [--output FILE] [--db PATH]</c>: the whole database as deterministic JSON.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var outputOption = new Option<FileInfo?>("--output", "-o") { Description = "Write the backup here (default: standard output).", HelpName = "FILE" };
        Option<string?> database = DatabaseOption.Create();
        var command = new Command("export", "Write a complete JSON backup of the database.") { outputOption, database };
        command.SetAction((parseResult, cancellationToken) => DatabaseOption.GuardAsync(parseResult, async (output, error) =>
        {
            string path = DatabaseOption.Resolve(parseResult, database);
            if (DatabaseOption.IsMissingFile(path))
            {
                await error.WriteLineAsync($"nmngraph: no database at '{path}'.").ConfigureAwait(false);
                return 1;
            }

            await using NmnDatabase db = await NmnDatabase.OpenAsync(path, new NmnDatabaseOptions(), cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(outputOption) is { } file)
            {
                // Write beside the target and rename, so a failed export never leaves a truncated backup.
                string temporary = file.FullName + ".partial";
                await using (FileStream stream = File.Create(temporary))
                {
                    await BackupService.ExportAsync(db, stream, cancellationToken).ConfigureAwait(false);
                }

                File.Move(temporary, file.FullName, overwrite: true);
                await error.WriteLineAsync($"nmngraph: exported '{db.Path}' to '{file.FullName}'.").ConfigureAwait(false);
            }
            else
            {
                using var memory = new MemoryStream();
                await BackupService.ExportAsync(db, memory, cancellationToken).ConfigureAwait(false);
                await output.WriteAsync(System.Text.Encoding.UTF8.GetString(memory.ToArray())).ConfigureAwait(false);
                await output.WriteLineAsync().ConfigureAwait(false);
            }

            return 0;
        }));
        return command;
    }
}
