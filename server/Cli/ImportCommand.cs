using System.CommandLine;
using NmnGraph.Server.Import;
using NmnGraph.Server.Store;

namespace NmnGraph.Server.Cli;

/// <summary>
/// <c>nmngraph import FILE… [--db PATH]</c>: imports article text files, one transaction per file; a directory stands
/// for the files directly inside it, in name order.
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
        var command = new Command("import", "Import article text files, or the files of a directory (title line, metadata line, paragraphs, △ captions, Reference: lines).")
        {
            files,
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

            await using NmnDatabase db = await NmnDatabase.OpenAsync(DatabaseOption.Resolve(parseResult, database), new NmnDatabaseOptions(), cancellationToken).ConfigureAwait(false);
            int failed = 0;
            for (int i = 0; i < inputs.Length; i++)
            {
                FileInfo file = inputs[i];
                string prefix = $"[{i + 1}/{inputs.Length}] {file.Name}";
                try
                {
                    string text = ArticleTextParser.Decode(await File.ReadAllBytesAsync(file.FullName, cancellationToken).ConfigureAwait(false));
                    ImportResult result = await new ArticleImporter(db).ImportAsync(text, null, cancellationToken).ConfigureAwait(false);
                    await error.WriteLineAsync(result.Created
                        ? $"{prefix}: imported as '{result.Article.Slug}' ({result.CitationsLinked} citation(s) linked)"
                        : $"{prefix}: already stored as '{result.Article.Slug}', unchanged").ConfigureAwait(false);
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
