using NmnGraph.Codegen.Analysis;
using NmnGraph.Codegen.Emit;

namespace NmnGraph.Codegen.Tests;

/// <summary>Writing only what changed, deleting what is no longer generated, and the CI verification.</summary>
public sealed class OutputFilesTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "nmngraph-codegen-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Writes_changed_files_only_and_removes_stale_ones()
    {
        IReadOnlyList<GeneratedFile> files = GoldenTests.Generate("Scalars");

        Assert.Equal(files.Select(f => f.Name), ClientGenerator.WriteFiles(_directory, files));
        Assert.Empty(ClientGenerator.WriteFiles(_directory, files));

        File.WriteAllText(Path.Combine(_directory, "Removed.g.cs"), "// old");
        File.WriteAllText(Path.Combine(_directory, "Notes.cs"), "// hand-written, kept");
        File.AppendAllText(Path.Combine(_directory, files[0].Name), "// edited");
        Assert.Equal([files[0].Name, "Removed.g.cs"], ClientGenerator.WriteFiles(_directory, files));
        Assert.True(File.Exists(Path.Combine(_directory, "Notes.cs")));
        Assert.Equal(files[0].Text, File.ReadAllText(Path.Combine(_directory, files[0].Name)));
    }

    [Fact]
    public void Verify_reports_every_file_that_differs_from_a_fresh_generation_without_writing()
    {
        IReadOnlyList<GeneratedFile> files = GoldenTests.Generate("Scalars");
        ClientGenerator.WriteFiles(_directory, files);
        Assert.Empty(ClientGenerator.Verify(_directory, files));

        string edited = Path.Combine(_directory, files[0].Name);
        File.AppendAllText(edited, "// edited");
        File.WriteAllText(Path.Combine(_directory, "Removed.g.cs"), "// old");
        IReadOnlyList<Diagnostic> problems = ClientGenerator.Verify(_directory, files);

        Assert.Equal([edited, Path.Combine(_directory, "Removed.g.cs")], problems.Select(p => p.FilePath));
        Assert.All(problems, p => Assert.Equal(Diagnostic.StaleOutput, p.Code));
        Assert.EndsWith("// edited", File.ReadAllText(edited), StringComparison.Ordinal);
    }
}
