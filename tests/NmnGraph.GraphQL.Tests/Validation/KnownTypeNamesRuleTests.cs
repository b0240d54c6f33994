using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class KnownTypeNamesRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new KnownTypeNamesRule());

    [Fact]
    public void Known_type_names_are_valid() => s_harness.ExpectValid(
        """
        query Foo($var: String, $required: [Int!]!, $introspectionType: __EnumValue) {
          user(id: 4) {
            pets { ... on Pet { name }, ...PetFields, ... { name } }
          }
        }
        fragment PetFields on Pet { name }
        """);

    [Fact]
    public void Unknown_type_names_are_invalid() => s_harness.ExpectErrors(
        """
        query Foo($var: JumbledUpLetters) {
          user(id: 4) {
            name
            pets { ... on Badger { name }, ...PetFields }
          }
        }
        fragment PetFields on Peat {
          name
        }
        """,
        ("Unknown type \"JumbledUpLetters\".", [(1, 17)]),
        ("Unknown type \"Badger\".", [(4, 19)]),
        ("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", [(7, 23)]));

    [Fact]
    public void Nested_unknown_type_in_variable_definition() => s_harness.ExpectErrors(
        "query Foo($list: [Strin!]) { __typename }",
        ("Unknown type \"Strin\". Did you mean \"String\"?", [(1, 19)]));
}
