using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class KnownDirectivesRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new KnownDirectivesRule());

    [Fact]
    public void No_directives() => s_harness.ExpectValid("query Foo { name ...Frag } fragment Frag on Dog { name }");

    [Fact]
    public void Known_directives() => s_harness.ExpectValid(
        """
        {
          dog @include(if: true) { name }
          human @skip(if: false) { name }
        }
        """);

    [Fact]
    public void Unknown_directive() => s_harness.ExpectErrors(
        "{ dog @unknown(directive: \"value\") { name } }",
        ("Unknown directive \"@unknown\".", [(1, 7)]));

    [Fact]
    public void Many_unknown_directives() => s_harness.ExpectErrors(
        """
        {
          dog @unknown(directive: "value") { name }
          human @unknown(directive: "value") {
            name
            pets @unknown(directive: "value") { name }
          }
        }
        """,
        ("Unknown directive \"@unknown\".", [(2, 7)]),
        ("Unknown directive \"@unknown\".", [(3, 9)]),
        ("Unknown directive \"@unknown\".", [(5, 10)]));

    [Fact]
    public void Well_placed_directives() => s_harness.ExpectValid(
        """
        query ($var: Boolean @onVariableDefinition) @onQuery {
          name @include(if: $var)
          ...Frag @include(if: true)
          skippedField @skip(if: true)
          ...SkippedFrag @skip(if: true)
          ... @skip(if: true) { skippedField }
        }
        mutation @onMutation { someField }
        subscription @onSubscription { someField }
        fragment Frag on SomeType @onFragmentDefinition { someField }
        """);

    [Fact]
    public void Misplaced_directives() => s_harness.ExpectErrors(
        """
        query ($var: Boolean @onQuery) @onMutation {
          name @onQuery @include(if: $var)
          ...Frag @onQuery
          ... @onFragmentSpread { a }
        }
        mutation @onQuery { someField }
        subscription @onQuery { someField }
        fragment Frag on Dog @onInlineFragment { name }
        """,
        ("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", [(1, 22)]),
        ("Directive \"@onMutation\" may not be used on QUERY.", [(1, 32)]),
        ("Directive \"@onQuery\" may not be used on FIELD.", [(2, 8)]),
        ("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", [(3, 11)]),
        ("Directive \"@onFragmentSpread\" may not be used on INLINE_FRAGMENT.", [(4, 7)]),
        ("Directive \"@onQuery\" may not be used on MUTATION.", [(6, 10)]),
        ("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", [(7, 14)]),
        ("Directive \"@onInlineFragment\" may not be used on FRAGMENT_DEFINITION.", [(8, 22)]));
}
