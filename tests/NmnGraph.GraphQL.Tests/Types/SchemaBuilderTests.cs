using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Tests.Types;

public class SchemaBuilderTests
{
    private const string KitchenSink = """"
        "The whole schema."
        schema {
          query: Root
          mutation: Change
        }

        "A marker with a free-form argument."
        directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION | INTERFACE

        directive @internal on FIELD | QUERY

        """
        A thing that can be fetched.
        It has an id.
        """
        interface Node {
          id: ID!
        }

        interface Resource implements Node {
          id: ID!
          url: String
        }

        type Root {
          "Fetches a node."
          node(id: ID!): Node
          search(text: String!, first: Int = 20): [Result!]!
          oldField: String @deprecated
          legacy(old: Int @deprecated(reason: "Use new."), new: Int): String @deprecated(reason: "Use `search`.")
        }

        type Change {
          add(input: AddInput!): Article
        }

        type Article implements Resource & Node @tag(name: "a") @tag(name: "b") {
          id: ID!
          url: String
          title: String! @tag(name: "t")
          published: Date
          color: Color
        }

        type Study implements Node {
          id: ID!
        }

        union Result = Article | Study

        enum Color {
          "Red."
          RED
          GREEN @deprecated(reason: "Too green.")
          BLUE
        }

        input AddInput {
          title: String!
          tags: [String!] = ["x"]
          nested: Nested
          old: String @deprecated
        }

        input Nested @oneOf {
          byId: ID
          bySlug: String
        }

        scalar Date @specifiedBy(url: "https://example.com/date")

        extend type Study {
          title: String
        }

        extend interface Resource {
          size: Int
        }

        extend type Article {
          size: Int
        }

        extend union Result = Extra

        type Extra {
          x: Int
        }

        extend enum Color {
          BLACK
        }

        extend input AddInput {
          extra: Int
        }

        extend scalar Date @tagScalar

        directive @tagScalar on SCALAR

        extend schema {
          subscription: Events
        }

        type Events {
          changed: Article
        }
        """";

    [Fact]
    public void Builds_every_kind_of_type()
    {
        Schema schema = SchemaBuilder.FromSdl(KitchenSink).Build();

        Assert.Equal("The whole schema.", schema.Description);
        Assert.Equal("Root", schema.QueryType.Name);
        Assert.Equal("Change", schema.MutationType!.Name);
        Assert.Equal("Events", schema.SubscriptionType!.Name);

        var article = Assert.IsType<ObjectType>(schema.GetType("Article"));
        Assert.Equal(["id", "url", "title", "published", "color", "size"], article.Fields.Select(f => f.Name));
        Assert.Equal(["Resource", "Node"], article.Interfaces.Select(i => i.Name));
        Assert.Equal("Article.title", article.Fields["title"].Coordinate);
        Assert.Equal("String!", article.Fields["title"].Type.ToString());
        Assert.Equal(2, article.Directives.Count);

        var resource = Assert.IsType<InterfaceType>(schema.GetType("Resource"));
        Assert.Equal(["Node"], resource.Interfaces.Select(i => i.Name));
        Assert.Equal(["id", "url", "size"], resource.Fields.Select(f => f.Name));

        var node = Assert.IsType<InterfaceType>(schema.GetType("Node"));
        Assert.Equal("A thing that can be fetched.\nIt has an id.", node.Description);
        Assert.Equal(["Article", "Study"], schema.GetPossibleTypes(node).Select(t => t.Name));
        Assert.Equal(["Resource"], schema.GetInterfaceImplementations(node).Select(t => t.Name));
        Assert.True(schema.IsSubType(node, resource));
        Assert.True(schema.IsSubType(node, article));
        Assert.False(schema.IsSubType(resource, schema.GetType("Study")!));

        var result = Assert.IsType<UnionType>(schema.GetType("Result"));
        Assert.Equal(["Article", "Study", "Extra"], result.Types.Select(t => t.Name));

        var color = Assert.IsType<EnumType>(schema.GetType("Color"));
        Assert.Equal(["RED", "GREEN", "BLUE", "BLACK"], color.Values.Select(v => v.Name));
        Assert.Equal("Red.", color.Values["RED"].Description);
        Assert.Equal("Too green.", color.Values["GREEN"].DeprecationReason);

        var input = Assert.IsType<InputObjectType>(schema.GetType("AddInput"));
        Assert.Equal(["title", "tags", "nested", "old", "extra"], input.Fields.Select(f => f.Name));
        Assert.Equal("[String!]", input.Fields["tags"].Type.ToString());
        Assert.NotNull(input.Fields["tags"].DefaultValue);
        Assert.Equal("No longer supported", input.Fields["old"].DeprecationReason);
        Assert.False(input.IsOneOf);
        Assert.True(Assert.IsType<InputObjectType>(schema.GetType("Nested")).IsOneOf);

        var date = Assert.IsType<ScalarType>(schema.GetType("Date"));
        Assert.Equal("https://example.com/date", date.SpecifiedByUrl);
        Assert.Single(date.ExtensionAstNodes);

        OutputField legacy = schema.QueryType.Fields["legacy"];
        Assert.Equal("Use `search`.", legacy.DeprecationReason);
        Assert.Equal("Use new.", legacy.Arguments["old"].DeprecationReason);
        Assert.Equal("Root.legacy(old:)", legacy.Arguments["old"].Coordinate);
        Assert.Equal("No longer supported", schema.QueryType.Fields["oldField"].DeprecationReason);

        DirectiveDefinition tag = schema.GetDirective("tag")!;
        Assert.True(tag.IsRepeatable);
        Assert.Equal(DirectiveLocation.Object | DirectiveLocation.FieldDefinition | DirectiveLocation.Interface, tag.Locations);
        Assert.Equal("A marker with a free-form argument.", tag.Description);
        Assert.True(schema.GetDirective("internal")!.HasLocation(DirectiveLocation.Query));
        Assert.NotNull(schema.GetDirective("skip"));
        Assert.NotNull(schema.GetDirective("oneOf"));
        Assert.NotNull(schema.GetType("__Schema"));
    }

    [Fact]
    public void Prints_the_kitchen_sink_in_printSchema_layout()
    {
        Schema schema = SchemaBuilder.FromSdl(KitchenSink).Build();
        string expected = """"
            "The whole schema."
            schema {
              query: Root
              mutation: Change
              subscription: Events
            }

            "A marker with a free-form argument."
            directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION | INTERFACE

            directive @internal on FIELD | QUERY

            directive @tagScalar on SCALAR

            """
            A thing that can be fetched.
            It has an id.
            """
            interface Node {
              id: ID!
            }

            interface Resource implements Node {
              id: ID!
              url: String
              size: Int
            }

            type Root {
              "Fetches a node."
              node(id: ID!): Node
              search(text: String!, first: Int = 20): [Result!]!
              oldField: String @deprecated
              legacy(old: Int @deprecated(reason: "Use new."), new: Int): String @deprecated(reason: "Use `search`.")
            }

            type Change {
              add(input: AddInput!): Article
            }

            type Article implements Resource & Node {
              id: ID!
              url: String
              title: String!
              published: Date
              color: Color
              size: Int
            }

            type Study implements Node {
              id: ID!
              title: String
            }

            union Result = Article | Study | Extra

            enum Color {
              "Red."
              RED
              GREEN @deprecated(reason: "Too green.")
              BLUE
              BLACK
            }

            input AddInput {
              title: String!
              tags: [String!] = ["x"]
              nested: Nested
              old: String @deprecated
              extra: Int
            }

            input Nested @oneOf {
              byId: ID
              bySlug: String
            }

            scalar Date @specifiedBy(url: "https://example.com/date")

            type Extra {
              x: Int
            }

            type Events {
              changed: Article
            }

            """";
        Assert.Equal(expected, SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Default_root_names_are_used_without_a_schema_definition()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }").Build();
        Assert.Equal("Query", schema.QueryType.Name);
        Assert.Equal("Mutation", schema.MutationType!.Name);
        Assert.Equal("Subscription", schema.SubscriptionType!.Name);
        Assert.Equal("type Query {\n  a: Int\n}\n\ntype Mutation {\n  b: Int\n}\n\ntype Subscription {\n  c: Int\n}\n", SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Printer_puts_a_blank_line_before_described_members_and_breaks_described_arguments()
    {
        Schema schema = SchemaBuilder.FromSdl("""
            type Query {
              a: Int
              "B."
              b(
                "The x."
                x: Int
                y: String = "q"
              ): Int
            }
            """).Build();
        Assert.Equal("type Query {\n  a: Int\n\n  \"B.\"\n  b(\n    \"The x.\"\n    x: Int\n    y: String = \"q\"\n  ): Int\n}\n", SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Printed_schema_rebuilds_to_the_same_print()
    {
        string printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(KitchenSink).Build());
        Assert.Equal(printed, SchemaPrinter.Print(SchemaBuilder.FromSdl(printed).Build()));
    }

    [Fact]
    public void Definition_of_a_built_in_scalar_means_the_built_in_one()
    {
        Schema schema = SchemaBuilder.FromSdl("scalar String type Query { a: String }").Build();
        Assert.Same(ScalarType.String, schema.GetType("String"));
    }

    [Fact]
    public void Types_keep_definition_order_with_builtins_and_introspection_last()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { b: B, i: Int } type B { f: Float }").Build();
        Assert.Equal(
            ["Query", "B", "String", "Int", "Float", "Boolean", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"],
            schema.Types.Select(t => t.Name));
    }

    [Fact]
    public void Type_references_compare_structurally()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { a: [String!]!, b: [String!]!, c: [String] }").Build();
        IType a = schema.QueryType.Fields["a"].Type;
        Assert.Equal(a, schema.QueryType.Fields["b"].Type);
        Assert.NotEqual(a, schema.QueryType.Fields["c"].Type);
        Assert.Equal("[String!]!", a.ToString());
        Assert.Same(ScalarType.String, a.GetNamedType());
        Assert.Equal("[String!]", a.GetNullableType().ToString());
        Assert.True(a.IsOutputType());
        Assert.True(a.IsInputType());
        Assert.False(a.IsLeafType());
        Assert.True(a.GetNamedType().IsLeafType());
        Assert.True(TypeComparators.IsTypeSubTypeOf(schema, a, schema.QueryType.Fields["c"].Type));
        Assert.False(TypeComparators.IsTypeSubTypeOf(schema, schema.QueryType.Fields["c"].Type, a));
    }
}
