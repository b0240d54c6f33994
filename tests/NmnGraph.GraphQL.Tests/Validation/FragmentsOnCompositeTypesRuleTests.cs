using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class FragmentsOnCompositeTypesRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new FragmentsOnCompositeTypesRule());

    [Fact]
    public void Object_interface_and_union_conditions_are_valid() => s_harness.ExpectValid(
        """
        fragment validFragment on Dog { barks }
        fragment validFragment2 on Pet { name }
        fragment validFragment3 on CatOrDog { __typename }
        fragment validFragment4 on Pet { ... on Dog { barks } }
        fragment validFragment5 on Pet { ... { name } }
        """);

    [Fact]
    public void Scalar_condition_is_invalid() => s_harness.ExpectErrors(
        "fragment scalarFragment on Boolean { bad }",
        ("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", [(1, 28)]));

    [Fact]
    public void Enum_condition_is_invalid() => s_harness.ExpectErrors(
        "fragment scalarFragment on FurColor { bad }",
        ("Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".", [(1, 28)]));

    [Fact]
    public void Input_object_condition_is_invalid() => s_harness.ExpectErrors(
        "fragment inputFragment on ComplexInput { stringField }",
        ("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", [(1, 27)]));

    [Fact]
    public void Scalar_inline_condition_is_invalid() => s_harness.ExpectErrors(
        """
        fragment invalidFragment on Pet {
          ... on String {
            barks
          }
        }
        """,
        ("Fragment cannot condition on non composite type \"String\".", [(2, 10)]));

    [Fact]
    public void Unknown_condition_is_left_to_known_type_names() => s_harness.ExpectValid("fragment f on Unknown { a }");
}
