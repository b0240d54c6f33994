using NmnGraph.GraphQL.Types;
using static NmnGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace NmnGraph.GraphQL.Tests.Execution;

/// <summary><c>IResolverContext.Selects</c>: what the field's selection set asks for, with fragments and conditions applied.</summary>
public class SelectsTests
{
    private static Schema Schema(List<string> seen) => SchemaBuilder.FromSdl("""
        type Query { page: Page node: Node }
        type Page implements Node { id: ID! total: Int items: [String] }
        interface Node { id: ID! }
        """)
        .Bind("Query.page", ctx =>
        {
            seen.Add(ctx.Selects("total") ? "total" : "no total");
            return new Dictionary<string, object?> { ["id"] = "p", ["total"] = 2, ["items"] = new[] { "a", "b" } };
        })
        .Bind("Query.node", ctx =>
        {
            seen.Add(ctx.Selects("total") ? "abstract: yes" : "abstract: no");
            return new Dictionary<string, object?> { ["__typename"] = "Page", ["id"] = "p" };
        })
        .Build();

    [Theory]
    [InlineData("{ page { items } }", "{}", "no total")]
    [InlineData("{ page { items total } }", "{}", "total")]
    [InlineData("{ page { n: total } }", "{}", "total")]
    [InlineData("{ page { ...F } } fragment F on Page { total }", "{}", "total")]
    [InlineData("{ page { ... on Page { total } } }", "{}", "total")]
    [InlineData("query($t: Boolean!) { page { total @include(if: $t) items } }", "{'t':false}", "no total")]
    [InlineData("query($t: Boolean!) { page { total @include(if: $t) items } }", "{'t':true}", "total")]
    [InlineData("{ node { id } }", "{}", "abstract: yes")]
    public void Selects_answers_for_the_collected_fields(string query, string variables, string expected)
    {
        var seen = new List<string>();
        string result = RunOnce(Schema(seen), query, Variables(Json(variables)));
        Assert.DoesNotContain("errors", result, StringComparison.Ordinal);
        Assert.Equal([expected], seen);
    }
}
