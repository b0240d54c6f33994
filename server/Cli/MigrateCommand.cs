using System.CommandLine;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Cli;

/// <summary>
/// <c>nmngraph migrate [--db PATH|URL]</c>: applies the missing schema migrations and exits, without serving and
/// without seeding (an operator upgrades the schema once before rolling out replicas).
/// </summary>
public static class MigrateCommand
{
    public static Command Create()
    {
        Option<string?> database = DatabaseOption.Create();
        var command = new Command("migrate", "Apply the missing schema migrations to the database, then exit.") { database };
        command.SetAction((parseResult, cancellationToken) => DatabaseOption.GuardAsync(parseResult, async (output, error) =>
        {
            string location = DatabaseOption.Resolve(parseResult, database);
            await using NmnDatabase db = await NmnDatabase.OpenAsync(location, new NmnDatabaseOptions(), cancellationToken).ConfigureAwait(false);
            int version = await db.GetSchemaVersionAsync(cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"nmngraph: '{db.Path}' is at schema version {version}.").ConfigureAwait(false);
            _ = error;
            return 0;
        }));
        return command;
    }
}
