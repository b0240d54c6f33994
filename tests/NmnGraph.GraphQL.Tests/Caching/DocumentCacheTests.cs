using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;
using static NmnGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace NmnGraph.GraphQL.Tests.Caching;

public class DocumentCacheTests
{
    private static Schema HelloSchema(string greeting) => SchemaBuilder.FromSdl("type Query { hello: String! other: Int }")
        .Bind("Query.hello", _ => greeting)
        .Bind("Query.other", _ => 1)
        .Build();

    [Fact]
    public async Task Repeated_request_skips_parse_and_validation()
    {
        var validator = new CountingValidator();
        var cache = new InMemoryDocumentCache(10);
        var executor = new RequestExecutor(HelloSchema("hi"), new RequestExecutorOptions { Validator = validator, DocumentCache = cache });
        for (int i = 0; i < 3; i++)
        {
            ExecutionResult result = await executor.ExecuteAsync(new GraphQLRequest("{ hello }"));
            Assert.Equal(Json("{'data':{'hello':'hi'}}"), ExecutionResultWriter.ToJson(result));
        }

        Assert.Equal(1, validator.Calls);
        Assert.Equal(1, cache.Misses);
        Assert.Equal(2, cache.Hits);
        Assert.True(cache.TryGetDocument("{ hello }", out CachedDocument? cached));
        Assert.Same(validator.Seen[0].Document, cached.Document);
        Assert.Single(cached.Plans);
    }

    [Fact]
    public async Task Invalid_documents_are_validated_again_and_report_the_same_errors()
    {
        var validator = new RejectingValidator();
        var cache = new InMemoryDocumentCache(10);
        var executor = new RequestExecutor(HelloSchema("hi"), new RequestExecutorOptions { Validator = validator, DocumentCache = cache });
        string first = ExecutionResultWriter.ToJson(await executor.ExecuteAsync(new GraphQLRequest("{ hello }")));
        string second = ExecutionResultWriter.ToJson(await executor.ExecuteAsync(new GraphQLRequest("{ hello }")));
        Assert.Equal(Json("{'errors':[{'message':'rejected','extensions':{'code':'GRAPHQL_VALIDATION_FAILED'}}]}"), first);
        Assert.Equal(first, second);
        Assert.Equal(2, validator.Calls);
        Assert.Equal(1, cache.Hits);
    }

    [Fact]
    public async Task Operations_of_one_document_get_their_own_plans()
    {
        var cache = new InMemoryDocumentCache(10);
        var executor = new RequestExecutor(HelloSchema("hi"), new RequestExecutorOptions { DocumentCache = cache });
        const string document = "query A { hello } query B { other }";
        Assert.Equal(Json("{'data':{'hello':'hi'}}"), ExecutionResultWriter.ToJson(await executor.ExecuteAsync(new GraphQLRequest(document, operationName: "A"))));
        Assert.Equal(Json("{'data':{'other':1}}"), ExecutionResultWriter.ToJson(await executor.ExecuteAsync(new GraphQLRequest(document, operationName: "B"))));
        Assert.True(cache.TryGetDocument(document, out CachedDocument? cached));
        Assert.Equal(["A", "B"], cached.Plans.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Least_recently_used_entry_is_evicted_first()
    {
        var cache = new InMemoryDocumentCache(2);
        cache.SetDocument("a", Doc("{ a }"));
        cache.SetDocument("b", Doc("{ b }"));
        Assert.True(cache.TryGetDocument("a", out _));
        cache.SetDocument("c", Doc("{ c }"));

        Assert.True(cache.Contains("a"));
        Assert.False(cache.Contains("b"));
        Assert.True(cache.Contains("c"));
        Assert.Equal(1, cache.Evictions);

        cache.SetDocument("d", Doc("{ d }"));
        Assert.False(cache.Contains("a"));
        Assert.Equal(["c", "d"], new[] { "a", "b", "c", "d" }.Where(cache.Contains));
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void Replacing_an_entry_does_not_evict()
    {
        var cache = new InMemoryDocumentCache(2);
        cache.SetDocument("a", Doc("{ a }"));
        cache.SetDocument("b", Doc("{ b }"));
        CachedDocument replacement = Doc("{ a2 }");
        cache.SetDocument("a", replacement);
        Assert.Equal(0, cache.Evictions);
        Assert.True(cache.TryGetDocument("a", out CachedDocument? found));
        Assert.Same(replacement, found);
    }

    [Fact]
    public void A_text_looked_up_again_is_not_found_once_evicted_or_cleared_or_in_another_cache()
    {
        // The same string instance is remembered per thread between lookups; that must never outlive its entry.
        string query = "{ remembered }";
        var cache = new InMemoryDocumentCache(1);
        var other = new InMemoryDocumentCache(1);
        cache.SetDocument(query, Doc(query));
        Assert.True(cache.TryGetDocument(query, out _));
        Assert.False(other.TryGetDocument(query, out _));

        cache.SetDocument("{ next }", Doc("{ next }"));
        Assert.False(cache.TryGetDocument(query, out _));

        cache.SetDocument(query, Doc(query));
        Assert.True(cache.TryGetDocument(query, out _));
        cache.Clear();
        Assert.False(cache.TryGetDocument(query, out _));
    }

    [Fact]
    public void Keys_are_the_exact_text()
    {
        var cache = new InMemoryDocumentCache(4);
        cache.SetDocument("{ hello }", Doc("{ hello }"));
        Assert.False(cache.TryGetDocument("{ hello } ", out _));
        Assert.False(cache.TryGetDocument("{ HELLO }", out _));
        Assert.Equal(2, cache.Misses);
    }

    [Fact]
    public async Task Cache_shared_with_another_schema_validates_and_plans_again()
    {
        var validator = new CountingValidator();
        var cache = new InMemoryDocumentCache(10);
        Schema first = HelloSchema("first");
        Schema second = HelloSchema("second");
        var executorA = new RequestExecutor(first, new RequestExecutorOptions { Validator = validator, DocumentCache = cache });
        var executorB = new RequestExecutor(second, new RequestExecutorOptions { Validator = validator, DocumentCache = cache });

        Assert.Equal(Json("{'data':{'hello':'first'}}"), ExecutionResultWriter.ToJson(await executorA.ExecuteAsync(new GraphQLRequest("{ hello }"))));
        Assert.Equal(Json("{'data':{'hello':'second'}}"), ExecutionResultWriter.ToJson(await executorB.ExecuteAsync(new GraphQLRequest("{ hello }"))));
        Assert.Equal(Json("{'data':{'hello':'second'}}"), ExecutionResultWriter.ToJson(await executorB.ExecuteAsync(new GraphQLRequest("{ hello }"))));

        Assert.Equal(2, validator.Calls);
        Assert.Same(first, validator.Seen[0].Schema);
        Assert.Same(second, validator.Seen[1].Schema);
    }

    [Fact]
    public async Task Clear_forces_a_new_parse()
    {
        var validator = new CountingValidator();
        var cache = new InMemoryDocumentCache(10);
        var executor = new RequestExecutor(HelloSchema("hi"), new RequestExecutorOptions { Validator = validator, DocumentCache = cache });
        await executor.ExecuteAsync(new GraphQLRequest("{ hello }"));
        cache.Clear();
        Assert.Equal(0, cache.Count);
        await executor.ExecuteAsync(new GraphQLRequest("{ hello }"));
        Assert.Equal(2, validator.Calls);
        Assert.NotSame(validator.Seen[0].Document, validator.Seen[1].Document);
    }

    [Fact]
    public async Task Concurrent_use_keeps_the_bound()
    {
        var cache = new InMemoryDocumentCache(8);
        var executor = new RequestExecutor(HelloSchema("hi"), new RequestExecutorOptions { DocumentCache = cache });
        await Parallel.ForAsync(0, 400, async (i, ct) =>
        {
            string query = "{ hello a" + (i % 20) + ": hello }";
            ExecutionResult result = await executor.ExecuteAsync(new GraphQLRequest(query), ct);
            Assert.Empty(result.Errors);
        });

        Assert.True(cache.Count <= 8);
        Assert.Equal(400, cache.Hits + cache.Misses);
        Assert.InRange(cache.Evictions, 0, cache.Misses - cache.Count);
    }

    [Fact]
    public void Capacity_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryDocumentCache(0));

    private static CachedDocument Doc(string text) => new(Parser.Parse(text));

    private sealed class RejectingValidator : IDocumentValidator
    {
        public int Calls { get; private set; }

        public IReadOnlyList<Errors.GraphQLError> Validate(Schema schema, DocumentNode document)
        {
            Calls++;
            return [new Errors.GraphQLError("rejected")];
        }
    }
}
