using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Validation.Cost;
using static NmnGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace NmnGraph.GraphQL.Tests.Cost;

/// <summary>
/// Field cost and type cost as the IBM cost spec defines them (HotChocolate's reading): weights, arguments, list
/// sizes from slicing arguments, sized fields and assumed sizes, fragments and aliases counted as executed.
/// </summary>
public class CostAnalyzerTests
{
    private readonly CostSchema _schema = new();

    [Theory]
    // A composite field weighs 1; the query root and each object add 1 to the type cost.
    [InlineData("{ article { title } }", 1, 2)]
    [InlineData("{ __typename }", 0, 1)]
    // @cost on a field replaces its default weight.
    [InlineData("{ article { heavy } }", 8, 2)]
    // An asynchronous resolver weighs 10; its list of assumed size 10 multiplies the objects in it.
    [InlineData("{ article { claims { id } } }", 11, 12)]
    // A list of leaves weighs 1 and multiplies nothing.
    [InlineData("{ tags }", 1, 1)]
    // The connection's slicing argument sizes its sized field: 1 + (1 + 3 × 10) field, 1 + 1 + 3 × (1 + 10) type.
    [InlineData("{ articles(first: 3) { nodes { claims { id } } } }", 32, 35)]
    // Without a slicing argument, the assumed size (20).
    [InlineData("{ articles { nodes { id } } }", 2, 22)]
    // Two slicing arguments: the larger counts.
    [InlineData("{ articles(first: 3, last: 4) { nodes { id } } }", 2, 6)]
    // The argument's default value (5) when none is given.
    [InlineData("{ search { id } }", 1, 6)]
    // Aliases are executed separately: each counts.
    [InlineData("{ a: article { heavy } b: article { heavy } }", 16, 3)]
    // The same response name is merged, as in execution: it counts once.
    [InlineData("{ article { heavy } article { heavy } }", 8, 2)]
    // A fragment counts where it is spread; the same fragment spread twice in one selection counts once.
    [InlineData("{ article { ...F ...F } } fragment F on Article { heavy }", 8, 2)]
    // An abstract type costs as its most expensive possible type (Article: claims).
    [InlineData("{ node { ... on Article { claims { id } } ... on Claim { id } } }", 11, 12)]
    // @skip(if: true) and @include(if: false) leave a selection out.
    [InlineData("{ article { heavy @skip(if: true) claims @include(if: false) { id } } }", 1, 2)]
    // An input object argument weighs 1.
    [InlineData("{ echo(input: { value: 1 }) }", 1, 1)]
    public void Computes_field_and_type_cost(string document, double fieldCost, double typeCost) =>
        Assert.Equal(new OperationCost(fieldCost, typeCost), _schema.Cost(document));

    [Fact]
    public void A_variable_counts_with_its_value_else_its_default_else_the_assumed_size()
    {
        const string Document = "query($n: Int = 7) { articles(first: $n) { nodes { id } } }";
        Assert.Equal(new OperationCost(2, 9), _schema.Cost(Document));
        Assert.Equal(new OperationCost(2, 52), _schema.Cost(Document, new Dictionary<string, object?> { ["n"] = 50 }));
        Assert.Equal(new OperationCost(2, 22), _schema.Cost("query($n: Int) { articles(first: $n) { nodes { id } } }"));
    }

    [Fact]
    public void A_condition_variable_decides_when_its_value_is_known_and_counts_as_included_otherwise()
    {
        const string Document = "query($skip: Boolean!) { article { heavy @skip(if: $skip) } }";
        Assert.Equal(new OperationCost(8, 2), _schema.Cost(Document));
        Assert.Equal(new OperationCost(1, 2), _schema.Cost(Document, new Dictionary<string, object?> { ["skip"] = true }));
    }

    [Fact]
    public void Default_weights_and_list_size_are_options()
    {
        var options = new CostOptions { AsyncResolverWeight = 4, DefaultListSize = 5 };
        // claims: 4 + 10 × 0; tags: 1 (a leaf list multiplies nothing).
        Assert.Equal(new OperationCost(5, 12), _schema.Cost("{ article { claims { id } } }", options: options));
    }

    [Fact]
    public async Task Over_the_field_cost_limit_the_request_is_refused_before_execution_with_cost_and_limit()
    {
        ExecutionResult result = await _schema.Executor(CostSchema.Limits(maxFieldCost: 20)).ExecuteAsync(new GraphQLRequest("query Big { articles(first: 3) { nodes { claims { id } } } }"));

        Assert.Equal(
            Json("{'errors':[{'message':'The field cost of operation \\\"Big\\\" is 32, more than the maximum of 20.','locations':[{'line':1,'column':7}],"
                + "'extensions':{'code':'COST_LIMIT_EXCEEDED','fieldCost':32,'typeCost':35,'maxFieldCost':20,'maxTypeCost':1000}}]}"),
            ExecutionResultWriter.ToJson(result));
        Assert.Equal(0, _schema.ResolverCalls);
    }

    [Fact]
    public async Task Over_the_type_cost_limit_the_request_is_refused()
    {
        ExecutionResult result = await _schema.Executor(CostSchema.Limits(maxTypeCost: 30)).ExecuteAsync(new GraphQLRequest("{ articles(first: 3) { nodes { claims { id } } } }"));

        Assert.Equal("COST_LIMIT_EXCEEDED", result.Errors.Single().Code);
        Assert.StartsWith("The type cost of the operation is 35, more than the maximum of 30.", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(0, _schema.ResolverCalls);
    }

    [Fact]
    public async Task A_slicing_argument_given_by_a_variable_is_checked_with_the_value_sent()
    {
        // The document alone costs as the assumed size (type cost 222), within the limit; the value sent decides.
        RequestExecutor executor = _schema.Executor(CostSchema.Limits(maxTypeCost: 300));
        const string Document = "query($n: Int) { articles(first: $n) { nodes { claims { id } } } }";

        ExecutionResult small = await executor.ExecuteAsync(new GraphQLRequest(Document, new Dictionary<string, object?> { ["n"] = 2 }));
        ExecutionResult large = await executor.ExecuteAsync(new GraphQLRequest(Document, new Dictionary<string, object?> { ["n"] = 2147483647 }));

        Assert.Empty(small.Errors);
        Assert.Equal("COST_LIMIT_EXCEEDED", large.Errors.Single().Code);
        Assert.False(large.HasData);
    }

    [Fact]
    public async Task Report_mode_adds_the_operation_cost_to_the_response()
    {
        ExecutionResult result = await _schema.Executor().ExecuteAsync(new GraphQLRequest("{ article { claims { id } } }") { CostMode = CostMode.Report });

        Assert.Equal(Json("{'data':{'article':{'claims':[{'id':'c1'}]}},'extensions':{'operationCost':{'fieldCost':11,'typeCost':12}}}"), ExecutionResultWriter.ToJson(result));
    }

    [Fact]
    public async Task Validate_mode_reports_the_cost_without_executing()
    {
        ExecutionResult result = await _schema.Executor().ExecuteAsync(new GraphQLRequest("{ article { claims { id } } }") { CostMode = CostMode.Validate });

        Assert.Equal(Json("{'extensions':{'operationCost':{'fieldCost':11,'typeCost':12}}}"), ExecutionResultWriter.ToJson(result));
        Assert.False(result.IsRequestError);
        Assert.Equal(0, _schema.ResolverCalls);
    }

    [Fact]
    public async Task A_list_that_requires_one_slicing_argument_refuses_none_or_two()
    {
        RequestExecutor executor = _schema.Executor();

        ExecutionResult none = await executor.ExecuteAsync(new GraphQLRequest("{ strict { id } }"));
        ExecutionResult two = await executor.ExecuteAsync(new GraphQLRequest("{ strict(first: 1, last: 1) { id } }"));
        ExecutionResult one = await executor.ExecuteAsync(new GraphQLRequest("{ strict(first: 1) { id } }"));

        Assert.Equal(
            Json("{'errors':[{'message':'Exactly one slicing argument (\\\"first\\\" or \\\"last\\\") must be given to \\\"Query.strict\\\".','locations':[{'line':1,'column':3}],'extensions':{'code':'SLICING_ARGUMENT_REQUIRED'}}]}"),
            ExecutionResultWriter.ToJson(none));
        Assert.Equal("SLICING_ARGUMENT_REQUIRED", two.Errors.Single().Code);
        Assert.Empty(one.Errors);
    }
}
