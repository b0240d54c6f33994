using System.CommandLine;
using Microsoft.Data.Sqlite;
using NmnGraph.Server.Configuration;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Cli;

/// <summary>The <c>--db PATH</c> option every command takes, and the error handling they share.</summary>
public static class DatabaseOption
{
    public static Option<string?> Create(bool required = false) => new("--db")
    {
        Description = required
            ? "The database file."
            : "The database file (default: $NMNGRAPH_DB, else appsettings NmnGraph:Database, else $XDG_DATA_HOME/nmngraph/nmngraph.db, else ~/.local/share/nmngraph/nmngraph.db).",
        HelpName = "PATH",
        Required = required,
    };

    public static string Resolve(ParseResult parseResult, Option<string?> option)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return ServerSettings.ResolveDatabase(parseResult.GetValue(option));
    }

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
        catch (SqliteException exception)
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
