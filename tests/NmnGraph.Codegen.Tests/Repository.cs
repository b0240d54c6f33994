namespace NmnGraph.Codegen.Tests;

/// <summary>Paths in the source tree (goldens are read from and rewritten in the sources, not the build output).</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "NmnGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("NmnGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
