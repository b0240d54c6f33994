using System.Text;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Validation.Cost;

namespace NmnGraph.GraphQL.Tests.Cost;

/// <summary>
/// Documents built to exhaust a server: each is refused before any resolver runs, with its computed cost, or runs
/// within the limits. The analysis itself stays cheap (selections are costed once each).
/// </summary>
public class HostileDocumentTests
{
    private readonly CostSchema _schema = new();

    [Fact]
    public async Task Nested_cycles_grow_in_cost_with_depth_and_are_refused_past_the_limit()
    {
        RequestExecutor executor = _schema.Executor();
        double previous = 0;
        int firstRefused = 0;
        for (int depth = 1; depth <= 12; depth++)
        {
            string document = "{ article { " + Cycle(depth) + " } }";
            OperationCost cost = _schema.Cost(document);
            Assert.True(cost.FieldCost > previous, $"depth {depth}: {cost.FieldCost} after {previous}");
            previous = cost.FieldCost;

            ExecutionResult result = await executor.ExecuteAsync(new GraphQLRequest(document));
            bool refused = cost.FieldCost > 1_000 || cost.TypeCost > 1_000;
            Assert.Equal(refused, result.Errors.Any(e => e.Code == "COST_LIMIT_EXCEEDED"));
            if (refused && firstRefused == 0)
            {
                firstRefused = depth;
                Assert.Equal(cost.FieldCost, (double)result.Errors[0].Extensions!["fieldCost"]!);
            }
        }

        // claims (×10) → articles (×3) → claims (×10) → articles (×3): depth 4 costs 10 + 10 × (10 + 3 × (10 + 10 × 10)) = 3,410.
        Assert.Equal(4, firstRefused);
    }

    [Fact]
    public async Task An_alias_flood_costs_each_alias_and_is_refused()
    {
        var document = new StringBuilder("{");
        for (int i = 0; i < 1_000; i++)
        {
            document.Append(" a").Append(i).Append(": search { claims { id } }");
        }

        document.Append(" }");
        OperationCost one = _schema.Cost("{ search { claims { id } } }");
        OperationCost flood = _schema.Cost(document.ToString());
        ExecutionResult result = await _schema.Executor().ExecuteAsync(new GraphQLRequest(document.ToString()));

        Assert.Equal(new OperationCost(one.FieldCost * 1_000, (one.TypeCost - 1) * 1_000 + 1), flood);
        Assert.Equal("COST_LIMIT_EXCEEDED", result.Errors.Single().Code);
        Assert.Equal(flood.FieldCost, (double)result.Errors[0].Extensions!["fieldCost"]!);
        Assert.Equal(0, _schema.ResolverCalls);
    }

    [Fact]
    public async Task A_fragment_fan_out_of_twenty_levels_is_costed_in_full_and_refused()
    {
        // F0 selects an id; Fk spreads F(k-1) under two aliased lists of assumed size 2.
        var document = new StringBuilder("query FanOut { article { ...F20 } }\nfragment F0 on Article { id }\n");
        for (int k = 1; k <= 20; k++)
        {
            document.Append("fragment F").Append(k).Append(" on Article { a: related { ...F").Append(k - 1).Append(" } b: related { ...F").Append(k - 1).Append(" } }\n");
        }

        // Field cost: C(k) = 2 × (1 + 2 × C(k-1)); type cost: T(k) = 2 × 2 × (1 + T(k-1)).
        double field = 0;
        double type = 0;
        for (int k = 1; k <= 20; k++)
        {
            field = 2 * (1 + 2 * field);
            type = 4 * (1 + type);
        }

        OperationCost cost = _schema.Cost(document.ToString());
        ExecutionResult result = await _schema.Executor().ExecuteAsync(new GraphQLRequest(document.ToString()));

        Assert.Equal(new OperationCost(1 + field, 2 + type), cost);
        Assert.Equal("COST_LIMIT_EXCEEDED", result.Errors.Single().Code);
        Assert.Contains($"is {OperationCost.Format(1 + field)}, more than the maximum of 1000", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(0, _schema.ResolverCalls);
    }

    [Fact]
    public async Task The_largest_page_size_is_refused_with_its_cost()
    {
        ExecutionResult result = await _schema.Executor().ExecuteAsync(new GraphQLRequest("{ articles(first: 2147483647) { nodes { claims { id } } } }"));

        GraphQLErrorAssert.Refused(result, fieldCost: 1 + 1 + 2147483647d * 10, typeCost: 2 + 2147483647d * 11);
        Assert.Contains("is 21474836472, more than the maximum of 1000", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(0, _schema.ResolverCalls);
    }

    [Fact]
    public async Task Of_many_operations_in_one_document_only_the_one_that_runs_is_costed()
    {
        var document = new StringBuilder();
        for (int i = 0; i < 500; i++)
        {
            document.Append("query Q").Append(i).Append(" { article { claims { id } } }\n");
        }

        document.Append("query Expensive { articles(first: 100) { nodes { claims { articles { id } } } } }\n");
        RequestExecutor executor = _schema.Executor();

        ExecutionResult ok = await executor.ExecuteAsync(new GraphQLRequest(document.ToString(), operationName: "Q499"));
        int callsOfQ499 = _schema.ResolverCalls;
        ExecutionResult refused = await executor.ExecuteAsync(new GraphQLRequest(document.ToString(), operationName: "Expensive"));

        Assert.Empty(ok.Errors);
        Assert.True(callsOfQ499 > 0);
        Assert.Equal("COST_LIMIT_EXCEEDED", refused.Errors.Single().Code);
        Assert.StartsWith("The field cost of operation \"Expensive\"", refused.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(callsOfQ499, _schema.ResolverCalls);
    }

    [Fact]
    public async Task A_slicing_argument_missing_in_an_operation_that_does_not_run_refuses_nothing()
    {
        const string Document = "query Cheap { article { id } } query Strict { strict { id } }";
        RequestExecutor executor = _schema.Executor();

        ExecutionResult ok = await executor.ExecuteAsync(new GraphQLRequest(Document, operationName: "Cheap"));
        ExecutionResult refused = await executor.ExecuteAsync(new GraphQLRequest(Document, operationName: "Strict"));

        Assert.Empty(ok.Errors);
        Assert.Equal("SLICING_ARGUMENT_REQUIRED", refused.Errors.Single().Code);
    }

    [Fact]
    public async Task Deeply_nested_variables_are_coerced_within_bounds()
    {
        object? value = new Dictionary<string, object?> { ["value"] = 1 };
        for (int i = 0; i < 200; i++)
        {
            value = new Dictionary<string, object?> { ["next"] = value };
        }

        ExecutionResult result = await _schema.Executor().ExecuteAsync(new GraphQLRequest(
            "query($v: Nested) { echo(input: $v) }",
            new Dictionary<string, object?> { ["v"] = value }) { CostMode = CostMode.Report });

        Assert.Empty(result.Errors);
        Assert.Equal(1, result.Data!["echo"]);
    }

    private static string Cycle(int depth)
    {
        var text = new StringBuilder();
        for (int i = 0; i < depth; i++)
        {
            text.Append(i % 2 == 0 ? "claims { " : "articles { ");
        }

        text.Append("id");
        text.Append(' ', 1).Append(string.Concat(Enumerable.Repeat("} ", depth)));
        return text.ToString();
    }

    private static class GraphQLErrorAssert
    {
        public static void Refused(ExecutionResult result, double fieldCost, double typeCost)
        {
            Errors.GraphQLError error = Assert.Single(result.Errors);
            Assert.Equal("COST_LIMIT_EXCEEDED", error.Code);
            Assert.Equal(fieldCost, (double)error.Extensions!["fieldCost"]!);
            Assert.Equal(typeCost, (double)error.Extensions!["typeCost"]!);
            Assert.False(result.HasData);
        }
    }
}
