using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;
using static NmnGraph.GraphQL.Tests.Execution.ExecutionHarness;
using NmnGraph.GraphQL.Validation;

namespace NmnGraph.GraphQL.Tests.Conformance;

/// <summary>The spec's Introspection section (§4) and the introspection types of Appendix D as exact responses.</summary>
public class Section4_IntrospectionTests
{
    private static readonly Schema s_schema = SchemaBuilder.FromSdl("""
        "The schema."
        schema { query: Q mutation: M }
        directive @tag(name: String) repeatable on FIELD_DEFINITION | OBJECT | ARGUMENT_DEFINITION
        type Q {
          pet: Pet
          field(old: Int @deprecated(reason: "gone"), new: Int): Int
          find(by: By): Int
        }
        type M { touch: Int }
        union Pet = Cat | Dog
        type Cat { meow: String }
        type Dog { bark: String }
        input By { id: Int, legacy: Int @deprecated }
        """)
        .Bind("Q.pet", _ => new Dictionary<string, object?> { ["meow"] = "m" })
        .ResolveType("Pet", (value, _) => "Cat")
        .Build();

    [Theory]
    [InlineData("{ pet { __typename ... on Cat { __typename meow } } }", "{'data':{'pet':{'__typename':'Cat','meow':'m'}}}")]
    [InlineData("{ pet { ...P } } fragment P on Pet { __typename }", "{'data':{'pet':{'__typename':'Cat'}}}")]
    [InlineData("mutation { __typename }", "{'data':{'__typename':'M'}}")]
    [InlineData("{ __schema { description queryType { name } mutationType { name } subscriptionType { name } } }", "{'data':{'__schema':{'description':'The schema.','queryType':{'name':'Q'},'mutationType':{'name':'M'},'subscriptionType':null}}}")]
    // Built-in scalars appear only when referenced (§3.5); the order of types and directives is not normative.
    [InlineData("{ __schema { types { name } } }", "{'data':{'__schema':{'types':[{'name':'Q'},{'name':'M'},{'name':'Pet'},{'name':'Cat'},{'name':'Dog'},{'name':'By'},{'name':'String'},{'name':'Int'},{'name':'Boolean'},{'name':'__Schema'},{'name':'__Type'},{'name':'__TypeKind'},{'name':'__Field'},{'name':'__InputValue'},{'name':'__EnumValue'},{'name':'__Directive'},{'name':'__DirectiveLocation'}]}}}")]
    [InlineData("{ __type(name: \"ID\") { name } f: __type(name: \"Float\") { name } }", "{'data':{'__type':null,'f':null}}")]
    [InlineData("{ __type(name: \"Q\") { fields { name args { name } } } }", "{'data':{'__type':{'fields':[{'name':'pet','args':[]},{'name':'field','args':[{'name':'new'}]},{'name':'find','args':[{'name':'by'}]}]}}}")]
    [InlineData("{ __type(name: \"Q\") { fields { args(includeDeprecated: true) { name isDeprecated deprecationReason } } } }", "{'data':{'__type':{'fields':[{'args':[]},{'args':[{'name':'old','isDeprecated':true,'deprecationReason':'gone'},{'name':'new','isDeprecated':false,'deprecationReason':null}]},{'args':[{'name':'by','isDeprecated':false,'deprecationReason':null}]}]}}}")]
    [InlineData("{ __type(name: \"By\") { inputFields { name } all: inputFields(includeDeprecated: true) { name deprecationReason } } }", "{'data':{'__type':{'inputFields':[{'name':'id'}],'all':[{'name':'id','deprecationReason':null},{'name':'legacy','deprecationReason':'No longer supported'}]}}}")]
    [InlineData("{ __type(name: \"Q\") { isOneOf specifiedByURL inputFields { name } enumValues { name } possibleTypes { name } ofType { name } } }", "{'data':{'__type':{'isOneOf':null,'specifiedByURL':null,'inputFields':null,'enumValues':null,'possibleTypes':null,'ofType':null}}}")]
    [InlineData("{ __type(name: \"Pet\") { kind fields { name } interfaces { name } possibleTypes { name } } }", "{'data':{'__type':{'kind':'UNION','fields':null,'interfaces':null,'possibleTypes':[{'name':'Cat'},{'name':'Dog'}]}}}")]
    [InlineData("{ __type(name: \"Cat\") { interfaces { name } } }", "{'data':{'__type':{'interfaces':[]}}}")]
    [InlineData("{ __schema { directives { name isRepeatable locations } } }", "{'data':{'__schema':{'directives':[{'name':'include','isRepeatable':false,'locations':['FIELD','FRAGMENT_SPREAD','INLINE_FRAGMENT']},{'name':'skip','isRepeatable':false,'locations':['FIELD','FRAGMENT_SPREAD','INLINE_FRAGMENT']},{'name':'deprecated','isRepeatable':false,'locations':['FIELD_DEFINITION','ARGUMENT_DEFINITION','INPUT_FIELD_DEFINITION','ENUM_VALUE']},{'name':'specifiedBy','isRepeatable':false,'locations':['SCALAR']},{'name':'oneOf','isRepeatable':false,'locations':['INPUT_OBJECT']},{'name':'tag','isRepeatable':true,'locations':['FIELD_DEFINITION','OBJECT','ARGUMENT_DEFINITION']}]}}}")]
    [InlineData("{ __schema { directives { name args { name type { name kind } defaultValue } } } }", "{'data':{'__schema':{'directives':[{'name':'include','args':[{'name':'if','type':{'name':null,'kind':'NON_NULL'},'defaultValue':null}]},{'name':'skip','args':[{'name':'if','type':{'name':null,'kind':'NON_NULL'},'defaultValue':null}]},{'name':'deprecated','args':[{'name':'reason','type':{'name':null,'kind':'NON_NULL'},'defaultValue':'\\\"No longer supported\\\"'}]},{'name':'specifiedBy','args':[{'name':'url','type':{'name':null,'kind':'NON_NULL'},'defaultValue':null}]},{'name':'oneOf','args':[]},{'name':'tag','args':[{'name':'name','type':{'name':'String','kind':'SCALAR'},'defaultValue':null}]}]}}}")]
    [InlineData("{ __type(name: \"__Type\") { fields { name args { name defaultValue } } } }", "{'data':{'__type':{'fields':[{'name':'kind','args':[]},{'name':'name','args':[]},{'name':'description','args':[]},{'name':'specifiedByURL','args':[]},{'name':'fields','args':[{'name':'includeDeprecated','defaultValue':'false'}]},{'name':'interfaces','args':[]},{'name':'possibleTypes','args':[]},{'name':'enumValues','args':[{'name':'includeDeprecated','defaultValue':'false'}]},{'name':'inputFields','args':[{'name':'includeDeprecated','defaultValue':'false'}]},{'name':'ofType','args':[]},{'name':'isOneOf','args':[]}]}}}")]
    [InlineData("{ __type(name: \"__DirectiveLocation\") { enumValues { name } } }", "{'data':{'__type':{'enumValues':[{'name':'QUERY'},{'name':'MUTATION'},{'name':'SUBSCRIPTION'},{'name':'FIELD'},{'name':'FRAGMENT_DEFINITION'},{'name':'FRAGMENT_SPREAD'},{'name':'INLINE_FRAGMENT'},{'name':'VARIABLE_DEFINITION'},{'name':'SCHEMA'},{'name':'SCALAR'},{'name':'OBJECT'},{'name':'FIELD_DEFINITION'},{'name':'ARGUMENT_DEFINITION'},{'name':'INTERFACE'},{'name':'UNION'},{'name':'ENUM'},{'name':'ENUM_VALUE'},{'name':'INPUT_OBJECT'},{'name':'INPUT_FIELD_DEFINITION'}]}}}")]
    [InlineData("{ __type(name: \"__TypeKind\") { enumValues { name } } }", "{'data':{'__type':{'enumValues':[{'name':'SCALAR'},{'name':'OBJECT'},{'name':'INTERFACE'},{'name':'UNION'},{'name':'ENUM'},{'name':'INPUT_OBJECT'},{'name':'LIST'},{'name':'NON_NULL'}]}}}")]
    [InlineData("{ __type(name: \"__Directive\") { fields { name args { name type { kind ofType { name } } defaultValue } } } }", "{'data':{'__type':{'fields':[{'name':'name','args':[]},{'name':'description','args':[]},{'name':'isRepeatable','args':[]},{'name':'locations','args':[]},{'name':'args','args':[{'name':'includeDeprecated','type':{'kind':'NON_NULL','ofType':{'name':'Boolean'}},'defaultValue':'false'}]}]}}}")]
    [InlineData("{ __type(name: \"Q\") { fields(includeDeprecated: null) { name } } }", "{'errors':[{'message':'Argument \\\"includeDeprecated\\\" of non-null type \\\"Boolean!\\\" must not be null.','locations':[{'line':1,'column':49}],'path':['__type','fields']}],'data':{'__type':{'fields':null}}}")]
    public void Introspection(string query, string expected) =>
        Assert.Equal(Json(expected), Run(s_schema, query));

    [Fact]
    public void Interfaces_list_their_interfaces_and_implementations() => Assert.Equal(
        Json("{'data':{'__type':{'kind':'INTERFACE','interfaces':[{'name':'Node'}],'possibleTypes':[{'name':'Photo'}],'fields':[{'name':'id'},{'name':'url'}]}}}"),
        Run(
            SchemaBuilder.FromSdl("""
                type Query { n: Node }
                interface Node { id: ID! }
                interface Resource implements Node { id: ID! url: String }
                type Photo implements Resource & Node { id: ID! url: String }
                """).Build(),
            "{ __type(name: \"Resource\") { kind interfaces { name } possibleTypes { name } fields { name } } }"));

    [Fact]
    public void Meta_types_have_typenames() => Assert.Equal(
        Json("{'data':{'__type':{'name':'__Schema','kind':'OBJECT','__typename':'__Type'},'__schema':{'__typename':'__Schema','queryType':{'__typename':'__Type'}}}}"),
        Run(s_schema, "{ __type(name: \"__Schema\") { name kind __typename } __schema { __typename queryType { __typename } } }"));

    [Theory]
    [InlineData("mutation { __schema { queryType { name } } }", "Cannot query field \"__schema\" on type \"M\".", 12)]
    [InlineData("{ pet { ... on Cat { __type(name: \"Q\") { name } } } }", "Cannot query field \"__type\" on type \"Cat\".", 22)]
    public async Task Schema_meta_fields_exist_only_on_the_query_root(string query, string message, int column)
    {
        var executor = new RequestExecutor(s_schema, new RequestExecutorOptions { Validator = DocumentValidator.Default });
        ExecutionResult result = await executor.ExecuteAsync(new GraphQLRequest(query));

        GraphQLError error = Assert.Single(result.Errors);
        Assert.Equal(message, error.Message);
        Assert.Equal(new SourceLocation(1, column), Assert.Single(error.Locations!));
    }
}
