using NmnGraph.Codegen.Analysis;
using NmnGraph.Codegen.Emit;

namespace NmnGraph.Codegen;

/// <summary>What to generate: the schema, the operation files, where the files go and the client's names.</summary>
public sealed record GeneratorOptions(string SchemaPath, string OperationsDirectory, string OutputDirectory)
{
    public string Namespace { get; init; } = "NmnGraph.Client";

    public string ClientName { get; init; } = "NmnGraphClient";
}

/// <summary>The generated files (in memory), the diagnostics, and what changed on disk when written.</summary>
public sealed record GenerationResult(IReadOnlyList<GeneratedFile> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The trusted-documents manifest (<see cref="PersistedOperationsEmitter"/>), written beside the code; null when nothing was generated.</summary>
    public GeneratedFile? PersistedOperations { get; init; }

    /// <summary>Everything written to the output directory: the code and the manifest.</summary>
    public IReadOnlyList<GeneratedFile> OutputFiles => PersistedOperations is null ? Files : [.. Files, PersistedOperations];

    public bool Succeeded => Diagnostics.Count == 0;
}

/// <summary>The generator: analyze, then emit. <see cref="Generate"/> is pure; <see cref="WriteFiles"/> touches disk.</summary>
public static class ClientGenerator
{
    public const string GeneratedSuffix = ".g.cs";

    /// <summary>Reads the schema and every <c>*.graphql</c> under the operations directory and generates the client.</summary>
    public static GenerationResult Generate(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(options.SchemaPath))
        {
            return new([], [new Diagnostic(options.SchemaPath, 0, 0, Diagnostic.GeneratorError, "The schema file does not exist.")]);
        }

        if (!Directory.Exists(options.OperationsDirectory))
        {
            return new([], [new Diagnostic(options.OperationsDirectory, 0, 0, Diagnostic.GeneratorError, "The operations directory does not exist.")]);
        }

        var schema = new SourceFile(options.SchemaPath, File.ReadAllText(options.SchemaPath));
        List<SourceFile> operations = Directory
            .EnumerateFiles(options.OperationsDirectory, "*.graphql", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new SourceFile(p, File.ReadAllText(p)))
            .ToList();
        return Generate(schema, operations, options.Namespace, options.ClientName);
    }

    public static GenerationResult Generate(SourceFile schema, IReadOnlyList<SourceFile> operations, string @namespace, string clientName)
    {
        AnalysisResult analysis = ClientAnalyzer.Analyze(schema, operations, @namespace, clientName);
        return analysis.Succeeded
            ? new GenerationResult(CodeEmitter.Emit(analysis.Model!), []) { PersistedOperations = PersistedOperationsEmitter.Emit(analysis.Model!) }
            : new GenerationResult([], analysis.Diagnostics);
    }

    /// <summary>
    /// Compares the files with what is on disk without writing (CI): one diagnostic per file that is missing, differs or
    /// is no longer generated.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Verify(string outputDirectory, IReadOnlyList<GeneratedFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var problems = new List<Diagnostic>();
        foreach (GeneratedFile file in files)
        {
            string path = Path.Combine(outputDirectory, file.Name);
            if (!File.Exists(path) || !string.Equals(File.ReadAllText(path), file.Text, StringComparison.Ordinal))
            {
                problems.Add(new Diagnostic(path, 0, 0, Diagnostic.StaleOutput, "The generated file is out of date; regenerate the client (dotnet build client) and commit it."));
            }
        }

        var keep = files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        if (Directory.Exists(outputDirectory))
        {
            foreach (string stale in Directory.EnumerateFiles(outputDirectory, "*" + GeneratedSuffix).Order(StringComparer.Ordinal))
            {
                if (!keep.Contains(Path.GetFileName(stale)))
                {
                    problems.Add(new Diagnostic(stale, 0, 0, Diagnostic.StaleOutput, "The file is no longer generated; delete it."));
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// Writes the files that changed (unchanged files keep their timestamps, so incremental builds stay incremental) and
    /// deletes <c>*.g.cs</c> files that are no longer generated. Returns the names written or deleted.
    /// </summary>
    public static IReadOnlyList<string> WriteFiles(string outputDirectory, IReadOnlyList<GeneratedFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        Directory.CreateDirectory(outputDirectory);
        var changed = new List<string>();
        foreach (GeneratedFile file in files)
        {
            string path = Path.Combine(outputDirectory, file.Name);
            if (!File.Exists(path) || !string.Equals(File.ReadAllText(path), file.Text, StringComparison.Ordinal))
            {
                File.WriteAllText(path, file.Text);
                changed.Add(file.Name);
            }
        }

        var keep = files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (string stale in Directory.EnumerateFiles(outputDirectory, "*" + GeneratedSuffix).Order(StringComparer.Ordinal))
        {
            if (!keep.Contains(Path.GetFileName(stale)))
            {
                File.Delete(stale);
                changed.Add(Path.GetFileName(stale));
            }
        }

        return changed;
    }
}
