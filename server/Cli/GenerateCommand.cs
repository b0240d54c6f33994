using System.CommandLine;
using System.Diagnostics;
using NmnGraph.Server.Generate;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Cli;

/// <summary><c>nmngraph generate --articles N [--seed S] --db PATH</c>: a synthetic corpus for scale tests.</summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        Option<int> articles = IntegerOption.Create("--articles", "How many articles to generate (at least 1).", "N", minimum: 1);
        articles.Required = true;
        Option<int> seed = IntegerOption.Create("--seed", "Random seed; the same seed gives the same corpus.", "S", minimum: int.MinValue, defaultValue: 1);
        Option<string?> database = DatabaseOption.Create(required: true);
        var command = new Command("generate", "Generate a synthetic corpus into a new database.") { articles, seed, database };
        command.SetAction((parseResult, cancellationToken) => DatabaseOption.GuardAsync(parseResult, async (output, error) =>
        {
            string path = DatabaseOption.Resolve(parseResult, database);
            int count = parseResult.GetValue(articles);
            var stopwatch = Stopwatch.StartNew();
            await using (NmnDatabase db = await NmnDatabase.OpenAsync(path, new NmnDatabaseOptions(), cancellationToken).ConfigureAwait(false))
            {
                // The last step is said once, by the summary line below.
                var progress = new SynchronousProgress(n =>
                {
                    if (n < count)
                    {
                        error.WriteLine($"nmngraph: generated {n}/{count} articles ({stopwatch.Elapsed.TotalSeconds:F1} s)");
                    }
                });
                await CorpusGenerator.GenerateAsync(db, count, parseResult.GetValue(seed), progress, cancellationToken).ConfigureAwait(false);
            }

            await error.WriteLineAsync($"nmngraph: generated {count} articles into '{DatabaseOption.Shown(path)}' in {stopwatch.Elapsed.TotalSeconds:F1} s.").ConfigureAwait(false);
            _ = output;
            return 0;
        }));
        return command;
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
