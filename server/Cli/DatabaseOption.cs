using System.CommandLine;
using System.Data.Common;
using NmnGraph.Server.Configuration;
using NmnGraph.Server.Store;
using NmnGraph.Server.Store.Postgres;

namespace NmnGraph.Server.Cli;

/// <summary>The <c>--db PATH</c> option every command takes, and the error handling they share.</summary>
public static class DatabaseOption
{
    public static Option<string?> Create(bool required = false) => new("--db")
    {
        Description = required
            ? "The database file, or a postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE URL."
            : "The database file or a postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE URL (default: $NMNGRAPH_DB, else appsettings NmnGraph:Database, else $XDG_DATA_HOME/nmngraph/nmngraph.db, else ~/.local/share/nmngraph/nmngraph.db).",
        HelpName = "PATH|URL",
        Required = required,
    };

    public static string Resolve(ParseResult parseResult, Option<string?> option)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return ServerSettings.ResolveDatabase(parseResult.GetValue(option));
    }

    /// <summary>True when <paramref name="location"/> is a file path (not a PostgreSQL URL) that does not exist.</summary>
    public static bool IsMissingFile(string location) => !NmnDatabase.IsPostgresUrl(location) && !File.Exists(location);

    /// <summary>The location as messages print it: a PostgreSQL URL without its password.</summary>
    public static string Shown(string location) =>
        NmnDatabase.IsPostgresUrl(location) ? PostgresUrl.Redact(PostgresUrl.Parse(location)) : location;

    /// <summary>Runs a command body; store refusals, unreadable files and non-database files become one clear line and exit 1.</summary>
    public static async Task<int> GuardAsync(ParseResult parseResult, Func<TextWriter, TextWriter, Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(body);
        TextWriter output = parseResult.InvocationConfiguration.Output;
        TextWriter error = parseResult.InvocationConfiguration.Error;
        try
        {
            return await body(output, error).ConfigureAwait(false);
        }
        catch (StoreException exception)
        {
            await error.WriteLineAsync($"nmngraph: {exception.Message}").ConfigureAwait(false);
        }
        catch (DbException exception)
        {
            await error.WriteLineAsync($"nmngraph: database error: {exception.Message}").ConfigureAwait(false);
        }
        catch (IOException exception)
        {
            await error.WriteLineAsync($"nmngraph: {exception.Message}").ConfigureAwait(false);
        }
        catch (UnauthorizedAccessException exception)
        {
            await error.WriteLineAsync($"nmngraph: {exception.Message}").ConfigureAwait(false);
        }

        return 1;
    }
}
