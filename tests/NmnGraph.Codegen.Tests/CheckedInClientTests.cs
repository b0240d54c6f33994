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
    public void Checked_in_manifest_maps_the_hash_of_each_document_the_client_sends_to_that_document()
    {
        var options = new GeneratorOptions(
            Repository.Path("schema.graphql"), Repository.Path("client", "Operations"), Repository.Path("client", "Generated"));
        GenerationResult result = ClientGenerator.Generate(options);
        string path = System.IO.Path.Combine(options.OutputDirectory, PersistedOperationsEmitter.FileName);
        Assert.True(File.Exists(path), $"{path} is missing: run `dotnet build client` and commit it.");
        Assert.Equal(result.PersistedOperations!.Text, File.ReadAllText(path));

        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        var entries = manifest.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        int operations = result.Files.Sum(f => f.Text.Split("public override string Document => Text;").Length - 1);
        Assert.True(operations > 0);
        Assert.Equal(operations, entries.Count);
        foreach ((string hash, string document) in entries)
        {
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(document))), hash);
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
