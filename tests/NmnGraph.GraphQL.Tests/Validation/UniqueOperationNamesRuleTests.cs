using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class UniqueOperationNamesRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new UniqueOperationNamesRule());

    [Fact]
    public void One_anonymous_operation() => s_harness.ExpectValid("{ dog { name } }");

    [Fact]
    public void Multiple_operations_of_different_names() => s_harness.ExpectValid(
        """
        query Foo { dog { name } }
        query Bar { dog { name } }
        """);

    [Fact]
    public void Fragment_and_operation_named_the_same() => s_harness.ExpectValid(
        """
        query Foo { ...Foo }
        fragment Foo on QueryRoot { dog { name } }
        """);

    [Fact]
    public void Multiple_operations_of_same_name() => s_harness.ExpectErrors(
        """
        query Foo { fieldA }
        query Foo { fieldB }
        """,
        ("There can be only one operation named \"Foo\".", [(1, 7), (2, 7)]));

    [Fact]
    public void Multiple_operations_of_same_name_of_different_types() => s_harness.ExpectErrors(
        """
        query Foo { fieldA }
        mutation Foo { fieldB }
        subscription Foo { fieldC }
        """,
        ("There can be only one operation named \"Foo\".", [(1, 7), (2, 10)]),
        ("There can be only one operation named \"Foo\".", [(1, 7), (3, 14)]));
}
