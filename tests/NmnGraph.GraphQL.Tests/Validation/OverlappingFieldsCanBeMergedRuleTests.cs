using NmnGraph.GraphQL.Types;
using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Validation;

public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly ValidationHarness s_harness = new(() => new OverlappingFieldsCanBeMergedRule());

    // Fields of the same name with different shapes across object types (graphql-js "return types must be unambiguous").
    private static readonly Schema s_shapes = ValidationHarness.BuildSchema(
        """
        interface SomeBox {
          deepBox: SomeBox
          unrelatedField: String
        }

        type StringBox implements SomeBox {
          scalar: String
          deepBox: StringBox
          unrelatedField: String
          listStringBox: [StringBox]
          stringBox: StringBox
          intBox: IntBox
        }

        type IntBox implements SomeBox {
          scalar: Int
          deepBox: IntBox
          unrelatedField: String
          listStringBox: [StringBox]
          stringBox: StringBox
          intBox: IntBox
        }

        interface NonNullStringBox1 {
          scalar: String!
        }

        type NonNullStringBox1Impl implements SomeBox & NonNullStringBox1 {
          scalar: String!
          unrelatedField: String
          deepBox: SomeBox
        }

        interface NonNullStringBox2 {
          scalar: String!
        }

        type NonNullStringBox2Impl implements SomeBox & NonNullStringBox2 {
          scalar: String!
          unrelatedField: String
          deepBox: SomeBox
        }

        type Connection {
          edges: [Edge]
        }

        type Edge {
          node: Node
        }

        type Node {
          id: ID
          name: String
        }

        type Query {
          someBox: SomeBox
          connection: Connection
        }
        """);

    private static readonly ValidationHarness s_shapesHarness = new(() => new OverlappingFieldsCanBeMergedRule(), s_shapes);

    [Fact]
    public void Unique_fields() => s_harness.ExpectValid("fragment uniqueFields on Dog { name nickname }");

    [Fact]
    public void Identical_fields_and_identical_fields_with_identical_args() => s_harness.ExpectValid(
        """
        fragment mergeIdenticalFields on Dog { name name }
        fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: SIT)
        }
        fragment mergeIdenticalFieldsWithIdenticalDirectives on Dog {
          name @include(if: true)
          name @include(if: true)
        }
        """);

    [Fact]
    public void Different_args_with_different_aliases_and_different_directives() => s_harness.ExpectValid(
        """
        fragment differentArgsWithDifferentAliases on Dog {
          knowsSit: doesKnowCommand(dogCommand: SIT)
          knowsDown: doesKnowCommand(dogCommand: DOWN)
        }
        fragment differentDirectivesWithDifferentAliases on Dog {
          nameIfTrue: name @include(if: true)
          nameIfFalse: name @include(if: false)
        }
        fragment mergeSameFieldsWithDifferentDirectives on Dog {
          name @include(if: true)
          name @include(if: false)
        }
        """);

    [Fact]
    public void Same_aliases_with_different_field_targets() => s_harness.ExpectErrors(
        """
        fragment sameAliasesWithDifferentFieldTargets on Dog {
          fido: name
          fido: nickname
        }
        """,
        ("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(2, 3), (3, 3)]));

    [Fact]
    public void Same_aliases_allowed_on_non_overlapping_fields() => s_harness.ExpectValid(
        """
        fragment sameAliasesWithDifferentFieldTargets on Pet {
          ... on Dog {
            name
          }
          ... on Cat {
            name: nickname
          }
        }
        """);

    [Fact]
    public void Alias_masking_direct_field_access() => s_harness.ExpectErrors(
        """
        fragment aliasMaskingDirectFieldAccess on Dog {
          name: nickname
          name
        }
        """,
        ("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(2, 3), (3, 3)]));

    [Fact]
    public void Different_args_second_adds_an_argument() => s_harness.ExpectErrors(
        """
        fragment conflictingArgs on Dog {
          doesKnowCommand
          doesKnowCommand(dogCommand: HEEL)
        }
        """,
        ("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", [(2, 3), (3, 3)]));

    [Fact]
    public void Conflicting_arg_values_and_names() => s_harness.ExpectErrors(
        """
        fragment conflictingArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: HEEL)
          isAtLocation(x: 0)
          isAtLocation(y: 0)
        }
        """,
        ("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", [(2, 3), (3, 3)]),
        ("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", [(4, 3), (5, 3)]));

    [Fact]
    public void Object_arguments_compare_regardless_of_field_order() => s_harness.ExpectValid(
        """
        {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: true, intField: 1 })
            complexArgField(complexArg: { intField: 1, requiredField: true })
          }
        }
        """);

    [Fact]
    public void Allows_different_args_where_no_conflict_is_possible() => s_harness.ExpectValid(
        """
        fragment conflictingArgs on Pet {
          ... on Dog {
            name(surname: true)
          }
          ... on Cat {
            name
          }
        }
        """);

    [Fact]
    public void Encounters_conflict_in_fragments() => s_harness.ExpectErrors(
        """
        {
          ...A
          ...B
        }
        fragment A on Type {
          x: a
        }
        fragment B on Type {
          x: b
        }
        """,
        ("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(6, 3), (9, 3)]));

    [Fact]
    public void Reports_each_conflict_once() => s_harness.ExpectErrors(
        """
        {
          f1 {
            ...A
            ...B
          }
          f2 {
            ...B
            ...A
          }
          f3 {
            ...A
            ...B
            x: c
          }
        }
        fragment A on Type {
          x: a
        }
        fragment B on Type {
          x: b
        }
        """,
        ("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(17, 3), (20, 3)]),
        ("Fields \"x\" conflict because \"c\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(13, 5), (17, 3)]),
        ("Fields \"x\" conflict because \"c\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(13, 5), (20, 3)]));

    [Fact]
    public void Deep_conflict() => s_harness.ExpectErrors(
        """
        {
          field {
            x: a
          },
          field {
            x: b
          }
        }
        """,
        ("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(2, 3), (3, 5), (5, 3), (6, 5)]));

    [Fact]
    public void Deep_conflict_with_multiple_issues() => s_harness.ExpectErrors(
        """
        {
          field {
            x: a
            y: c
          },
          field {
            x: b
            y: d
          }
        }
        """,
        ("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(2, 3), (3, 5), (4, 5), (6, 3), (7, 5), (8, 5)]));

    [Fact]
    public void Very_deep_conflict() => s_harness.ExpectErrors(
        """
        {
          field {
            deepField {
              x: a
            }
          },
          field {
            deepField {
              x: b
            }
          }
        }
        """,
        ("Fields \"field\" conflict because subfields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(2, 3), (3, 5), (4, 7), (7, 3), (8, 5), (9, 7)]));

    [Fact]
    public void Reports_deep_conflict_to_nearest_common_ancestor() => s_harness.ExpectErrors(
        """
        {
          field {
            deepField {
              x: a
            }
            deepField {
              x: b
            }
          },
          field {
            deepField {
              y
            }
          }
        }
        """,
        ("Fields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(3, 5), (4, 7), (6, 5), (7, 7)]));

    [Fact]
    public void Reports_deep_conflict_to_nearest_common_ancestor_in_fragments() => s_harness.ExpectErrors(
        """
        {
          field {
            ...F
          }
          field {
            ...F
          }
        }
        fragment F on T {
          deepField {
            deeperField {
              x: a
            }
            deeperField {
              x: b
            }
          },
          deepField {
            deeperField {
              y
            }
          }
        }
        """,
        ("Fields \"deeperField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(11, 5), (12, 7), (14, 5), (15, 7)]));

    [Fact]
    public void Reports_deep_conflict_in_nested_fragments() => s_harness.ExpectErrors(
        """
        {
          field {
            ...F
          }
          field {
            ...I
          }
        }
        fragment F on T {
          x: a
          ...G
        }
        fragment G on T {
          y: c
        }
        fragment I on T {
          y: d
          ...J
        }
        fragment J on T {
          x: b
        }
        """,
        ("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(2, 3), (10, 3), (14, 3), (5, 3), (21, 3), (17, 3)]));

    [Fact]
    public void Ignores_unknown_fragments() => s_harness.ExpectValid(
        """
        {
          field
          ...Unknown
          ...Known
        }
        fragment Known on T {
          field
          ...OtherUnknown
        }
        """);

    [Fact]
    public void Conflicting_return_types_which_potentially_overlap() => s_shapesHarness.ExpectErrors(
        """
        {
          someBox {
            ...on IntBox {
              scalar
            }
            ...on NonNullStringBox1 {
              scalar
            }
          }
        }
        """,
        ("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String!\". Use different aliases on the fields to fetch both if this was intentional.", [(4, 7), (7, 7)]));

    [Fact]
    public void Compatible_return_shapes_on_different_return_types() => s_shapesHarness.ExpectValid(
        """
        {
          someBox {
            ... on SomeBox {
              deepBox {
                unrelatedField
              }
            }
            ... on StringBox {
              deepBox {
                unrelatedField
              }
            }
          }
        }
        """);

    [Fact]
    public void Disallows_differing_return_types_despite_no_overlap() => s_shapesHarness.ExpectErrors(
        """
        {
          someBox {
            ... on IntBox {
              scalar
            }
            ... on StringBox {
              scalar
            }
          }
        }
        """,
        ("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", [(4, 7), (7, 7)]));

    [Fact]
    public void Disallows_differing_return_type_nullability_despite_no_overlap() => s_shapesHarness.ExpectErrors(
        """
        {
          someBox {
            ... on NonNullStringBox1 {
              scalar
            }
            ... on StringBox {
              scalar
            }
          }
        }
        """,
        ("Fields \"scalar\" conflict because they return conflicting types \"String!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", [(4, 7), (7, 7)]));

    [Fact]
    public void Disallows_differing_return_type_list_despite_no_overlap() => s_shapesHarness.ExpectErrors(
        """
        {
          someBox {
            ... on IntBox {
              box: listStringBox {
                scalar
              }
            }
            ... on StringBox {
              box: stringBox {
                scalar
              }
            }
          }
        }
        """,
        ("Fields \"box\" conflict because they return conflicting types \"[StringBox]\" and \"StringBox\". Use different aliases on the fields to fetch both if this was intentional.", [(4, 7), (9, 7)]));

    [Fact]
    public void Disallows_differing_subfields() => s_shapesHarness.ExpectErrors(
        """
        {
          someBox {
            ... on IntBox {
              box: stringBox {
                val: scalar
                val: unrelatedField
              }
            }
            ... on StringBox {
              box: stringBox {
                val: scalar
              }
            }
          }
        }
        """,
        ("Fields \"val\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(5, 9), (6, 9)]));

    [Fact]
    public void Disallows_differing_deep_return_types_despite_no_overlap() => s_shapesHarness.ExpectErrors(
        """
        {
          someBox {
            ... on IntBox {
              box: stringBox {
                scalar
              }
            }
            ... on StringBox {
              box: intBox {
                scalar
              }
            }
          }
        }
        """,
        ("Fields \"box\" conflict because subfields \"scalar\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.", [(4, 7), (5, 9), (9, 7), (10, 9)]));

    [Fact]
    public void Allows_non_conflicting_overlapping_types() => s_shapesHarness.ExpectValid(
        """
        {
          someBox {
            ... on IntBox {
              scalar: unrelatedField
            }
            ... on StringBox {
              scalar
            }
          }
        }
        """);

    [Fact]
    public void Reports_correctly_when_a_non_exclusive_follows_an_exclusive() => s_shapesHarness.ExpectErrors(
        """
        {
          someBox {
            ... on IntBox {
              deepBox {
                ...X
              }
            }
          }
          someBox {
            ... on StringBox {
              deepBox {
                ...Y
              }
            }
          }
          memoed: someBox {
            ... on IntBox {
              deepBox {
                ...X
              }
            }
          }
          memoed: someBox {
            ... on IntBox {
              deepBox {
                ...Y
              }
            }
          }
        }
        fragment X on SomeBox {
          scalar
        }
        fragment Y on SomeBox {
          scalar: unrelatedField
        }
        """,
        ("Fields \"memoed\" conflict because subfields \"deepBox\" conflict because subfields \"scalar\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(16, 3), (18, 7), (32, 3), (23, 3), (25, 7), (35, 3)]));

    [Fact]
    public void Same_wrapped_scalar_return_types_and_typename_are_compatible() => s_shapesHarness.ExpectValid(
        """
        {
          someBox {
            ...on NonNullStringBox1 {
              scalar
            }
            ...on NonNullStringBox2 {
              scalar
            }
            __typename
            __typename
          }
        }
        """);

    [Fact]
    public void Compares_deep_types_including_lists() => s_shapesHarness.ExpectErrors(
        """
        {
          connection {
            ...edgeID
            edges {
              node {
                id: name
              }
            }
          }
        }

        fragment edgeID on Connection {
          edges {
            node {
              id
            }
          }
        }
        """,
        ("Fields \"edges\" conflict because subfields \"node\" conflict because subfields \"id\" conflict because \"name\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(4, 5), (5, 7), (6, 9), (13, 3), (14, 5), (15, 7)]));

    [Fact]
    public void Ignores_unknown_types() => s_shapesHarness.ExpectValid(
        """
        {
          someBox {
            ...on UnknownType {
              scalar
            }
            ...on NonNullStringBox2 {
              scalar
            }
          }
        }
        """);

    [Fact]
    public void Does_not_loop_on_fragment_cycles() => s_harness.ExpectValid(
        """
        {
          ...fragA
        }
        fragment fragA on Human { name, relatives { name, ...fragA } }
        fragment fragB on Human { name, relatives { name, ...fragA } }
        """);

    [Fact]
    public void Finds_conflict_between_spread_fragment_and_its_own_nested_spread() => s_harness.ExpectErrors(
        """
        {
          dog { ...A }
        }
        fragment A on Dog { name, ...B }
        fragment B on Dog { name: nickname }
        """,
        ("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(4, 21), (5, 21)]));

    [Fact]
    public void Same_variable_argument_merges_and_different_variables_conflict() => s_harness.ExpectErrors(
        """
        query Q($a: DogCommand, $b: DogCommand) {
          dog {
            doesKnowCommand(dogCommand: $a)
            doesKnowCommand(dogCommand: $a)
            ... on Dog {
              doesKnowCommand(dogCommand: $b)
            }
          }
        }
        """,
        ("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", [(3, 5), (6, 7)]),
        ("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", [(4, 5), (6, 7)]));

    [Fact]
    public void Conflict_between_inline_fragment_fields_and_a_spread() => s_harness.ExpectErrors(
        """
        {
          dog {
            ... on Dog { title: name }
            ...Nick
          }
        }
        fragment Nick on Dog { title: nickname }
        """,
        ("Fields \"title\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", [(3, 18), (7, 24)]));
}
