using NmnGraph.GraphQL.Types;
using static NmnGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace NmnGraph.GraphQL.Tests.Execution;

/// <summary>Variable and argument coercion through execution (spec #sec-Coercing-Variable-Values, #sec-Coercing-Field-Arguments).</summary>
public class CoercionExecutionTests
{
    private static readonly Schema s_schema = SchemaBuilder.FromSdl("""
        type Query {
          int(x: Int): String
          required(x: Int!): String
          withDefault(x: Int = 5): String
          text(s: String = "dflt"): String
          list(xs: [Int!]): String
          filter(f: Filter): String
          pick(p: Pick): String
          color(c: Color): String
        }
        input Filter { name: String! limit: Int = 10 tags: [String] }
        input Pick @oneOf { id: ID slug: String }
        enum Color { RED GREEN }
        """)
        .Bind("Query.int", Echo)
        .Bind("Query.required", Echo)
        .Bind("Query.withDefault", Echo)
        .Bind("Query.text", Echo)
        .Bind("Query.list", Echo)
        .Bind("Query.filter", Echo)
        .Bind("Query.pick", Echo)
        .Bind("Query.color", Echo)
        .Build();

    private static object? Echo(NmnGraph.GraphQL.Execution.IResolverContext context) => ValueFormatter.Inspect(context.Arguments);

    [Theory]
    [InlineData("query($v: Int) { int(x: $v) }", "{}", "{'data':{'int':'{}'}}")]
    [InlineData("query($v: Int) { int(x: $v) }", "{'v':null}", "{'data':{'int':'{ x: null }'}}")]
    [InlineData("query($v: Int) { int(x: $v) }", "{'v':3}", "{'data':{'int':'{ x: 3 }'}}")]
    [InlineData("query($v: Int = 7) { int(x: $v) }", "{}", "{'data':{'int':'{ x: 7 }'}}")]
    [InlineData("query($v: Int = 7) { int(x: $v) }", "{'v':null}", "{'data':{'int':'{ x: null }'}}")]
    [InlineData("query($v: Int) { withDefault(x: $v) }", "{}", "{'data':{'withDefault':'{ x: 5 }'}}")]
    [InlineData("query($v: Int) { withDefault(x: $v) }", "{'v':null}", "{'data':{'withDefault':'{ x: null }'}}")]
    [InlineData("{ withDefault }", "{}", "{'data':{'withDefault':'{ x: 5 }'}}")]
    [InlineData("{ withDefault(x: null) }", "{}", "{'data':{'withDefault':'{ x: null }'}}")]
    [InlineData("{ text }", "{}", "{'data':{'text':'{ s: \\\"dflt\\\" }'}}")]
    [InlineData("{ list(xs: 1) }", "{}", "{'data':{'list':'{ xs: [1] }'}}")]
    [InlineData("query($v: [Int!]) { list(xs: $v) }", "{'v':2}", "{'data':{'list':'{ xs: [2] }'}}")]
    [InlineData("query($v: Int) { list(xs: [1, $v]) }", "{'v':4}", "{'data':{'list':'{ xs: [1, 4] }'}}")]
    [InlineData("{ filter(f: {name: \"n\"}) }", "{}", "{'data':{'filter':'{ f: { name: \\\"n\\\", limit: 10 } }'}}")]
    [InlineData("query($f: Filter) { filter(f: $f) }", "{'f':{'name':'a','tags':['x',null]}}", "{'data':{'filter':'{ f: { name: \\\"a\\\", limit: 10, tags: [\\\"x\\\", null] } }'}}")]
    [InlineData("{ pick(p: {slug: \"s\"}) }", "{}", "{'data':{'pick':'{ p: { slug: \\\"s\\\" } }'}}")]
    [InlineData("{ color(c: GREEN) }", "{}", "{'data':{'color':'{ c: \\\"GREEN\\\" }'}}")]
    [InlineData("query($c: Color) { color(c: $c) }", "{'c':'RED'}", "{'data':{'color':'{ c: \\\"RED\\\" }'}}")]
    public void Values_are_coerced(string query, string variables, string expected) =>
        Assert.Equal(Json(expected), Run(s_schema, query, Variables(Json(variables))));

    [Theory]
    [InlineData("query($v: Int!) { required(x: $v) }", "{}", "{'errors':[{'message':'Variable \\\"$v\\\" of required type \\\"Int!\\\" was not provided.','locations':[{'line':1,'column':7}],'extensions':{'code':'BAD_USER_INPUT'}}]}")]
    [InlineData("query($v: Int!) { required(x: $v) }", "{'v':null}", "{'errors':[{'message':'Variable \\\"$v\\\" of non-null type \\\"Int!\\\" must not be null.','locations':[{'line':1,'column':7}],'extensions':{'code':'BAD_USER_INPUT'}}]}")]
    [InlineData("query($v: Int) { int(x: $v) }", "{'v':'abc'}", "{'errors':[{'message':'Variable \\\"$v\\\" got invalid value \\\"abc\\\"; Int cannot represent non-integer value: \\\"abc\\\"','locations':[{'line':1,'column':7}],'extensions':{'code':'BAD_USER_INPUT'}}]}")]
    [InlineData("query($v: Int) { int(x: $v) }", "{'v':1.5}", "{'errors':[{'message':'Variable \\\"$v\\\" got invalid value 1.5; Int cannot represent non-integer value: 1.5','locations':[{'line':1,'column':7}],'extensions':{'code':'BAD_USER_INPUT'}}]}")]
    [InlineData("query($v: [Int!]) { list(xs: $v) }", "{'v':[1,null]}", "{'errors':[{'message':'Variable \\\"$v\\\" got invalid value null at \\\"v[1]\\\"; Expected non-nullable type \\\"Int!\\\" not to be null.','locations':[{'line':1,'column':7}],'extensions':{'code':'BAD_USER_INPUT'}}]}")]
    [InlineData("query($f: Filter) { filter(f: $f) }", "{'f':{}}", "{'errors':[{'message':'Variable \\\"$f\\\" got invalid value {}; Field \\\"name\\\" of required type \\\"String!\\\" was not provided.','locations':[{'line':1,'column':7}],'extensions':{'code':'BAD_USER_INPUT'}}]}")]
    [InlineData("query($f: Filter) { filter(f: $f) }", "{'f':{'name':'a','bad':1}}", "{'errors':[{'message':'Variable \\\"$f\\\" got invalid value { name: \\\"a\\\", bad: 1 }; Field \\\"bad\\\" is not defined by type \\\"Filter\\\".','locations':[{'line':1,'column':7}],'extensions':{'code':'BAD_USER_INPUT'}}]}")]
    [InlineData("query($f: Filter) { filter(f: $f) }", "{'f':{'name':'a','limit':'x'}}", "{'errors':[{'message':'Variable \\\"$f\\\" got invalid value \\\"x\\\" at \\\"f.limit\\\"; Int cannot represent non-integer value: \\\"x\\\"','locations':[{'line':1,'column':7}],'extensions':{'code':'BAD_USER_INPUT'}}]}")]
    [InlineData("query($f: Filter) { filter(f: $f) }", "{'f':3}", "{'errors':[{'message':'Variable \\\"$f\\\" got invalid value 3; Expected type \\\"Filter\\\" to be an object.','locations':[{'line':1,'column':7}],'extensions':{'code':'BAD_USER_INPUT'}}]}")]
    [InlineData("query($p: Pick) { pick(p: $p) }", "{'p':{'id':'1','slug':'s'}}", "{'errors':[{'message':'Variable \\\"$p\\\" got invalid value { id: \\\"1\\\", slug: \\\"s\\\" }; Exactly one key must be specified for OneOf type \\\"Pick\\\".','locations':[{'line':1,'column':7}],'extensions':{'code':'BAD_USER_INPUT'}}]}")]
    [InlineData("query($p: Pick) { pick(p: $p) }", "{'p':{'id':null}}", "{'errors':[{'message':'Variable \\\"$p\\\" got invalid value { id: null }; Field \\\"id\\\" must be non-null.','locations':[{'line':1,'column':7}],'extensions':{'code':'BAD_USER_INPUT'}}]}")]
    [InlineData("query($c: Color) { color(c: $c) }", "{'c':'BLUE'}", "{'errors':[{'message':'Variable \\\"$c\\\" got invalid value \\\"BLUE\\\"; Value \\\"BLUE\\\" does not exist in \\\"Color\\\" enum.','locations':[{'line':1,'column':7}],'extensions':{'code':'BAD_USER_INPUT'}}]}")]
    [InlineData("query($v: Filter!) { int(x: 1) }", "{'v':{'name':'x'}}", "{'data':{'int':'{ x: 1 }'}}")]
    public void Invalid_variables_are_request_errors(string query, string variables, string expected) =>
        Assert.Equal(Json(expected), Run(s_schema, query, Variables(Json(variables))));

    [Theory]
    [InlineData("{ required }", "{'errors':[{'message':'Argument \\\"x\\\" of required type \\\"Int!\\\" was not provided.','locations':[{'line':1,'column':3}],'path':['required']}],'data':{'required':null}}")]
    [InlineData("{ required(x: null) }", "{'errors':[{'message':'Argument \\\"x\\\" of non-null type \\\"Int!\\\" must not be null.','locations':[{'line':1,'column':15}],'path':['required']}],'data':{'required':null}}")]
    [InlineData("{ int(x: 1.5) }", "{'errors':[{'message':'Argument \\\"x\\\" has invalid value 1.5.','locations':[{'line':1,'column':10}],'path':['int']}],'data':{'int':null}}")]
    [InlineData("{ pick(p: {id: 1, slug: \"s\"}) }", "{'errors':[{'message':'Argument \\\"p\\\" has invalid value {id: 1, slug: \\\"s\\\"}.','locations':[{'line':1,'column':11}],'path':['pick']}],'data':{'pick':null}}")]
    [InlineData("query($v: Int) { required(x: $v) }", "{'errors':[{'message':'Argument \\\"x\\\" of required type \\\"Int!\\\" was provided the variable \\\"$v\\\" which was not provided a runtime value.','locations':[{'line':1,'column':30}],'path':['required']}],'data':{'required':null}}")]
    public void Invalid_arguments_are_field_errors(string query, string expected) =>
        Assert.Equal(Json(expected), Run(s_schema, query));
}
