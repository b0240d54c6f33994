using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class UniqueVariableNamesRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new UniqueVariableNamesRule());

    [Fact]
    public void Unique_variable_names() => s_harness.ExpectValid(
        """
        query A($x: Int, $y: String) { __typename }
        query B($x: String, $y: Int) { __typename }
        """);

    [Fact]
    public void Duplicate_variable_names() => s_harness.ExpectErrors(
        """
        query A($x: Int, $x: Int, $x: String) { __typename }
        query B($x: String, $x: Int) { __typename }
        query C($x: Int, $x: Int) { __typename }
        """,
        ("There can be only one variable named \"$x\".", [(1, 10), (1, 19), (1, 28)]),
        ("There can be only one variable named \"$x\".", [(2, 10), (2, 22)]),
        ("There can be only one variable named \"$x\".", [(3, 10), (3, 19)]));
}
