using NmnGraph.Codegen.Analysis;
using NmnGraph.Codegen.Emit;

namespace NmnGraph.Codegen.Tests;

/// <summary>
/// Each folder under Cases/ holds a schema, operations and the expected output. Set NMNGRAPH_UPDATE_GOLDEN=1 to
/// rewrite the expected files after an intended change, then review the diff.
/// </summary>
public sealed class GoldenTests
{
    public static TheoryData<string> Cases { get; } = new(
        Directory.EnumerateDirectories(Repository.Path("tests", "NmnGraph.Codegen.Tests", "Cases"))
            .Select(System.IO.Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_code_matches_the_golden_file(string name)
    {
        string actual = Combine(Generate(name));
        string expectedPath = Repository.Path("tests", "NmnGraph.Codegen.Tests", "Cases", name, "expected.g.cs");
        if (Environment.GetEnvironmentVariable("NMNGRAPH_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing; run with NMNGRAPH_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_code_compiles_without_warnings(string name)
    {
        IReadOnlyList<string> diagnostics = CSharpCompiler.WarningsAndErrors(Generate(name));

        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generation_is_deterministic(string name) =>
        Assert.Equal(Combine(Generate(name)), Combine(Generate(name)));

    internal static IReadOnlyList<GeneratedFile> Generate(string name)
    {
        string folder = Repository.Path("tests", "NmnGraph.Codegen.Tests", "Cases", name);
        var schema = new SourceFile("schema.graphql", File.ReadAllText(System.IO.Path.Combine(folder, "schema.graphql")));
        List<SourceFile> operations = Directory.EnumerateFiles(folder, "*.graphql")
            .Where(p => System.IO.Path.GetFileName(p) != "schema.graphql")
            .Order(StringComparer.Ordinal)
            .Select(p => new SourceFile(System.IO.Path.GetFileName(p), File.ReadAllText(p)))
            .ToList();
        GenerationResult result = ClientGenerator.Generate(schema, operations, "Cases." + name, name + "Client");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Files;
    }

    private static string Combine(IReadOnlyList<GeneratedFile> files) =>
        string.Concat(files.Select(f => $"// ===== {f.Name} =====\n{f.Text}"));
}
