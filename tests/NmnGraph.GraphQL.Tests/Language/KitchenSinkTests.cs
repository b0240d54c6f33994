using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Tests.Language;

public sealed class KitchenSinkTests
{
    internal const string ExecutableKitchenSink = """"
        # A comment that is ignored, with a comma, and unicode: é 😀
        """
        Fetches an article with everything attached.
        """
        query ArticleWithEverything(
          "The article to load"
          $id: ID! = "A1" @deprecated
          $first: Int = 10,
          $filter: [ClaimFilter!] = [{stance: SUPPORTS, levels: [HUMAN_TRIAL, ANIMAL]}, {text: "n\u00e9 \u{1F600} \"q\""}]
          """
          A block description
          """
          $flag: Boolean = false
          $nothing: String = null
          $ratio: Float = -1.5e-3
          $matrix: [[Int!]]! = [[1, 2], [], [-0]]
        ) @live(throttle: 2) @cached {
          whoever123is: node(id: [123, 456]) {
            id
            ... on Article @include(if: $flag) {
              title(lang: EN)
              claims(first: $first, where: {filter: $filter, exact: true, nested: {deep: [$id]}}) @skip(if: false) {
                edges { node { ...ClaimFields } }
              }
            }
            ...ArticleFields @defer(label: "later")
            ... @include(if: true) { __typename }
            ... { id }
          }
          search(text: """
            block
              string "with" quotes \""" escaped
          """, limit: 5)
          unicode(text: "\uD83D\uDE00 and \u{10FFFF} and \t\b\f\r\n\\\/")
          query
          mutation: subscription
          fragment(on: on)
          veryLongFieldNameThatNeedsWrapping(firstArgument: "some value", secondArgument: 123456, third: ENUM_VALUE)
        }

        "A mutation"
        mutation AddClaim($input: AddClaimInput!) {
          addClaim(input: $input) { claim { id } errors { message } }
        }

        subscription OnClaim @live { claimAdded { id } }

        """Claim fields fragment"""
        fragment ClaimFields on Claim @dir(a: {b: [1, 2.5, "c", ENUM, null, true]}) {
          id
          alias: statement
        }

        fragment ArticleFields on Article { title }

        { unnamed(truthy: true, falsy: false, nullish: null), query }

        query { shorthandLike }

        query ($anonymous: Int) { a }
        """";

    internal const string SchemaKitchenSink = """"
        """
        The schema of NmnGraph.
        """
        schema @link(url: "https://example.com") {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        extend schema @extra

        extend schema { subscription: Subscription }

        "A custom scalar" scalar DateTime @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

        extend scalar DateTime @extra

        """
        A thing with an `id`.
        """
        interface Node { id: ID! }

        interface Entity implements & Node @key(fields: "id") {
          id: ID!
          "When it was made" createdAt: DateTime
        }

        type Article implements Node & Entity @key(fields: "id") {
          id: ID!
          createdAt: DateTime
          """
          The title, in the language asked for.
            Indented second line.
          """
          title(
            "The language"
            lang: Language = EN @deprecated(reason: "use locale")
            fallback: [String!]! = ["en", "fr"]
          ): String @deprecated
          claims(first: Int = 10, after: String, where: ClaimFilter = {stance: SUPPORTS, levels: []}): ClaimConnection!
          score: Float
        }

        type Empty

        type Query { article(id: ID!): Article, search(text: String!): [SearchResult!]! }

        extend type Article implements Searchable @extra {
          related: [Article!]
        }

        extend type Article implements Other

        extend interface Entity @extra

        extend interface Entity implements Other { other: Int }

        union SearchResult @unionDir = | Article | Study | Claim

        union NoMembers

        extend union SearchResult = Topic

        extend union SearchResult @extra

        enum Stance @enumDir {
          "Supports the claim" SUPPORTS
          PARTIALLY_SUPPORTS @deprecated
          """
          Contradicts
          """
          CONTRADICTS
          NOT_ADDRESSED
          on
        }

        enum NoValues

        extend enum Stance { UNKNOWN }

        extend enum Stance @extra

        input ClaimFilter @inputDir {
          stance: Stance = SUPPORTS
          "Levels" levels: [Level!] = [HUMAN_TRIAL]
          text: String @deprecated
        }

        input NoFields

        extend input ClaimFilter { exact: Boolean = false }

        extend input ClaimFilter @extra

        "Marks a field as live"
        directive @live(throttle: Int = 1) repeatable on QUERY | SUBSCRIPTION | FIELD

        directive @extra on
          | SCHEMA
          | SCALAR
          | OBJECT
          | FIELD_DEFINITION
          | ARGUMENT_DEFINITION
          | INTERFACE
          | UNION
          | ENUM
          | ENUM_VALUE
          | INPUT_OBJECT
          | INPUT_FIELD_DEFINITION

        directive @all(
          """
          Multi-line argument description
          """
          arg: Int
        ) on MUTATION | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION
        """";

    [Theory]
    [InlineData(ExecutableKitchenSink)]
    [InlineData(SchemaKitchenSink)]
    public void Round_trips_through_the_printer(string source)
    {
        DocumentNode parsed = Parser.Parse(source);
        string printed = Printer.Print(parsed);
        DocumentNode reparsed = Parser.Parse(printed);

        AstComparer.AssertEqual(parsed, reparsed);
        Assert.Equal(printed, Printer.Print(reparsed));
    }

    [Fact]
    public void Executable_kitchen_sink_has_every_construct()
    {
        DocumentNode document = Parser.Parse(ExecutableKitchenSink);
        Assert.Equal(8, document.Definitions.Count);

        var query = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal("Fetches an article with everything attached.", query.Description!.Value);
        Assert.True(query.Description.Block);
        Assert.Equal(OperationType.Query, query.Operation);
        Assert.Equal(7, query.VariableDefinitions.Count);
        Assert.Equal("The article to load", query.VariableDefinitions[0].Description!.Value);
        Assert.Equal("deprecated", Assert.Single(query.VariableDefinitions[0].Directives).Name.Value);
        Assert.Equal("A block description", query.VariableDefinitions[3].Description!.Value);
        Assert.Null(query.VariableDefinitions[1].Description);

        var filterDefault = Assert.IsType<ListValueNode>(query.VariableDefinitions[2].DefaultValue);
        var second = Assert.IsType<ObjectValueNode>(filterDefault.Values[1]);
        Assert.Equal("n\u00e9 \U0001F600 \"q\"", Assert.IsType<StringValueNode>(second.Fields[0].Value).Value);
        Assert.IsType<NullValueNode>(query.VariableDefinitions[4].DefaultValue);
        Assert.Equal("-1.5e-3", Assert.IsType<FloatValueNode>(query.VariableDefinitions[5].DefaultValue).Value);

        var node = Assert.IsType<FieldNode>(query.SelectionSet.Selections[0]);
        Assert.Equal("whoever123is", node.ResponseName);
        Assert.IsType<InlineFragmentNode>(node.SelectionSet!.Selections[1]);
        Assert.IsType<FragmentSpreadNode>(node.SelectionSet.Selections[2]);
        Assert.Null(Assert.IsType<InlineFragmentNode>(node.SelectionSet.Selections[3]).TypeCondition);

        var search = Assert.IsType<FieldNode>(query.SelectionSet.Selections[1]);
        var block = Assert.IsType<StringValueNode>(search.Arguments[0].Value);
        Assert.True(block.Block);
        Assert.Equal("block\n  string \"with\" quotes \"\"\" escaped", block.Value);

        var unicode = Assert.IsType<FieldNode>(query.SelectionSet.Selections[2]);
        Assert.Equal("\U0001F600 and \U0010FFFF and \t\b\f\r\n\\/", Assert.IsType<StringValueNode>(unicode.Arguments[0].Value).Value);

        var keywordAlias = Assert.IsType<FieldNode>(query.SelectionSet.Selections[4]);
        Assert.Equal(("mutation", "subscription"), (keywordAlias.Alias!.Value, keywordAlias.Name.Value));

        var mutation = Assert.IsType<OperationDefinitionNode>(document.Definitions[1]);
        Assert.Equal((OperationType.Mutation, "A mutation"), (mutation.Operation, mutation.Description!.Value));
        Assert.Equal(OperationType.Subscription, Assert.IsType<OperationDefinitionNode>(document.Definitions[2]).Operation);

        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[3]);
        Assert.Equal(("ClaimFields", "Claim", "Claim fields fragment"), (fragment.Name.Value, fragment.TypeCondition.Name.Value, fragment.Description!.Value));

        var shorthand = Assert.IsType<OperationDefinitionNode>(document.Definitions[5]);
        Assert.Null(shorthand.Name);
        Assert.Null(shorthand.Description);
    }

    [Fact]
    public void Schema_kitchen_sink_has_every_construct()
    {
        DocumentNode document = Parser.Parse(SchemaKitchenSink);

        var schema = Assert.IsType<SchemaDefinitionNode>(document.Definitions[0]);
        Assert.Equal("The schema of NmnGraph.", schema.Description!.Value);
        Assert.Equal(
            [OperationType.Query, OperationType.Mutation, OperationType.Subscription],
            schema.OperationTypes.Select(o => o.Operation));

        Assert.Equal("extra", Assert.Single(Assert.IsType<SchemaExtensionNode>(document.Definitions[1]).Directives).Name.Value);
        Assert.Equal(OperationType.Subscription, Assert.Single(Assert.IsType<SchemaExtensionNode>(document.Definitions[2]).OperationTypes).Operation);
        Assert.Equal("A custom scalar", Assert.IsType<ScalarTypeDefinitionNode>(document.Definitions[3]).Description!.Value);
        Assert.IsType<ScalarTypeExtensionNode>(document.Definitions[4]);

        var entity = Assert.IsType<InterfaceTypeDefinitionNode>(document.Definitions[6]);
        Assert.Equal("Node", Assert.Single(entity.Interfaces).Name.Value);

        var article = Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[7]);
        Assert.Equal(["Node", "Entity"], article.Interfaces.Select(i => i.Name.Value));
        FieldDefinitionNode title = article.Fields[2];
        Assert.Equal("The title, in the language asked for.\n  Indented second line.", title.Description!.Value);
        Assert.Equal("The language", title.Arguments[0].Description!.Value);
        Assert.Equal("EN", Assert.IsType<EnumValueNode>(title.Arguments[0].DefaultValue).Value);

        var empty = Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[8]);
        Assert.Empty(empty.Fields);
        Assert.Empty(empty.Interfaces);

        Assert.Equal(["Searchable"], Assert.IsType<ObjectTypeExtensionNode>(document.Definitions[10]).Interfaces.Select(i => i.Name.Value));
        Assert.Empty(Assert.IsType<ObjectTypeExtensionNode>(document.Definitions[11]).Fields);
        Assert.IsType<InterfaceTypeExtensionNode>(document.Definitions[12]);

        var union = Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[14]);
        Assert.Equal(["Article", "Study", "Claim"], union.Types.Select(t => t.Name.Value));
        Assert.Empty(Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[15]).Types);
        Assert.IsType<UnionTypeExtensionNode>(document.Definitions[16]);

        var stance = Assert.IsType<EnumTypeDefinitionNode>(document.Definitions[18]);
        Assert.Equal(["SUPPORTS", "PARTIALLY_SUPPORTS", "CONTRADICTS", "NOT_ADDRESSED", "on"], stance.Values.Select(v => v.Name.Value));
        Assert.Equal("Supports the claim", stance.Values[0].Description!.Value);

        Assert.IsType<InputObjectTypeDefinitionNode>(document.Definitions[22]);
        Assert.IsType<InputObjectTypeExtensionNode>(document.Definitions[25]);

        var live = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[26]);
        Assert.True(live.Repeatable);
        Assert.Equal(["QUERY", "SUBSCRIPTION", "FIELD"], live.Locations.Select(l => l.Value));
        var extra = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[27]);
        Assert.False(extra.Repeatable);
        Assert.Equal(11, extra.Locations.Count);
        Assert.Equal(29, document.Definitions.Count);
    }

    [Fact]
    public void Keywords_are_ordinary_names_where_a_name_is_expected()
    {
        DocumentNode document = Parser.Parse("query query { query: mutation(subscription: fragment) { on type: schema } ...onX } fragment onX on on { on }");
        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal("query", operation.Name!.Value);
        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal(("query", "mutation"), (field.Alias!.Value, field.Name.Value));
        Assert.Equal("onX", Assert.IsType<FragmentSpreadNode>(operation.SelectionSet.Selections[1]).Name.Value);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal("on", fragment.TypeCondition.Name.Value);
    }
}
