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
        var articles = new Option<int>("--articles") { Description = "How many articles to generate.", HelpName = "N", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same corpus.", HelpName = "S", DefaultValueFactory = _ => 1 };
        Option<string?> database = DatabaseOption.Create(required: true);
        articles.Validators.Add(result =>
        {
            if (result.Tokens is [{ } token] && int.TryParse(token.Value, System.Globalization.CultureInfo.InvariantCulture, out int value) && value < 0)
            {
                result.AddError("--articles must not be negative.");
            }
        });
        var command = new Command("generate", "Generate a synthetic corpus into a new database.") { articles, seed, database };
        command.SetAction((parseResult, cancellationToken) => DatabaseOption.GuardAsync(parseResult, async (output, error) =>
        {
            string path = DatabaseOption.Resolve(parseResult, database);
            int count = parseResult.GetValue(articles);
            var stopwatch = Stopwatch.StartNew();
            await using (NmnDatabase db = await NmnDatabase.OpenAsync(path, new NmnDatabaseOptions { SeedCorpus = false }, cancellationToken).ConfigureAwait(false))
            {
                var progress = new SynchronousProgress(n => error.WriteLine($"nmngraph: generated {n}/{count} articles ({stopwatch.Elapsed.TotalSeconds:F1} s)"));
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
