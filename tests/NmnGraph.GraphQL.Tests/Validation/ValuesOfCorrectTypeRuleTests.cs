using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;
using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new ValuesOfCorrectTypeRule());

    [Fact]
    public void Good_scalar_and_enum_values() => s_harness.ExpectValid(
        """
        {
          complicatedArgs {
            intArgField(intArg: 2)
            booleanArgField(booleanArg: true)
            stringArgField(stringArg: "foo")
            floatArgField(floatArg: 1.1)
            intIntoFloat: floatArgField(floatArg: 1)
            idArgField(idArg: "someIdString")
            intIntoID: idArgField(idArg: 1)
            enumArgField(enumArg: BROWN)
            nullInt: intArgField(intArg: null)
          }
          dog { doesKnowCommand(dogCommand: SIT) }
        }
        """);

    [Fact]
    public void String_into_int() => s_harness.ExpectErrors(
        """
        {
          complicatedArgs {
            intArgField(intArg: "3")
          }
        }
        """,
        ("Int cannot represent non-integer value: \"3\"", [(3, 25)]));

    [Fact]
    public void Big_int_into_int() => s_harness.ExpectErrors(
        "{ complicatedArgs { intArgField(intArg: 829384293849283498239482938) } }",
        ("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", [(1, 41)]));

    [Fact]
    public void Float_and_enum_into_int_and_string() => s_harness.ExpectErrors(
        """
        {
          complicatedArgs {
            intArgField(intArg: 3.0)
            stringArgField(stringArg: BAR)
            booleanArgField(booleanArg: 2)
            floatArgField(floatArg: "3.333")
            idArgField(idArg: 1.0)
          }
        }
        """,
        ("Int cannot represent non-integer value: 3.0", [(3, 25)]),
        ("String cannot represent a non string value: BAR", [(4, 31)]),
        ("Boolean cannot represent a non boolean value: 2", [(5, 33)]),
        ("Float cannot represent non numeric value: \"3.333\"", [(6, 29)]),
        ("ID cannot represent a non-string and non-integer value: 1.0", [(7, 23)]));

    [Fact]
    public void Invalid_enum_values_with_suggestions() => s_harness.ExpectErrors(
        """
        {
          dog {
            a: doesKnowCommand(dogCommand: 2)
            b: doesKnowCommand(dogCommand: "SIT")
            c: doesKnowCommand(dogCommand: sit)
            d: doesKnowCommand(dogCommand: JUGGLE)
            e: doesKnowCommand(dogCommand: true)
          }
        }
        """,
        ("Enum \"DogCommand\" cannot represent non-enum value: 2.", [(3, 36)]),
        ("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", [(4, 36)]),
        ("Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", [(5, 36)]),
        ("Value \"JUGGLE\" does not exist in \"DogCommand\" enum.", [(6, 36)]),
        ("Enum \"DogCommand\" cannot represent non-enum value: true.", [(7, 36)]));

    [Fact]
    public void Null_into_non_null() => s_harness.ExpectErrors(
        """
        {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: null)
          }
        }
        """,
        ("Expected value of type \"Int!\", found null.", [(3, 39)]));

    [Fact]
    public void Good_list_values() => s_harness.ExpectValid(
        """
        {
          complicatedArgs {
            stringListArgField(stringListArg: ["one", null, "two"])
            empty: stringListArgField(stringListArg: [])
            single: stringListArgField(stringListArg: "one")
          }
        }
        """);

    [Fact]
    public void Incorrect_list_item_and_single_value() => s_harness.ExpectErrors(
        """
        {
          complicatedArgs {
            stringListArgField(stringListArg: ["one", 2])
            single: stringListArgField(stringListArg: 1)
            nonNullItem: stringListNonNullArgField(stringListNonNullArg: ["a", null])
          }
        }
        """,
        ("String cannot represent a non string value: 2", [(3, 47)]),
        ("String cannot represent a non string value: 1", [(4, 47)]),
        ("Expected value of type \"String!\", found null.", [(5, 72)]));

    [Fact]
    public void Object_and_list_where_a_scalar_is_expected() => s_harness.ExpectErrors(
        """
        {
          complicatedArgs {
            intArgField(intArg: [1, 2])
            stringArgField(stringArg: { a: 1 })
            complexArgField(complexArg: "notAnObject")
          }
        }
        """,
        ("Int cannot represent non-integer value: [1, 2]", [(3, 25)]),
        ("String cannot represent a non string value: {a: 1}", [(4, 31)]),
        ("Expected value of type \"ComplexInput\", found \"notAnObject\".", [(5, 33)]));

    [Fact]
    public void Good_input_objects() => s_harness.ExpectValid(
        """
        {
          complicatedArgs {
            a: complexArgField(complexArg: { requiredField: true })
            b: complexArgField(complexArg: { requiredField: false, nonNullField: true, intField: 4, stringListField: ["x"] })
            c: complexArgField(complexArg: { requiredField: true, stringListField: "single" })
          }
        }
        """);

    [Fact]
    public void Missing_required_fields_are_reported_on_the_object() => s_harness.ExpectErrors(
        """
        {
          complicatedArgs {
            complexArgField(complexArg: { intField: 4 })
          }
        }
        """,
        ("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", [(3, 33)]));

    [Fact]
    public void Partial_object_with_invalid_field_value() => s_harness.ExpectErrors(
        """
        {
          complicatedArgs {
            complexArgField(complexArg: {
              stringListField: ["one", 2],
              requiredField: true,
            })
          }
        }
        """,
        ("String cannot represent a non string value: 2", [(4, 32)]));

    [Fact]
    public void Unknown_input_field_with_suggestion() => s_harness.ExpectErrors(
        """
        {
          complicatedArgs {
            complexArgField(complexArg: {
              requiredField: true,
              invalidField: "value"
              stringFeld: "value"
            })
          }
        }
        """,
        ("Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", [(5, 7)]),
        ("Field \"stringFeld\" is not defined by type \"ComplexInput\". Did you mean \"stringField\", \"intField\", or \"stringListField\"?", [(6, 7)]));

    [Fact]
    public void Variable_default_values_are_checked() => s_harness.ExpectErrors(
        """
        query InvalidDefaultValues($a: Int = "one", $b: String = 4, $c: ComplexInput = { requiredField: false, intField: "x" }, $d: Int! = null) {
          dog { name }
        }
        """,
        ("Int cannot represent non-integer value: \"one\"", [(1, 38)]),
        ("String cannot represent a non string value: 4", [(1, 58)]),
        ("Int cannot represent non-integer value: \"x\"", [(1, 114)]),
        ("Expected value of type \"Int!\", found null.", [(1, 132)]));

    [Fact]
    public void Directive_arguments_are_checked() => s_harness.ExpectErrors(
        """
        {
          dog @include(if: "yes") {
            name @skip(if: ENUM)
          }
        }
        """,
        ("Boolean cannot represent a non boolean value: \"yes\"", [(2, 20)]),
        ("Boolean cannot represent a non boolean value: ENUM", [(3, 20)]));

    [Fact]
    public void Variables_are_not_checked_here() => s_harness.ExpectValid(
        """
        query Q($a: String, $b: Boolean) {
          complicatedArgs {
            intArgField(intArg: $a)
            complexArgField(complexArg: { requiredField: $b, intField: $a })
          }
        }
        """);

    [Fact]
    public void One_of_with_exactly_one_field() => s_harness.ExpectValid(
        """
        query Q($s: String!) {
          complicatedArgs {
            a: oneOfArgField(oneOfArg: { stringField: "abc" })
            b: oneOfArgField(oneOfArg: { intField: 1 })
            c: oneOfArgField(oneOfArg: { stringField: $s })
          }
        }
        """);

    [Fact]
    public void One_of_with_no_fields_or_many_fields() => s_harness.ExpectErrors(
        """
        query Q($s: String) {
          complicatedArgs {
            a: oneOfArgField(oneOfArg: {})
            b: oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 })
            c: oneOfArgField(oneOfArg: { stringField: $s, intField: 123 })
          }
        }
        """,
        ("OneOf Input Object \"OneOfInput\" must specify exactly one key.", [(3, 32)]),
        ("OneOf Input Object \"OneOfInput\" must specify exactly one key.", [(4, 32)]),
        ("OneOf Input Object \"OneOfInput\" must specify exactly one key.", [(5, 32)]));

    [Fact]
    public void One_of_with_null_field() => s_harness.ExpectErrors(
        """
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: null })
          }
        }
        """,
        ("Field \"OneOfInput.stringField\" must be non-null.", [(3, 29)]));

    [Fact]
    public void Custom_scalar_rejections_are_reported()
    {
        Schema schema = SchemaBuilder.FromDocument(Parser.Parse("scalar Date scalar Code type Query { on(date: Date, code: Code): Int }"))
            .BindScalar("Date", new ScalarCoercion
            {
                ParseLiteral = literal => literal is StringValueNode { Value.Length: 10 } text ? text.Value : throw new FormatException("Not an ISO date."),
            })
            .BindScalar("Code", new ScalarCoercion
            {
                ParseLiteral = literal => literal is IntValueNode ? 1 : throw new GraphQLException("Code must be an integer."),
            })
            .Build();
        var harness = new ValidationHarness(() => new ValuesOfCorrectTypeRule(), schema);

        harness.ExpectValid("{ on(date: \"2024-01-31\", code: 7) }");
        harness.ExpectErrors(
            "{ on(date: \"yesterday\", code: \"x\") }",
            ("Expected value of type \"Date\", found \"yesterday\"; Not an ISO date.", [(1, 12)]),
            ("Code must be an integer.", [(1, 31)]));
    }
}
