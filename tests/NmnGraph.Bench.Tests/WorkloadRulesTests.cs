using NmnGraph.GraphQL.Validation;
using System.Text.Json;
using NmnGraph.Bench.Workload;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.Bench.Tests;

/// <summary>The benchmark server's answers follow the workload README's rules (ids, derived lists, first, lookups).</summary>
public sealed class WorkloadRulesTests
{
    private static readonly Lazy<(WorkloadFiles Files, WorkloadData Data, RequestExecutor Executor)> s_workload = new(() =>
    {
        WorkloadFiles files = WorkloadFiles.Locate();
        WorkloadData data = WorkloadData.Load(files.DatasetPath);
        Schema schema = WorkloadSchema.Build(files.Sdl, data);
        return (files, data, new RequestExecutor(schema, new RequestExecutorOptions { Validator = DocumentValidator.Default }));
    });

    private static WorkloadData Data => s_workload.Value.Data;

    private static JsonElement Run(string query, string? variablesJson = null)
    {
        IReadOnlyDictionary<string, object?>? variables = null;
        if (variablesJson is not null)
        {
            using var document = JsonDocument.Parse(variablesJson);
            variables = JsonValues.VariablesFromElement(document.RootElement);
        }

        ExecutionResult result = s_workload.Value.Executor.ExecuteAsync(new GraphQLRequest(query, variables)).GetAwaiter().GetResult();
        Assert.Empty(result.Errors);
        return JsonDocument.Parse(ExecutionResultWriter.ToJson(result)).RootElement.GetProperty("data");
    }

    [Theory]
    [InlineData("q1")]
    [InlineData("q2")]
    [InlineData("q3")]
    [InlineData("q4")]
    [InlineData("q5")]
    [InlineData("q6")]
    public void Every_case_validates_and_runs_without_errors(string name)
    {
        WorkloadFiles files = s_workload.Value.Files;
        JsonElement data = Run(files.Queries[name], files.Variables.GetValueOrDefault(name));
        Assert.Equal(JsonValueKind.Object, data.ValueKind);
    }

    [Fact]
    public void Data_set_sizes_and_id_order()
    {
        Assert.Equal((1000, 250, 2000), (Data.Articles.Count, Data.Studies.Count, Data.Claims.Count));
        Assert.Equal(Data.Articles.Select(a => a.Id).Order(StringComparer.Ordinal), Data.Articles.Select(a => a.Id));
        Assert.All(Data.Studies, study => Assert.Equal(study.CitedBy.Select(a => a.Id).Order(StringComparer.Ordinal), study.CitedBy.Select(a => a.Id)));
    }

    [Fact]
    public void Q2_is_the_first_hundred_articles_in_id_order()
    {
        JsonElement articles = Run(s_workload.Value.Files.Queries["q2"]).GetProperty("articles");
        Assert.Equal(100, articles.GetArrayLength());
        Assert.Equal(Enumerable.Range(1, 100).Select(i => $"A{i:D6}"), articles.EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.All(articles.EnumerateArray(), a => Assert.Equal(9, a.EnumerateObject().Count()));
    }

    [Fact]
    public void Q3_citedBy_lists_are_derived_and_sorted()
    {
        JsonElement articles = Run("{ articles(first: 50) { id studies { id citedBy { id } } claims { id articles { id } studies { id } } } }").GetProperty("articles");
        Assert.Equal(50, articles.GetArrayLength());
        foreach (JsonElement article in articles.EnumerateArray())
        {
            string id = article.GetProperty("id").GetString()!;
            foreach (JsonElement study in article.GetProperty("studies").EnumerateArray())
            {
                string[] citing = study.GetProperty("citedBy").EnumerateArray().Select(a => a.GetProperty("id").GetString()!).ToArray();
                Assert.Contains(id, citing);
                Assert.Equal(citing.Order(StringComparer.Ordinal), citing);
            }

            foreach (JsonElement claim in article.GetProperty("claims").EnumerateArray())
            {
                Assert.Contains(id, claim.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
            }
        }
    }

    [Fact]
    public void Q4_lookups_hit_miss_and_type_check()
    {
        WorkloadFiles files = s_workload.Value.Files;
        JsonElement data = Run(files.Queries["q4"], files.Variables["q4"]);
        Assert.Equal("Article", data.GetProperty("first").GetProperty("__typename").GetString());
        Assert.Equal("Study", data.GetProperty("second").GetProperty("__typename").GetString());
        Assert.Equal("Claim", data.GetProperty("third").GetProperty("__typename").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("missing").ValueKind);
        Assert.Equal("A001000", data.GetProperty("last").GetProperty("id").GetString());

        JsonElement typed = Run("{ article(id: \"S000001\") { id } node(id: \"S000001\") { id } }");
        Assert.Equal(JsonValueKind.Null, typed.GetProperty("article").ValueKind);
        Assert.Equal("S000001", typed.GetProperty("node").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("", 1000)]
    [InlineData("(first: null)", 1000)]
    [InlineData("(first: 0)", 0)]
    [InlineData("(first: -5)", 0)]
    [InlineData("(first: 3)", 3)]
    [InlineData("(first: 5000)", 1000)]
    public void First_semantics(string arguments, int count) =>
        Assert.Equal(count, Run($"{{ articles{arguments} {{ id }} }}").GetProperty("articles").GetArrayLength());
}
