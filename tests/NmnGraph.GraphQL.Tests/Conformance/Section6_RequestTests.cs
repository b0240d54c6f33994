using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;
using static NmnGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace NmnGraph.GraphQL.Tests.Conformance;

/// <summary>Spec §6.1–§6.2: request errors from variables and operation types, and serial mutation execution.</summary>
public class Section6_RequestTests
{
    private static readonly Schema s_schema = SchemaBuilder.FromSdl("""
        type Query { pick(p: Pick): String obj: Obj }
        type Mutation { first: Int second: Int }
        type Obj { x: Int }
        input Pick @oneOf { id: ID slug: String }
        """)
        .Bind("Query.pick", context => ValueFormatter.Inspect(context.Arguments))
        .Build();

    [Theory]
    [InlineData("query($v: Obj) { pick }", "{}", "{'errors':[{'message':'Variable \\\"$v\\\" expected value of type \\\"Obj\\\" which cannot be used as an input type.','locations':[{'line':1,'column':11}],'extensions':{'code':'BAD_USER_INPUT'}}]}")]
    [InlineData("query($v: [Nope]) { pick }", "{}", "{'errors':[{'message':'Variable \\\"$v\\\" expected value of type \\\"[Nope]\\\" which cannot be used as an input type.','locations':[{'line':1,'column':11}],'extensions':{'code':'BAD_USER_INPUT'}}]}")]
    [InlineData("query { pick }", "{'unused':{'deep':[1]}}", "{'data':{'pick':'{}'}}")]
    [InlineData("query($v: ID) { pick(p: {id: $v}) }", "{'v':'7'}", "{'data':{'pick':'{ p: { id: \\\"7\\\" } }'}}")]
    [InlineData("query($v: ID) { pick(p: {id: $v}) }", "{}", "{'errors':[{'message':'Argument \\\"p\\\" has invalid value {id: $v}.','locations':[{'line':1,'column':25}],'path':['pick']}],'data':{'pick':null}}")]
    [InlineData("query($v: ID) { pick(p: {id: $v}) }", "{'v':null}", "{'errors':[{'message':'Argument \\\"p\\\" has invalid value {id: $v}.','locations':[{'line':1,'column':25}],'path':['pick']}],'data':{'pick':null}}")]
    [InlineData("{ pick(p: {id: \"1\", slug: null}) }", "{}", "{'errors':[{'message':'Argument \\\"p\\\" has invalid value {id: \\\"1\\\", slug: null}.','locations':[{'line':1,'column':11}],'path':['pick']}],'data':{'pick':null}}")]
    [InlineData("{ pick(p: {id: null}) }", "{}", "{'errors':[{'message':'Argument \\\"p\\\" has invalid value {id: null}.','locations':[{'line':1,'column':11}],'path':['pick']}],'data':{'pick':null}}")]
    [InlineData("query($p: Pick) { pick(p: $p) }", "{'p':{}}", "{'errors':[{'message':'Variable \\\"$p\\\" got invalid value {}; Exactly one key must be specified for OneOf type \\\"Pick\\\".','locations':[{'line':1,'column':7}],'extensions':{'code':'BAD_USER_INPUT'}}]}")]
    public void Variables_and_arguments(string query, string variables, string expected) =>
        Assert.Equal(Json(expected), Run(s_schema, query, Variables(Json(variables))));

    [Fact]
    public async Task Mutation_fields_run_one_after_another()
    {
        var events = new List<string>();
        Schema schema = SchemaBuilder.FromSdl("type Query { a: Int } type Mutation { first: Int second: Int }")
            .BindAsync("Mutation.first", async _ =>
            {
                events.Add("first started");
                await Task.Yield();
                events.Add("first finished");
                return 1;
            })
            .BindAsync("Mutation.second", async _ =>
            {
                events.Add("second started");
                await Task.Yield();
                events.Add("second finished");
                return 2;
            })
            .Build();

        string json = await RunOnceAsync(schema, "mutation { b: second a: first c: second }");

        Assert.Equal(Json("{'data':{'b':2,'a':1,'c':2}}"), json);
        Assert.Equal(["second started", "second finished", "first started", "first finished", "second started", "second finished"], events);
    }
}
