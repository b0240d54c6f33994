using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class KnownOperationTypesRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new KnownOperationTypesRule());

    [Fact]
    public void Query_and_subscription_are_supported() => s_harness.ExpectValid(
        """
        query Q { dog { name } }
        subscription S { catSubscribe { name } }
        { dog { name } }
        """);

    [Fact]
    public void Mutation_is_not_supported_without_a_mutation_type() => s_harness.ExpectErrors(
        """
        mutation M { doSomething }
        """,
        ("The mutation operation is not supported by the schema.", [(1, 1)]));

    [Fact]
    public void Subscription_is_not_supported_without_a_subscription_type()
    {
        var harness = new ValidationHarness(() => new KnownOperationTypesRule(), ValidationHarness.BuildSchema("type Query { a: Int }"));
        harness.ExpectErrors(
            """
            subscription { a }
            mutation { a }
            """,
            ("The subscription operation is not supported by the schema.", [(1, 1)]),
            ("The mutation operation is not supported by the schema.", [(2, 1)]));
    }

    [Fact]
    public void Shorthand_query_is_a_query() => s_harness.ExpectValid("{ __typename }");
}
