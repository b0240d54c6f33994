using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;
using NmnGraph.GraphQL.Validation;
using NmnGraph.GraphQL.Validation.Rules;

namespace NmnGraph.GraphQL.Tests.Conformance;

/// <summary>
/// Spot checks of the spec's Validation section (§5) on its own example schema: Single Root Field (§5.2.3.1),
/// Field Selection Merging (§5.3.2) and All Variable Usages Are Allowed (§5.8.5). The spec shows fragments on
/// their own, so unused fragments are not reported here.
/// </summary>
public class Section5_ValidationTests
{
    private static readonly Schema s_schema = SchemaBuilder.FromSdl("""
        type Query {
          dog: Dog
          findDog(searchBy: FindDogInput): Dog
        }

        type Mutation {
          addPet(pet: PetInput!): Pet
          addPets(pets: [PetInput!]!): [Pet]
        }

        enum DogCommand {
          SIT
          DOWN
          HEEL
        }

        type Dog implements Pet {
          name: String!
          nickname: String
          barkVolume: Int
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHouseTrained(atOtherHomes: Boolean): Boolean!
          owner: Human
        }

        interface Sentient {
          name: String!
        }

        interface Pet {
          name: String!
        }

        type Alien implements Sentient {
          name: String!
          homePlanet: String
        }

        type Human implements Sentient {
          name: String!
          pets: [Pet!]
        }

        enum CatCommand {
          JUMP
        }

        type Cat implements Pet {
          name: String!
          nickname: String
          doesKnowCommand(catCommand: CatCommand!): Boolean!
          meowVolume: Int
        }

        union CatOrDog = Cat | Dog
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien

        input FindDogInput {
          name: String
          owner: String
        }

        input CatInput {
          name: String!
          nickname: String
          meowVolume: Int
        }

        input DogInput {
          name: String!
          nickname: String
          barkVolume: Int
        }

        input PetInput @oneOf {
          cat: CatInput
          dog: DogInput
        }

        extend type Query {
          human: Human
          pet: Pet
          catOrDog: CatOrDog
        }

        type Arguments {
          multipleRequirements(x: Int!, y: Int!): Int!
          booleanArgField(booleanArg: Boolean): Boolean
          floatArgField(floatArg: Float): Float
          intArgField(intArg: Int): Int
          nonNullBooleanArgField(nonNullBooleanArg: Boolean!): Boolean!
          booleanListArgField(booleanListArg: [Boolean]!): [Boolean]
          optionalNonNullBooleanArgField(optionalBooleanArg: Boolean! = false): Boolean!
        }

        extend type Query {
          arguments: Arguments
        }

        extend type Query {
          booleanList(booleanListArg: [Boolean!]): Boolean
        }

        type Subscription { newMessage: Message disallowedSecondRootField: Boolean }
        type Message { body: String sender: String }
        """).Build();

    private static readonly ValidationOptions s_options = new()
    {
        Rules = [.. SpecifiedRules.All.Where(create => create() is not NoUnusedFragmentsRule)],
    };

    [Theory]
    [InlineData(
        """
        subscription sub {
          newMessage {
            body
            sender
          }
        }
        """,
        "")]
    [InlineData(
        """
        subscription sub {
          ...newMessageFields
        }

        fragment newMessageFields on Subscription {
          newMessage {
            body
            sender
          }
        }
        """,
        "")]
    [InlineData(
        """
        subscription sub {
          newMessage {
            body
            sender
          }
          disallowedSecondRootField
        }
        """,
        """
        Subscription "sub" must select only one top level field.
        """)]
    [InlineData(
        """
        subscription sub {
          ...multipleSubscriptions
        }

        fragment multipleSubscriptions on Subscription {
          newMessage {
            body
            sender
          }
          disallowedSecondRootField
        }
        """,
        """
        Subscription "sub" must select only one top level field.
        """)]
    [InlineData(
        """
        subscription requiredRuntimeValidation($bool: Boolean!) {
          newMessage @include(if: $bool) {
            body
            sender
          }
          disallowedSecondRootField @skip(if: $bool)
        }
        """,
        """
        Subscription "requiredRuntimeValidation" must not use `@skip` or `@include` directives in the top level selection.
        """)]
    [InlineData(
        """
        subscription sub {
          __typename
        }
        """,
        """
        Subscription "sub" must not select an introspection top level field.
        """)]
    public void Single_root_field(string document, string expected) => Assert.Equal(expected, Validate(document));

    [Theory]
    [InlineData(
        """
        fragment mergeIdenticalFields on Dog {
          name
          name
        }

        fragment mergeIdenticalAliasesAndFields on Dog {
          otherName: name
          otherName: name
        }
        """,
        "")]
    [InlineData(
        """
        fragment conflictingBecauseAlias on Dog {
          name: nickname
          name
        }
        """,
        """
        Fields "name" conflict because "nickname" and "name" are different fields. Use different aliases on the fields to fetch both if this was intentional.
        """)]
    [InlineData(
        """
        fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: SIT)
        }

        fragment mergeIdenticalFieldsWithIdenticalValues on Dog {
          doesKnowCommand(dogCommand: $dogCommand)
          doesKnowCommand(dogCommand: $dogCommand)
        }
        """,
        "")]
    [InlineData(
        """
        fragment conflictingArgsOnValues on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: HEEL)
        }

        fragment conflictingArgsValueAndVar on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: $dogCommand)
        }

        fragment conflictingArgsWithVars on Dog {
          doesKnowCommand(dogCommand: $varOne)
          doesKnowCommand(dogCommand: $varTwo)
        }

        fragment differingArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand
        }
        """,
        """
        Fields "doesKnowCommand" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.
        Fields "doesKnowCommand" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.
        Fields "doesKnowCommand" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.
        Fields "doesKnowCommand" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.
        Field "doesKnowCommand" argument "dogCommand" of type "DogCommand!" is required, but it was not provided.
        """)]
    [InlineData(
        """
        fragment safeDifferingFields on Pet {
          ... on Dog {
            volume: barkVolume
          }
          ... on Cat {
            volume: meowVolume
          }
        }

        fragment safeDifferingArgs on Pet {
          ... on Dog {
            doesKnowCommand(dogCommand: SIT)
          }
          ... on Cat {
            doesKnowCommand(catCommand: JUMP)
          }
        }
        """,
        "")]
    [InlineData(
        """
        fragment conflictingDifferingResponses on Pet {
          ... on Dog {
            someValue: nickname
          }
          ... on Cat {
            someValue: meowVolume
          }
        }
        """,
        """
        Fields "someValue" conflict because they return conflicting types "String" and "Int". Use different aliases on the fields to fetch both if this was intentional.
        """)]
    public void Field_selection_merging(string document, string expected) => Assert.Equal(expected, Validate(document));

    [Theory]
    [InlineData(
        """
        query intCannotGoIntoBoolean($intArg: Int) {
          arguments {
            booleanArgField(booleanArg: $intArg)
          }
        }
        """,
        """
        Variable "$intArg" of type "Int" used in position expecting type "Boolean".
        """)]
    [InlineData(
        """
        query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) {
          arguments {
            booleanArgField(booleanArg: $booleanListArg)
          }
        }
        """,
        """
        Variable "$booleanListArg" of type "[Boolean]" used in position expecting type "Boolean".
        """)]
    [InlineData(
        """
        query booleanArgQuery($booleanArg: Boolean) {
          arguments {
            nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
          }
        }
        """,
        """
        Variable "$booleanArg" of type "Boolean" used in position expecting type "Boolean!".
        """)]
    [InlineData(
        """
        query nonNullListToList($nonNullBooleanList: [Boolean]!) {
          arguments {
            booleanListArgField(booleanListArg: $nonNullBooleanList)
          }
        }
        """,
        "")]
    [InlineData(
        """
        mutation addCat($cat: CatInput!) {
          addPet(pet: { cat: $cat }) {
            name
          }
        }

        mutation addCatWithDefault($cat: CatInput! = { name: "Brontie" }) {
          addPet(pet: { cat: $cat }) {
            name
          }
        }
        """,
        "")]
    [InlineData(
        """
        mutation addNullableCat($cat: CatInput) {
          addPet(pet: { cat: $cat }) {
            name
          }
        }
        """,
        """
        Variable "$cat" is of type "CatInput" but must be non-nullable to be used for OneOf Input Object "PetInput".
        """)]
    [InlineData(
        """
        query booleanArgQueryWithDefault($booleanArg: Boolean) {
          arguments {
            optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg)
          }
        }
        """,
        "")]
    [InlineData(
        """
        query booleanArgQueryWithDefault($booleanArg: Boolean = true) {
          arguments {
            nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
          }
        }
        """,
        "")]
    public void All_variable_usages_are_allowed(string document, string expected) => Assert.Equal(expected, Validate(document));

    private static string Validate(string document) =>
        string.Join("\n", DocumentValidator.Validate(s_schema, Parser.Parse(document), s_options).Select(error => error.Message));
}
