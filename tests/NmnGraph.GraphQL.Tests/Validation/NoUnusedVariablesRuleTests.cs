using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class NoUnusedVariablesRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new NoUnusedVariablesRule());

    [Fact]
    public void Uses_all_variables() => s_harness.ExpectValid("query ($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }");

    [Fact]
    public void Uses_all_variables_deeply_in_fragments_and_directives() => s_harness.ExpectValid(
        """
        query Foo($a: String, $b: String, $c: Boolean) {
          ...FragA @include(if: $c)
        }
        fragment FragA on Type { field(a: $a) { ...FragB } }
        fragment FragB on Type { field(b: $b) { ...FragA } }
        """);

    [Fact]
    public void Variable_not_used() => s_harness.ExpectErrors(
        "query ($a: String, $b: String, $c: String) { field(a: $a, b: $b) }",
        ("Variable \"$c\" is never used.", [(1, 32)]));

    [Fact]
    public void Multiple_variables_not_used() => s_harness.ExpectErrors(
        "query Foo($a: String, $b: String, $c: String) { field(b: $b) }",
        ("Variable \"$a\" is never used in operation \"Foo\".", [(1, 11)]),
        ("Variable \"$c\" is never used in operation \"Foo\".", [(1, 35)]));

    [Fact]
    public void Variable_not_used_by_unreferenced_fragment() => s_harness.ExpectErrors(
        """
        query Foo($a: String, $b: String) { ...FragA }
        fragment FragA on Type { field(a: $a) }
        fragment FragB on Type { field(b: $b) }
        """,
        ("Variable \"$b\" is never used in operation \"Foo\".", [(1, 23)]));

    [Fact]
    public void Variable_not_used_by_fragment_used_by_other_operation() => s_harness.ExpectErrors(
        """
        query Foo($b: String) { ...FragA }
        query Bar($a: String) { ...FragB }
        fragment FragA on Type { field(a: $a) }
        fragment FragB on Type { field(b: $b) }
        """,
        ("Variable \"$b\" is never used in operation \"Foo\".", [(1, 11)]),
        ("Variable \"$a\" is never used in operation \"Bar\".", [(2, 11)]));
}
