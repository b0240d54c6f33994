using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NmnGraph.Client;
using NmnGraph.Codegen.Emit;

namespace NmnGraph.Codegen.Tests;

/// <summary>Compiles generated files with Roslyn against the framework and the client runtime.</summary>
internal static class CSharpCompiler
{
    private static readonly Lazy<List<MetadataReference>> s_references = new(LoadReferences);

    /// <summary>The diagnostics of warning level or above, formatted for an assertion message.</summary>
    public static IReadOnlyList<string> WarningsAndErrors(IEnumerable<GeneratedFile> files)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        List<SyntaxTree> trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parseOptions, path: f.Name)).ToList();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithWarningLevel(9999)
            // Assembly version unification notes, which the SDK also silences.
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>(StringComparer.Ordinal)
            {
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            });
        var compilation = CSharpCompilation.Create("Generated", trees, s_references.Value, options);
        return compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .ToList();
    }

    private static List<MetadataReference> LoadReferences()
    {
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        var paths = trusted.Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        paths.Add(typeof(OperationExecutor).Assembly.Location);
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }
}
