using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class VariablesInAllowedPositionRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new VariablesInAllowedPositionRule());

    [Fact]
    public void Matching_and_stricter_types_are_allowed() => s_harness.ExpectValid(
        """
        query Query($booleanArg: Boolean, $nonNullBooleanArg: Boolean!, $stringListVar: [String], $stringListNonNull: [String!]) {
          complicatedArgs {
            booleanArgField(booleanArg: $booleanArg)
            nonNull: booleanArgField(booleanArg: $nonNullBooleanArg)
            stringListArgField(stringListArg: $stringListVar)
            inner: stringListArgField(stringListArg: $stringListNonNull)
          }
        }
        """);

    [Fact]
    public void Item_in_list_and_input_object_field_positions() => s_harness.ExpectValid(
        """
        query Query($stringVar: String, $boolVar: Boolean!) {
          complicatedArgs {
            stringListArgField(stringListArg: [$stringVar])
            complexArgField(complexArg: { requiredField: $boolVar })
          }
        }
        """);

    [Fact]
    public void Nullable_variable_with_default_in_non_null_position() => s_harness.ExpectValid(
        """
        query Query($intVar: Int = 1) {
          complicatedArgs { nonNullIntArgField(nonNullIntArg: $intVar) }
        }
        """);

    [Fact]
    public void Nullable_variable_in_non_null_argument_with_default() => s_harness.ExpectValid(
        """
        query Query($intVar: Int) {
          complicatedArgs { nonNullFieldWithDefault(arg: $intVar) }
        }
        """);

    [Fact]
    public void Boolean_in_non_null_directive_argument_with_default() => s_harness.ExpectValid(
        """
        query Query($boolVar: Boolean = false) {
          dog @include(if: $boolVar) { name }
        }
        """);

    [Fact]
    public void Nullable_int_into_non_null_int() => s_harness.ExpectErrors(
        """
        query Query($intArg: Int) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $intArg)
          }
        }
        """,
        ("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", [(1, 13), (3, 39)]));

    [Fact]
    public void Nullable_int_into_non_null_int_within_nested_fragment() => s_harness.ExpectErrors(
        """
        fragment outerFrag on ComplicatedArgs { ...nonNullIntArgFieldFrag }
        fragment nonNullIntArgFieldFrag on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) }
        query Query($intArg: Int) {
          complicatedArgs { ...outerFrag }
        }
        """,
        ("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", [(3, 13), (2, 88)]));

    [Fact]
    public void Explicit_null_default_does_not_count() => s_harness.ExpectErrors(
        """
        query Query($intVar: Int = null) {
          complicatedArgs { nonNullIntArgField(nonNullIntArg: $intVar) }
        }
        """,
        ("Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\".", [(1, 13), (2, 55)]));

    [Fact]
    public void String_into_string_list_and_list_into_string() => s_harness.ExpectErrors(
        """
        query Query($stringVar: String, $stringListVar: [String]) {
          complicatedArgs {
            stringListArgField(stringListArg: $stringVar)
            stringArgField(stringArg: $stringListVar)
          }
        }
        """,
        ("Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".", [(1, 13), (3, 39)]),
        ("Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"String\".", [(1, 33), (4, 31)]));

    [Fact]
    public void Nullable_item_into_non_null_item_list() => s_harness.ExpectErrors(
        """
        query Query($stringListVar: [String]) {
          complicatedArgs {
            stringListNonNullArgField(stringListNonNullArg: $stringListVar)
          }
        }
        """,
        ("Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"[String!]\".", [(1, 13), (3, 53)]));

    [Fact]
    public void Boolean_into_non_null_directive_argument() => s_harness.ExpectErrors(
        """
        query Query($boolVar: Boolean) {
          dog @include(if: $boolVar) { name }
        }
        """,
        ("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", [(1, 13), (2, 20)]));

    [Fact]
    public void Enum_variable_into_different_enum() => s_harness.ExpectErrors(
        """
        query Query($color: FurColor) {
          dog { doesKnowCommand(dogCommand: $color) }
        }
        """,
        ("Variable \"$color\" of type \"FurColor\" used in position expecting type \"DogCommand\".", [(1, 13), (2, 37)]));

    [Fact]
    public void Non_null_variable_in_one_of_field() => s_harness.ExpectValid(
        """
        query Query($string: String!) {
          complicatedArgs { oneOfArgField(oneOfArg: { stringField: $string }) }
        }
        """);

    [Fact]
    public void Nullable_variable_in_one_of_field() => s_harness.ExpectErrors(
        """
        query Query($string: String) {
          complicatedArgs { oneOfArgField(oneOfArg: { stringField: $string }) }
        }
        """,
        ("Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", [(1, 13), (2, 60)]));

    [Fact]
    public void Nullable_variable_with_non_null_default_in_one_of_field() => s_harness.ExpectValid(
        """
        query Query($string: String = "abc") {
          complicatedArgs { oneOfArgField(oneOfArg: { stringField: $string }) }
        }
        """);
}
