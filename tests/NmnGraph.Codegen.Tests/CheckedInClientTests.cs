using NmnGraph.Codegen.Emit;

namespace NmnGraph.Codegen.Tests;

/// <summary>CI regenerates the client: client/Generated must be exactly what the generator makes of the operations.</summary>
public sealed class CheckedInClientTests
{
    [Fact]
    public void Checked_in_client_matches_a_fresh_generation()
    {
        var options = new GeneratorOptions(
            Repository.Path("schema.graphql"), Repository.Path("client", "Operations"), Repository.Path("client", "Generated"));
        GenerationResult result = ClientGenerator.Generate(options);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var onDisk = Directory.EnumerateFiles(options.OutputDirectory, "*.g.cs")
            .ToDictionary(p => System.IO.Path.GetFileName(p), File.ReadAllText, StringComparer.Ordinal);
        Assert.Equal(result.Files.Select(f => f.Name).Order(StringComparer.Ordinal), onDisk.Keys.Order(StringComparer.Ordinal));
        foreach (GeneratedFile file in result.Files)
        {
            Assert.True(
                string.Equals(file.Text, onDisk[file.Name], StringComparison.Ordinal),
                $"client/Generated/{file.Name} is stale: run `dotnet build client` (or the generate command) and commit it.");
        }
    }

    [Fact]
    public void Checked_in_client_compiles_without_warnings()
    {
        GenerationResult result = ClientGenerator.Generate(new GeneratorOptions(
            Repository.Path("schema.graphql"), Repository.Path("client", "Operations"), Repository.Path("client", "Generated")));

        IReadOnlyList<string> diagnostics = CSharpCompiler.WarningsAndErrors(result.Files.Select(f => f with { Text = f.Text.Replace("namespace NmnGraph.Client;", "namespace Recompiled;", StringComparison.Ordinal) }));

        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
    }
}
