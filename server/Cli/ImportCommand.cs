using System.CommandLine;
using NmnGraph.Server.Corpus;
using NmnGraph.Server.Import;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Cli;

/// <summary>
/// <c>nmngraph import FILE… [--dry-run] [--db PATH]</c>: imports article text files, one transaction per file, and
/// reports per file what the parser found and which studies were linked or created; a directory stands for the files
/// directly inside it, in name order.
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "Article text files in the seed format.", Arity = ArgumentArity.OneOrMore };
        files.Validators.Add(result =>
        {
            // An unknown flag would otherwise be taken for a file name.
            foreach (System.CommandLine.Parsing.Token token in result.Tokens)
            {
                if (token.Value.StartsWith('-') && !File.Exists(token.Value))
                {
                    result.AddError($"Unrecognized option '{token.Value}'.");
                }
            }
        });
        Option<string?> database = DatabaseOption.Create();
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would be stored, and write nothing." };
        var command = new Command("import", "Import article text files, or the files of a directory (pasted web pages or the seed format), and report what was found in each.")
        {
            files,
            dryRun,
            database,
        };
        command.SetAction((parseResult, cancellationToken) => DatabaseOption.GuardAsync(parseResult, async (output, error) =>
        {
            FileInfo[] inputs = Expand(parseResult.GetValue(files) ?? []);
            if (inputs.Length == 0)
            {
                await error.WriteLineAsync("nmngraph: the directories given hold no files to import.").ConfigureAwait(false);
                return 1;
            }

            string path = DatabaseOption.Resolve(parseResult, database);
            bool dry = parseResult.GetValue(dryRun);
            NmnDatabase? db = null;
            if (!dry || File.Exists(path))
            {
                // A dry run never seeds: it only looks up what the database holds.
                db = await NmnDatabase.OpenAsync(path, new NmnDatabaseOptions { Seed = dry ? null : CorpusSeeder.SeedIfNewAsync }, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await error.WriteLineAsync($"nmngraph: dry run: no database at {path} (an import would create and seed it); studies are not looked up.").ConfigureAwait(false);
            }

            await using NmnDatabase? disposeDb = db;
            int failed = 0;
            for (int i = 0; i < inputs.Length; i++)
            {
                FileInfo file = inputs[i];
                string prefix = $"[{i + 1}/{inputs.Length}] {file.Name}";
                try
                {
                    string text = ArticleTextParser.Decode(await File.ReadAllBytesAsync(file.FullName, cancellationToken).ConfigureAwait(false));
                    ParsedArticle parsed = ArticleImporter.Parse(text);
                    if (dry)
                    {
                        ImportPreview? preview = db is null ? null : await new ArticleImporter(db).PreviewAsync(parsed, cancellationToken).ConfigureAwait(false);
                        await error.WriteLineAsync(preview?.AlreadyStored is { } stored
                            ? $"{prefix}: dry run: already stored as '{stored.Slug}', nothing would change"
                            : $"{prefix}: dry run: would import a new article (nothing written)").ConfigureAwait(false);
                        await error.WriteLineAsync($"  {ImportReport.Fields(parsed)}").ConfigureAwait(false);
                        if (preview?.AlreadyStored is null)
                        {
                            await error.WriteLineAsync($"  {ImportReport.Studies(preview, parsed)}").ConfigureAwait(false);
                        }

                        continue;
                    }

                    ImportResult result = await new ArticleImporter(db!).StoreAsync(parsed, null, cancellationToken).ConfigureAwait(false);
                    await error.WriteLineAsync(result.Created
                        ? $"{prefix}: imported as '{result.Article.Slug}' ({result.CitationsLinked} citation(s) linked)"
                        : $"{prefix}: already stored as '{result.Article.Slug}', unchanged").ConfigureAwait(false);
                    await error.WriteLineAsync($"  {ImportReport.Fields(parsed)}").ConfigureAwait(false);
                    if (result.Created)
                    {
                        await error.WriteLineAsync($"  {ImportReport.Studies(result)}").ConfigureAwait(false);
                    }
                }
                catch (Exception exception) when (exception is ArticleFormatException or StoreException or IOException or UnauthorizedAccessException)
                {
                    failed++;
                    await error.WriteLineAsync($"{prefix}: not imported: {exception.Message}").ConfigureAwait(false);
                }
            }

            if (failed > 0)
            {
                await error.WriteLineAsync($"nmngraph: {failed} of {inputs.Length} file(s) could not be imported.").ConfigureAwait(false);
            }

            _ = output;
            return failed == 0 ? 0 : 1;
        }));
        return command;
    }

    private static FileInfo[] Expand(FileInfo[] inputs)
    {
        var files = new List<FileInfo>();
        foreach (FileInfo input in inputs)
        {
            if (Directory.Exists(input.FullName))
            {
                files.AddRange(new DirectoryInfo(input.FullName).EnumerateFiles().OrderBy(file => file.Name, StringComparer.Ordinal));
            }
            else
            {
                files.Add(input);
            }
        }

        return [.. files];
    }
}
