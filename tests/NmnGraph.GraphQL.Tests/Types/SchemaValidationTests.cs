using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Tests.Types;

/// <summary>Type-system validation (spec §3, graphql-js validateSchema and SDL rules): exact messages.</summary>
public class SchemaValidationTests
{
    [Theory]
    [InlineData("type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\".")]
    [InlineData("type Query { a: Int } type __Bad { a: Int }", "Name \"__Bad\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { __a: Int }", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a: Int a: String }", "Field \"Query.a\" can only be defined once.")]
    [InlineData("type Query { a(x: Int, x: Int): Int }", "Argument \"Query.a(x:)\" can only be defined once.")]
    [InlineData("type Query { a: Int } enum E { A A }", "Enum value \"E.A\" can only be defined once.")]
    [InlineData("type Query { a: Int } input I { a: Int a: Int }", "Field \"I.a\" can only be defined once.")]
    [InlineData("type Query { a: Unknown }", "Unknown type \"Unknown\".")]
    [InlineData("type Mutation { a: Int }", "Query root type must be provided.")]
    [InlineData("schema { query: Q } input Q { a: Int }", "Query root type must be Object type, it cannot be Q.")]
    [InlineData("schema { query: Query mutation: M } type Query { a: Int } union M = Query", "Mutation root type must be Object type if provided, it cannot be M.")]
    [InlineData("schema { query: Query query: Query } type Query { a: Int }", "There can be only one query type in schema.")]
    [InlineData("schema { query: Query } schema { query: Query } type Query { a: Int }", "Must provide only one schema definition.")]
    [InlineData("schema { query: Query mutation: Query } type Query { a: Int }", "All root types must be different, \"Query\" type is used as query and mutation root types.")]
    [InlineData("type Query { a: I } input I { x: Int }", "The type of Query.a must be Output Type but got: I.")]
    [InlineData("type Query { a(o: O): Int } type O { x: Int }", "The type of Query.a(o:) must be Input Type but got: O.")]
    [InlineData("type Query { a: Int } input I { o: O } type O { x: Int }", "The type of I.o must be Input Type but got: O.")]
    [InlineData("type Query { a(x: Int! @deprecated): Int }", "Required argument Query.a(x:) cannot be deprecated.")]
    [InlineData("type Query { a: Int } input I { x: Int! @deprecated }", "Required input field I.x cannot be deprecated.")]
    [InlineData("type Query { a: Int } directive @d(x: Int! @deprecated) on FIELD", "Required argument @d(x:) cannot be deprecated.")]
    [InlineData("type Query { a: Int } type Empty", "Type Empty must define one or more fields.")]
    [InlineData("type Query { a: Int } union U", "Union type U must define one or more member types.")]
    [InlineData("type Query { a: Int } union U = Query | Query", "Union type U can only include type Query once.")]
    [InlineData("type Query { a: Int } union U = I input I { a: Int }", "Union type U can only include Object types, it cannot include I.")]
    [InlineData("type Query { a: Int } enum E", "Enum type E must define one or more values.")]
    [InlineData("type Query { a: Int } input I", "Input Object type I must define one or more fields.")]
    [InlineData("type Query { a: Int } input I @oneOf { a: Int! b: Int }", "OneOf input field I.a must be nullable.")]
    [InlineData("type Query { a: Int } input I @oneOf { a: Int = 1 b: Int }", "OneOf input field I.a cannot have a default value.")]
    [InlineData("type Query { a: Int } input I { self: I! }", "Cannot reference Input Object \"I\" within itself through a series of non-null fields: \"self\".")]
    [InlineData("type Query { a: Int } input A { b: B! } input B { a: A! }", "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".")]
    [InlineData("type Query implements Query { a: Int }", "Type Query must only implement Interface types, it cannot implement Query.")]
    [InlineData("type Query implements I & I { a: Int } interface I { a: Int }", "Type Query can only implement I once.")]
    [InlineData("type Query implements I { b: Int } interface I { a: Int }", "Interface field I.a expected but Query does not provide it.")]
    [InlineData("type Query implements I { a: String } interface I { a: Int }", "Interface field I.a expects type Int but Query.a is type String.")]
    [InlineData("type Query implements I { a: Int } interface I { a(x: Int): Int }", "Interface field argument I.a(x:) expected but Query.a does not provide it.")]
    [InlineData("type Query implements I { a(x: String): Int } interface I { a(x: Int): Int }", "Interface field argument I.a(x:) expects type Int but Query.a(x:) is type String.")]
    [InlineData("type Query implements I { a(y: Int!): Int } interface I { a: Int }", "Object field Query.a includes required argument y that is missing from the Interface field I.a.")]
    [InlineData("type Query implements B { a: Int } interface A { a: Int } interface B implements A { a: Int }", "Type Query must implement A because it is implemented by B.")]
    [InlineData("type Query { a: Int } interface I implements I { a: Int }", "Type I cannot implement itself because it would create a circular reference.")]
    [InlineData("type Query { a: Int } directive @d on FIELD directive @d on FIELD", "There can be only one directive named \"@d\".")]
    [InlineData("type Query { a: Int } directive @skip on FIELD", "Directive \"@skip\" already exists in the schema. It cannot be redefined.")]
    [InlineData("type Query { a: Int @unknown }", "Unknown directive \"@unknown\".")]
    [InlineData("type Query { a: Int @oneOf }", "Directive \"@oneOf\" may not be used on FIELD_DEFINITION.")]
    [InlineData("type Query { a: Int @deprecated @deprecated }", "The directive \"@deprecated\" can only be used once at this location.")]
    [InlineData("type Query { a: Int @deprecated(why: \"x\") }", "Unknown argument \"why\" on directive \"@deprecated\".")]
    [InlineData("scalar S @specifiedBy type Query { a: S }", "Argument \"@specifiedBy(url:)\" of type \"String!\" is required, but it was not provided.")]
    [InlineData("type Query { a: Int } extend type Missing { b: Int }", "Cannot extend type \"Missing\" because it is not defined.")]
    [InlineData("type Query { a: Int } enum E { A } extend input E { b: Int }", "Cannot extend non-enum type \"E\".")]
    [InlineData("type Query { a: Int } extend scalar String @specifiedBy(url: \"x\")", "Cannot extend type \"String\" because it is not defined.")]
    [InlineData("type Query { a: Int } directive @d(x: Query) on FIELD", "The type of @d(x:) must be Input Type but got: Query.")]
    [InlineData("type Query { a(x: Int = \"abc\"): Int }", "Query.a(x:) has invalid default value: \"abc\".")]
    [InlineData("type Query { a: Int } input I { e: E = NOPE } enum E { YES }", "I.e has invalid default value: NOPE.")]
    [InlineData("type Query { a: Int } directive @d(n: [Int!] = [1, null]) on FIELD", "@d(n:) has invalid default value: [1, null].")]
    public void Invalid_schema_reports_the_graphql_js_message(string sdl, string message)
    {
        SchemaException exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(sdl).Build());
        Assert.Contains(message, exception.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Every_problem_is_listed_with_locations()
    {
        SchemaException exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("""
            type Query { a: Missing }
            type Query { b: Int }
            """).Build());

        Assert.Equal(
            ["There can be only one type named \"Query\". (1:6, 2:6)", "Unknown type \"Missing\". (1:17)"],
            exception.Errors.Select(e => e.ToString()).Order(StringComparer.Ordinal));
        Assert.Contains("There can be only one type named \"Query\".", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Unknown type \"Missing\".", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Covariant_interface_field_types_are_accepted()
    {
        Schema schema = SchemaBuilder.FromSdl("""
            type Query implements Named { name: String! items: [Item!]! owner: Cat }
            interface Named { name: String items: [Named] owner: Animal }
            type Item implements Named { name: String items: [Named] owner: Animal }
            interface Animal { id: ID }
            type Cat implements Animal { id: ID }
            """).Build();
        Assert.Equal(3, schema.QueryType.Fields.Count);
    }

    [Fact]
    public void Nullable_or_list_input_cycles_are_allowed()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { a(i: I): Int } input I { self: I list: [I!]! }").Build();
        Assert.NotNull(schema.GetType("I"));
    }

    [Fact]
    public void Schema_exception_is_a_graphql_exception()
    {
        GraphQLException exception = Assert.ThrowsAny<GraphQLException>(() => SchemaBuilder.FromSdl("type Query").Build());
        Assert.Equal("Type Query must define one or more fields.", exception.Errors.Single().Message);
    }
}
