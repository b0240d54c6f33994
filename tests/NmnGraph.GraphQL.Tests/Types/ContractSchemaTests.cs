using System.Runtime.CompilerServices;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Tests.Types;

/// <summary>The repository's contract schema builds, and printing it is stable under a rebuild.</summary>
public class ContractSchemaTests
{
    [Fact]
    public void Contract_schema_builds_and_prints_stably()
    {
        string sdl = File.ReadAllText(Path.Combine(RepositoryRoot(), "schema.graphql"));
        Schema schema = SchemaBuilder.FromSdl(sdl).Build();
        string printed = SchemaPrinter.Print(schema);

        Assert.Equal("Query", schema.QueryType.Name);
        Assert.Equal(printed, SchemaPrinter.Print(SchemaBuilder.FromSdl(printed).Build()));
    }

    private static string RepositoryRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
