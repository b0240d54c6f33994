using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class LoneAnonymousOperationRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new LoneAnonymousOperationRule());

    [Fact]
    public void One_anonymous_operation_with_fragment() => s_harness.ExpectValid(
        """
        { ...Foo }
        fragment Foo on QueryRoot { dog { name } }
        """);

    [Fact]
    public void Multiple_named_operations() => s_harness.ExpectValid(
        """
        query Foo { dog { name } }
        query Bar { dog { name } }
        """);

    [Fact]
    public void Multiple_anonymous_operations() => s_harness.ExpectErrors(
        """
        { fieldA }
        { fieldB }
        """,
        ("This anonymous operation must be the only defined operation.", [(1, 1)]),
        ("This anonymous operation must be the only defined operation.", [(2, 1)]));

    [Fact]
    public void Anonymous_operation_with_a_mutation() => s_harness.ExpectErrors(
        """
        { fieldA }
        mutation Foo { fieldB }
        """,
        ("This anonymous operation must be the only defined operation.", [(1, 1)]));

    [Fact]
    public void Anonymous_operation_with_a_subscription() => s_harness.ExpectErrors(
        """
        { fieldA }
        subscription Foo { fieldB }
        """,
        ("This anonymous operation must be the only defined operation.", [(1, 1)]));
}
