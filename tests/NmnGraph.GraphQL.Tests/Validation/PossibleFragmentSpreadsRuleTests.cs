using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class PossibleFragmentSpreadsRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new PossibleFragmentSpreadsRule());

    [Fact]
    public void Same_object_and_object_into_implemented_interface() => s_harness.ExpectValid(
        """
        fragment objectWithinObject on Dog { ...dogFragment }
        fragment dogFragment on Dog { barkVolume }
        fragment objectWithinInterface on Pet { ...dogFragment }
        fragment objectWithinUnion on CatOrDog { ...dogFragment }
        fragment unionWithinObject on Dog { ...catOrDogFragment }
        fragment catOrDogFragment on CatOrDog { __typename }
        fragment interfaceWithinUnion on CatOrDog { ...petFragment }
        fragment petFragment on Pet { name }
        fragment interfaceWithinInterface on Mammal { ...canineFragment }
        fragment canineFragment on Canine { name }
        """);

    [Fact]
    public void Inline_fragments_of_overlapping_types() => s_harness.ExpectValid(
        """
        fragment a on Dog { ... on Dog { barkVolume } }
        fragment b on Pet { ... on Dog { barkVolume } }
        fragment c on CatOrDog { ... on Pet { name } }
        fragment d on Dog { ... on CatOrDog { __typename } }
        """);

    [Fact]
    public void Ignores_incorrect_type() => s_harness.ExpectValid(
        """
        fragment checkIfIncorrectType on Dog { ...fragmentWithUnknown }
        fragment fragmentWithUnknown on Unknown { __typename }
        """);

    [Fact]
    public void Different_object_into_object() => s_harness.ExpectErrors(
        """
        fragment invalidObjectWithinObject on Cat { ...dogFragment }
        fragment dogFragment on Dog { barkVolume }
        """,
        ("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", [(1, 45)]));

    [Fact]
    public void Different_object_into_object_in_inline_fragment() => s_harness.ExpectErrors(
        """
        fragment invalidObjectWithinObjectAnon on Cat {
          ... on Dog { barkVolume }
        }
        """,
        ("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", [(2, 3)]));

    [Fact]
    public void Object_into_not_implementing_interface() => s_harness.ExpectErrors(
        """
        fragment invalidObjectWithinInterface on Pet { ...humanFragment }
        fragment humanFragment on Human { pets { name } }
        """,
        ("Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", [(1, 48)]));

    [Fact]
    public void Object_into_not_containing_union() => s_harness.ExpectErrors(
        """
        fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
        fragment humanFragment on Human { pets { name } }
        """,
        ("Fragment \"humanFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", [(1, 49)]));

    [Fact]
    public void Union_into_non_overlapping_union() => s_harness.ExpectErrors(
        """
        fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }
        fragment humanOrAlienFragment on HumanOrAlien { __typename }
        """,
        ("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".", [(1, 48)]));

    [Fact]
    public void Interface_into_non_overlapping_interface_in_inline_fragment() => s_harness.ExpectErrors(
        """
        fragment invalidInterfaceWithinInterfaceAnon on Pet {
          ...on Intelligent { iq }
        }
        """,
        ("Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", [(2, 3)]));
}
