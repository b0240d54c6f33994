using System.Diagnostics;

namespace NmnGraph.Codegen.Tests;

/// <summary>An operation that does not validate fails `dotnet build` with an error an editor can jump to.</summary>
public sealed class BuildFailureTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    public async Task Broken_operation_fails_the_build_with_file_line_and_column()
    {
        string project = Repository.Path("tests", "BrokenOperation", "BrokenOperation.csproj");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repository.Root,
        };
        // Same configuration as this test run, so the generator the build needs is already built.
        foreach (string argument in new[] { "build", project, "-c", Configuration, "-nodeReuse:false", "-p:UseSharedCompilation=false", "-clp:NoSummary" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);
        string text = await output + await error;

        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("Broken.graphql(3,5): error GQL0001: Cannot query field \"x\" on type \"Article\".", text, StringComparison.Ordinal);
    }
}
