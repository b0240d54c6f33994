using NmnGraph.Server.Import;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Tests.Cli;

/// <summary>
/// The test assembly's own entry point (the test runner never calls it): <c>dotnet NmnGraph.Server.Tests.dll
/// crash-import FILE DB</c> imports FILE and blocks inside the import's transaction, so that
/// <see cref="CrashTests"/> can kill a process there. The shipped <c>nmngraph</c> has no such hook.
/// </summary>
public static class CrashImportProgram
{
    /// <summary>What the process prints on standard output just before it blocks.</summary>
    public const string Marker = "crash-import: inside import transaction";

    public static async Task<int> Main(string[] args)
    {
        if (args is not ["crash-import", string file, string path])
        {
            await Console.Error.WriteLineAsync("usage: crash-import FILE DB");
            return 2;
        }

        var options = new NmnDatabaseOptions { InsideImportTransaction = Hang };
        await using NmnDatabase database = await NmnDatabase.OpenAsync(path, options, CancellationToken.None);
        await new ArticleImporter(database).ImportAsync(await File.ReadAllTextAsync(file), null, CancellationToken.None);
        return 0;
    }

    private static void Hang(string slug)
    {
        Console.Out.WriteLine($"{Marker} ({slug})");
        Console.Out.Flush();

        // Block for good: the test kills the process here, mid-transaction.
        using var never = new ManualResetEventSlim(false);
        never.Wait();
    }
}
