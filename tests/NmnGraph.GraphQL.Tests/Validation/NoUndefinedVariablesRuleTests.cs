using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class NoUndefinedVariablesRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new NoUndefinedVariablesRule());

    [Fact]
    public void All_variables_defined() => s_harness.ExpectValid("query Foo($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }");

    [Fact]
    public void All_variables_deeply_defined_in_inline_fragments_and_fragments() => s_harness.ExpectValid(
        """
        query Foo($a: String, $b: String, $c: String) {
          ... on Type {
            field(a: $a) { ...FragA }
          }
        }
        fragment FragA on Type { field(a: $b) { ...FragB } }
        fragment FragB on Type { field(c: $c) { ...FragA } }
        """);

    [Fact]
    public void Variable_within_single_fragment_used_by_two_operations() => s_harness.ExpectValid(
        """
        query Foo($a: String) { ...FragA }
        query Bar($a: String) { ...FragA }
        fragment FragA on Type { field(a: $a) }
        """);

    [Fact]
    public void Variable_not_defined() => s_harness.ExpectErrors(
        "query Foo($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c, d: $d) }",
        ("Variable \"$d\" is not defined by operation \"Foo\".", [(1, 79), (1, 1)]));

    [Fact]
    public void Variable_not_defined_by_anonymous_operation() => s_harness.ExpectErrors(
        "{ field(a: $a) }",
        ("Variable \"$a\" is not defined.", [(1, 12), (1, 1)]));

    [Fact]
    public void Multiple_undefined_variables_and_in_directives() => s_harness.ExpectErrors(
        "query Foo($b: String) @dir(x: $x) { field(a: $a, b: $b, c: $c) }",
        ("Variable \"$x\" is not defined by operation \"Foo\".", [(1, 31), (1, 1)]),
        ("Variable \"$a\" is not defined by operation \"Foo\".", [(1, 46), (1, 1)]),
        ("Variable \"$c\" is not defined by operation \"Foo\".", [(1, 60), (1, 1)]));

    [Fact]
    public void Variable_in_fragment_not_defined_by_one_of_two_operations() => s_harness.ExpectErrors(
        """
        query Foo($a: String) { ...FragA }
        query Bar { ...FragA }
        fragment FragA on Type {
          field(a: $a)
        }
        """,
        ("Variable \"$a\" is not defined by operation \"Bar\".", [(4, 12), (2, 1)]));

    [Fact]
    public void Variables_in_fragments_not_defined_by_multiple_operations() => s_harness.ExpectErrors(
        """
        query Foo($b: String) { ...FragAB }
        query Bar($a: String) { ...FragAB }
        fragment FragAB on Type {
          field1(a: $a, b: $b)
          ...FragC
          field3(a: $a, b: $b)
        }
        fragment FragC on Type {
          field2(c: $c)
        }
        """,
        ("Variable \"$a\" is not defined by operation \"Foo\".", [(4, 13), (1, 1)]),
        ("Variable \"$a\" is not defined by operation \"Foo\".", [(6, 13), (1, 1)]),
        ("Variable \"$c\" is not defined by operation \"Foo\".", [(9, 13), (1, 1)]),
        ("Variable \"$b\" is not defined by operation \"Bar\".", [(4, 20), (2, 1)]),
        ("Variable \"$b\" is not defined by operation \"Bar\".", [(6, 20), (2, 1)]),
        ("Variable \"$c\" is not defined by operation \"Bar\".", [(9, 13), (2, 1)]));
}
