using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class FieldsOnCorrectTypeRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new FieldsOnCorrectTypeRule());

    [Fact]
    public void Object_field_selection() => s_harness.ExpectValid("fragment objectFieldSelection on Dog { __typename name }");

    [Fact]
    public void Aliased_and_interface_and_union_typename() => s_harness.ExpectValid(
        """
        fragment aliasedObjectFieldSelection on Dog { tn : __typename otherName : name }
        fragment interfaceFieldSelection on Pet { __typename name }
        fragment definedOnImplementorsQueriedOnUnion on CatOrDog { __typename ... on Being { name } }
        { __schema { types { name } } __type(name: "Dog") { name } }
        """);

    [Fact]
    public void Ignores_fields_on_unknown_type() => s_harness.ExpectValid("fragment unknownSelection on UnknownType { unknownField }");

    [Fact]
    public void Reports_errors_when_type_is_known_again() => s_harness.ExpectErrors(
        """
        fragment typeKnownAgain on Pet {
          unknown_pet_field {
            ... on Cat {
              unknown_cat_field
            }
          }
        }
        """,
        ("Cannot query field \"unknown_pet_field\" on type \"Pet\".", [(2, 3)]),
        ("Cannot query field \"unknown_cat_field\" on type \"Cat\".", [(4, 7)]));

    [Fact]
    public void Field_not_defined_on_fragment() => s_harness.ExpectErrors(
        "fragment fieldNotDefined on Dog { meowVolume }",
        ("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", [(1, 35)]));

    [Fact]
    public void Ignores_deeply_unknown_field() => s_harness.ExpectErrors(
        "fragment deepFieldNotDefined on Dog { unknown_field { deeper_unknown_field } }",
        ("Cannot query field \"unknown_field\" on type \"Dog\".", [(1, 39)]));

    [Fact]
    public void Field_not_defined_on_inline_fragment() => s_harness.ExpectErrors(
        "fragment fieldNotDefined on Pet { ... on Dog { meowVolume } }",
        ("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", [(1, 48)]));

    [Fact]
    public void Aliased_field_target_not_defined() => s_harness.ExpectErrors(
        "fragment aliasedFieldTargetNotDefined on Dog { volume : mooVolume }",
        ("Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", [(1, 48)]));

    [Fact]
    public void Not_defined_on_interface() => s_harness.ExpectErrors(
        "fragment notDefinedOnInterface on Pet { tailLength }",
        ("Cannot query field \"tailLength\" on type \"Pet\".", [(1, 41)]));

    [Fact]
    public void Defined_on_implementors_but_not_on_interface() => s_harness.ExpectErrors(
        "fragment definedOnImplementorsButNotInterface on Pet { nickname }",
        ("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Dog\"?", [(1, 56)]));

    [Fact]
    public void Direct_field_selection_on_union() => s_harness.ExpectErrors(
        "fragment directFieldSelectionOnUnion on CatOrDog { directField }",
        ("Cannot query field \"directField\" on type \"CatOrDog\".", [(1, 52)]));

    [Fact]
    public void Defined_on_implementors_queried_on_union() => s_harness.ExpectErrors(
        "fragment definedOnImplementorsQueriedOnUnion on CatOrDog { name }",
        ("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", [(1, 60)]));

    [Fact]
    public void Meta_fields_of_the_query_root_only_on_the_query_root() => s_harness.ExpectErrors(
        "{ dog { __schema { types { name } } } }",
        ("Cannot query field \"__schema\" on type \"Dog\".", [(1, 9)]));
}
