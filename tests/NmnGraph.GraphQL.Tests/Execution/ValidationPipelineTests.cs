using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;
using static NmnGraph.GraphQL.Tests.Execution.ExecutionHarness;
using NmnGraph.GraphQL.Validation;

namespace NmnGraph.GraphQL.Tests.Execution;

/// <summary>The executor with the specified validation rules plugged in: invalid documents are request errors.</summary>
public class ValidationPipelineTests
{
    private static readonly Schema s_schema = SchemaBuilder.FromSdl("type Query { a: Int }").Bind("Query.a", _ => 1).Build();

    private static readonly RequestExecutorOptions s_options = new() { Validator = DocumentValidator.Default, DocumentCache = new InMemoryDocumentCache() };

    [Fact]
    public void Valid_documents_execute() => Assert.Equal(Json("{'data':{'a':1}}"), Run(s_schema, "{ a }", options: s_options));

    [Fact]
    public void Invalid_documents_are_request_errors_without_data()
    {
        string json = Run(s_schema, "{ a nope }", options: s_options);
        Assert.StartsWith(Json("{'errors':[{'message':'Cannot query field \\\"nope\\\" on type \\\"Query\\\".'"), json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task By_default_the_executor_validates_with_the_specified_rules()
    {
        ExecutionResult result = await new RequestExecutor(s_schema).ExecuteAsync(new GraphQLRequest("{ a nope }"));
        Assert.StartsWith(Json("{'errors':[{'message':'Cannot query field \\\"nope\\\" on type \\\"Query\\\".'"), ExecutionResultWriter.ToJson(result), StringComparison.Ordinal);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", result.Errors[0].Code);
    }

    [Fact]
    public void Without_validation_unknown_fields_are_skipped() => Assert.Equal(Json("{'data':{'a':1}}"), Run(s_schema, "{ a nope }", options: Unvalidated));
}
