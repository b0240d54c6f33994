using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class VariablesAreInputTypesRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new VariablesAreInputTypesRule());

    [Fact]
    public void Unknown_types_are_ignored() => s_harness.ExpectValid("query Foo($a: Unknown, $b: [[Unknown!]]!) { field(a: $a, b: $b) }");

    [Fact]
    public void Input_types_are_valid() => s_harness.ExpectValid("query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor) { field(a: $a, b: $b, c: $c) }");

    [Fact]
    public void Output_types_are_invalid() => s_harness.ExpectErrors(
        "query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { field(a: $a, b: $b, c: $c) }",
        ("Variable \"$a\" cannot be non-input type \"Dog\".", [(1, 15)]),
        ("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", [(1, 24)]),
        ("Variable \"$c\" cannot be non-input type \"Pet\".", [(1, 44)]));
}
