using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class ExecutableDefinitionsRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new ExecutableDefinitionsRule());

    [Fact]
    public void Only_operations_and_fragments() => s_harness.ExpectValid(
        """
        query Foo { dog { name } }
        fragment Frag on Dog { name }
        """);

    [Fact]
    public void Type_definitions_are_not_executable() => s_harness.ExpectErrors(
        """
        query Foo { dog { name } }
        type Cow { name: String }
        extend type Dog { color: String }
        """,
        ("The \"Cow\" definition is not executable.", [(2, 1)]),
        ("The \"Dog\" definition is not executable.", [(3, 1)]));

    [Fact]
    public void Schema_and_directive_definitions_are_not_executable() => s_harness.ExpectErrors(
        """
        schema { query: Query }
        type Query { test: String }
        extend schema @directive
        directive @directive on SCHEMA
        """,
        ("The schema definition is not executable.", [(1, 1)]),
        ("The \"Query\" definition is not executable.", [(2, 1)]),
        ("The schema definition is not executable.", [(3, 1)]),
        ("The \"directive\" definition is not executable.", [(4, 1)]));
}
