using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class UniqueArgumentNamesRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new UniqueArgumentNamesRule());

    [Fact]
    public void Multiple_field_arguments() => s_harness.ExpectValid("{ field(arg1: \"value\", arg2: \"value\", arg3: \"value\") }");

    [Fact]
    public void Same_argument_on_two_fields_and_directives() => s_harness.ExpectValid(
        """
        {
          one: field(arg: "value")
          two: field(arg: "value") @directive(arg: "value")
        }
        """);

    [Fact]
    public void Duplicate_field_arguments() => s_harness.ExpectErrors(
        "{ field(arg1: \"value\", arg1: \"value\") }",
        ("There can be only one argument named \"arg1\".", [(1, 9), (1, 24)]));

    [Fact]
    public void Many_duplicate_field_arguments() => s_harness.ExpectErrors(
        "{ field(arg1: \"value\", arg1: \"value\", arg1: \"value\") }",
        ("There can be only one argument named \"arg1\".", [(1, 9), (1, 24), (1, 39)]));

    [Fact]
    public void Duplicate_directive_arguments() => s_harness.ExpectErrors(
        "{ field @directive(arg1: \"value\", arg1: \"value\") }",
        ("There can be only one argument named \"arg1\".", [(1, 20), (1, 35)]));
}
