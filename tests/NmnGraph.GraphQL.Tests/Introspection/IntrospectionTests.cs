using System.Runtime.CompilerServices;
using System.Text.Json;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;
using static NmnGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace NmnGraph.GraphQL.Tests.Introspection;

/// <summary>Introspection (spec §4): the full query against a golden file, and rebuilding the schema from it.</summary>
public class IntrospectionTests
{
    private const string Sdl = """"
        """
        The test schema: every kind of type and every deprecation site.
        """
        schema {
          query: Root
          mutation: Change
          subscription: Events
        }

        "A tag."
        directive @tag(name: String!, weight: Int = 1 @deprecated(reason: "Unused.")) repeatable on FIELD_DEFINITION | OBJECT

        directive @audit on QUERY | MUTATION

        "Identified by a global id."
        interface Node {
          id: ID!
        }

        interface Publication implements Node {
          id: ID!
          title: String!
        }

        type Root {
          node(id: ID!): Node
          "Searches everything."
          search(text: String!, first: Int = 20, where: Filter = {stance: [SUPPORTS], text: "x"}): [Hit!]!
          old: String @deprecated
          legacy(mode: Int @deprecated(reason: "Ignored.")): String @deprecated(reason: "Use `search`.")
        }

        type Change {
          add(input: AddInput!): Article
        }

        type Events {
          added: Article
        }

        type Article implements Publication & Node @tag(name: "a") {
          id: ID!
          title: String!
          published: Date
          stance: Stance
          matrix: [[Float!]]!
        }

        type Study implements Node {
          id: ID!
          doi: String
        }

        union Hit = Article | Study

        "How a study bears on a claim."
        enum Stance {
          SUPPORTS
          "Only in part."
          PARTIALLY_SUPPORTS
          CONTRADICTS @deprecated(reason: "Too harsh.")
        }

        input Filter {
          stance: [Stance!]
          text: String
          old: Boolean @deprecated
        }

        input AddInput {
          title: String!
          target: Target
        }

        input Target @oneOf {
          byId: ID
          bySlug: String
        }

        scalar Date @specifiedBy(url: "https://scalars.graphql.org/andimarek/local-date.html")
        """";

    [Fact]
    public async Task Full_introspection_query_matches_the_golden_file()
    {
        Schema schema = SchemaBuilder.FromSdl(Sdl).Build();
        ExecutionResult result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest(IntrospectionQuery.Text));
        string json = ExecutionResultWriter.ToJson(result, indented: true).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

        string path = Path.Combine(SourceDirectory(), "introspection.golden.json");
        if (Environment.GetEnvironmentVariable("NMNGRAPH_UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(path, json);
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; run the tests with NMNGRAPH_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(await File.ReadAllTextAsync(path), json);
    }

    [Fact]
    public async Task Schema_rebuilt_from_introspection_prints_identically()
    {
        Schema schema = SchemaBuilder.FromSdl(Sdl).Build();
        ExecutionResult result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest(IntrospectionQuery.Text));
        Assert.Empty(result.Errors);
        using JsonDocument document = JsonDocument.Parse(ExecutionResultWriter.ToJson(result));

        Schema rebuilt = SchemaBuilder.FromIntrospection(document.RootElement).Build();

        Assert.Equal(SchemaPrinter.Print(schema), SchemaPrinter.Print(rebuilt));
    }

    [Theory]
    [InlineData("{ __type(name: \"Stance\") { kind name enumValues { name } } }", "{'data':{'__type':{'kind':'ENUM','name':'Stance','enumValues':[{'name':'SUPPORTS'},{'name':'PARTIALLY_SUPPORTS'}]}}}")]
    [InlineData("{ __type(name: \"Stance\") { enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } } }", "{'data':{'__type':{'enumValues':[{'name':'SUPPORTS','isDeprecated':false,'deprecationReason':null},{'name':'PARTIALLY_SUPPORTS','isDeprecated':false,'deprecationReason':null},{'name':'CONTRADICTS','isDeprecated':true,'deprecationReason':'Too harsh.'}]}}}")]
    [InlineData("{ __type(name: \"Missing\") { name } }", "{'data':{'__type':null}}")]
    [InlineData("{ __type(name: \"Root\") { fields { name } } }", "{'data':{'__type':{'fields':[{'name':'node'},{'name':'search'}]}}}")]
    [InlineData("{ __type(name: \"Root\") { fields(includeDeprecated: true) { name args { name } } } }", "{'data':{'__type':{'fields':[{'name':'node','args':[{'name':'id'}]},{'name':'search','args':[{'name':'text'},{'name':'first'},{'name':'where'}]},{'name':'old','args':[]},{'name':'legacy','args':[]}]}}}")]
    [InlineData("{ __type(name: \"Filter\") { inputFields { name } isOneOf } t: __type(name: \"Target\") { isOneOf } }", "{'data':{'__type':{'inputFields':[{'name':'stance'},{'name':'text'}],'isOneOf':false},'t':{'isOneOf':true}}}")]
    [InlineData("{ __type(name: \"Article\") { fields { name type { kind name ofType { kind name ofType { kind ofType { kind name } } } } } } }", "{'data':{'__type':{'fields':[{'name':'id','type':{'kind':'NON_NULL','name':null,'ofType':{'kind':'SCALAR','name':'ID','ofType':null}}},{'name':'title','type':{'kind':'NON_NULL','name':null,'ofType':{'kind':'SCALAR','name':'String','ofType':null}}},{'name':'published','type':{'kind':'SCALAR','name':'Date','ofType':null}},{'name':'stance','type':{'kind':'ENUM','name':'Stance','ofType':null}},{'name':'matrix','type':{'kind':'NON_NULL','name':null,'ofType':{'kind':'LIST','name':null,'ofType':{'kind':'LIST','ofType':{'kind':'NON_NULL','name':null}}}}}]}}}")]
    [InlineData("{ __schema { description queryType { name } subscriptionType { name } } }", "{'data':{'__schema':{'description':'The test schema: every kind of type and every deprecation site.','queryType':{'name':'Root'},'subscriptionType':{'name':'Events'}}}}")]
    [InlineData("{ __type(name: \"Publication\") { interfaces { name } possibleTypes { name } } n: __type(name: \"Node\") { possibleTypes { name } } }", "{'data':{'__type':{'interfaces':[{'name':'Node'}],'possibleTypes':[{'name':'Article'}]},'n':{'possibleTypes':[{'name':'Article'},{'name':'Study'}]}}}")]
    [InlineData("{ __type(name: \"Date\") { specifiedByURL } s: __type(name: \"String\") { specifiedByURL description } }", "{'data':{'__type':{'specifiedByURL':'https://scalars.graphql.org/andimarek/local-date.html'},'s':{'specifiedByURL':null,'description':'Text as a sequence of Unicode characters, usually human-readable.'}}}")]
    public void Introspection_fields(string query, string expected) =>
        Assert.Equal(Json(expected), Run(SchemaBuilder.FromSdl(Sdl).Build(), query));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Arguments_from_variables_answer_as_arguments_in_the_document(bool includeDeprecated)
    {
        // Written in the document, the arguments are fixed when the operation is planned (the fields are read without a
        // resolver context); from variables, the resolvers coerce them per request. Both must agree.
        const string Selection = "{ name fields(includeDeprecated: §) { name args(includeDeprecated: §) { name } } enumValues(includeDeprecated: §) { name } inputFields(includeDeprecated: §) { name } possibleTypes { name } }";
        string literal = includeDeprecated ? "true" : "false";
        string fixedQuery = "{ " + string.Join(' ', new[] { "Root", "Stance", "Filter", "Node" }.Select(name => $"{name}: __type(name: \"{name}\") {Selection.Replace("§", literal, StringComparison.Ordinal)}")) + " }";
        string variableQuery = "query($d: Boolean!, $root: String!, $stance: String!, $filter: String!, $node: String!) { "
            + string.Join(' ', new[] { "Root", "Stance", "Filter", "Node" }.Select(name => $"{name}: __type(name: ${name.ToLowerInvariant()}) {Selection.Replace("§", "$d", StringComparison.Ordinal)}")) + " }";
        Schema schema = SchemaBuilder.FromSdl(Sdl).Build();

        string expected = Run(schema, fixedQuery);
        Assert.Equal(expected, Run(schema, variableQuery, Variables(Json($"{{'d':{literal},'root':'Root','stance':'Stance','filter':'Filter','node':'Node'}}"))));
        Assert.Equal(includeDeprecated, expected.Contains("\"CONTRADICTS\"", StringComparison.Ordinal));
        Assert.DoesNotContain("errors", expected, StringComparison.Ordinal);
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
