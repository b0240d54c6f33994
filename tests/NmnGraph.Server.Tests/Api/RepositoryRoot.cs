namespace NmnGraph.Server.Tests.Api;

/// <summary>Finds files of the repository (the contract <c>schema.graphql</c>) from the test's output folder.</summary>
internal static class RepositoryRoot
{
    public static string File(string name)
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, name);
            if (System.IO.File.Exists(candidate) && System.IO.File.Exists(Path.Combine(directory.FullName, "NmnGraph.sln")))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"No {name} above {AppContext.BaseDirectory}.");
    }
}
