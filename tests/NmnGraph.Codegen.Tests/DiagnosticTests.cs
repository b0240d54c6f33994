using NmnGraph.Codegen.Analysis;

namespace NmnGraph.Codegen.Tests;

/// <summary>Bad operations are reported with their file, line and column in the MSBuild error format.</summary>
public sealed class DiagnosticTests
{
    private const string Schema =
        """
        type Query {
          article(slug: String!): Article
        }

        type Article {
          title: String!
        }
        """;

    private static GenerationResult Generate(params (string Path, string Text)[] operations) =>
        ClientGenerator.Generate(
            new SourceFile("schema.graphql", Schema),
            operations.Select(o => new SourceFile(o.Path, o.Text)).ToList(),
            "Test",
            "TestClient");

    [Fact]
    public void Unknown_field_is_reported_at_its_position()
    {
        GenerationResult result = Generate(("Ops/GetArticle.graphql", "query GetArticle {\n  article(slug: \"a\") {\n    x\n  }\n}\n"));

        Assert.Empty(result.Files);
        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("Ops/GetArticle.graphql(3,5): error GQL0001: Cannot query field \"x\" on type \"Article\".", diagnostic.ToString());
    }

    [Fact]
    public void Errors_in_a_later_file_keep_that_files_lines()
    {
        GenerationResult result = Generate(
            ("A.graphql", "query A {\n  article(slug: \"a\") { title }\n}\n"),
            ("B.graphql", "# comment\nquery B {\n  article(slug: \"b\") { title }\n  nope\n}\n"));

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("B.graphql", 4, 3), (diagnostic.FilePath, diagnostic.Line, diagnostic.Column));
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", diagnostic.Message);
    }

    [Fact]
    public void Fragments_in_another_file_are_validated_where_they_are_defined()
    {
        GenerationResult result = Generate(
            ("A.graphql", "query A {\n  article(slug: \"a\") { ...Parts }\n}\n"),
            ("Parts.graphql", "fragment Parts on Article {\n  title\n  missing\n}\n"));

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("Parts.graphql(3,3): error GQL0001: Cannot query field \"missing\" on type \"Article\".", diagnostic.ToString());
    }

    [Fact]
    public void Syntax_errors_are_reported_per_file()
    {
        GenerationResult result = Generate(("Bad.graphql", "query Bad {\n  article(slug: \"a\") { title }\n"));

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((Diagnostic.SyntaxError, "Bad.graphql", 3, 1), (diagnostic.Code, diagnostic.FilePath, diagnostic.Line, diagnostic.Column));
        Assert.StartsWith("Syntax Error:", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anonymous_and_duplicate_operations_are_rejected()
    {
        GenerationResult result = Generate(
            ("A.graphql", "{ article(slug: \"a\") { title } }\n"),
            ("B.graphql", "query B { article(slug: \"a\") { title } }\n"),
            ("C.graphql", "query B { article(slug: \"c\") { title } }\n"));

        Assert.Equal(
            [
                "A.graphql(1,1): error GQL0003: Operations must be named; the name becomes the client's property.",
                "C.graphql(1,7): error GQL0001: There can be only one operation named \"B\".",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Unused_fragments_are_reported()
    {
        GenerationResult result = Generate(
            ("A.graphql", "query A { article(slug: \"a\") { title } }\n"),
            ("F.graphql", "\nfragment Unused on Article { title }\n"));

        Assert.Equal(["F.graphql(2,1): error GQL0001: Fragment \"Unused\" is never used."], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Invalid_schema_is_reported_against_the_schema_file()
    {
        GenerationResult result = ClientGenerator.Generate(
            new SourceFile("schema.graphql", "type Query { a: Missing }"), [], "Test", "TestClient");

        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Equal(("schema.graphql", Diagnostic.SchemaError), (d.FilePath, d.Code)));
    }
}
