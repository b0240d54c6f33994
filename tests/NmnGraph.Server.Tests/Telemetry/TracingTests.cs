using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace NmnGraph.Server.Tests.Telemetry;

/// <summary>The spans of real requests on a real loopback server, as the in-memory exporter receives them.</summary>
public sealed class TracingTests
{
    private const string GraphQLSource = "NmnGraph.GraphQL";
    private const string StoreSource = "NmnGraph.Store";

    [Fact]
    public async Task One_request_is_one_trace_from_the_request_through_the_operation_and_batches_to_each_sql_statement()
    {
        await using TracedServer server = await TracedServer.StartAsync();
        const string Query = "query TracedArticles { articles(first: 2) { nodes { title studies { title } } } }";
        ActivityTraceId traceId = ActivityTraceId.CreateRandom();
        ActivitySpanId clientSpan = ActivitySpanId.CreateRandom();

        (int status, string body) = await server.PostAsync(traceId, clientSpan, Query);
        Assert.True(status == 200 && !body.Contains("\"errors\"", StringComparison.Ordinal), body);
        IReadOnlyList<Activity> spans = await server.SpansOfAsync(traceId);

        // The request: ASP.NET Core's span, continuing the caller's trace.
        Activity request = Assert.Single(spans, span => span.Kind == ActivityKind.Server);
        Assert.Equal("Microsoft.AspNetCore", request.Source.Name);
        Assert.Equal(clientSpan, request.ParentSpanId);
        Assert.Equal("POST", request.GetTagItem("http.request.method"));
        Assert.Equal(200, request.GetTagItem("http.response.status_code"));

        // The GraphQL operation (semantic conventions: named after its type).
        Activity operation = Assert.Single(spans, span => span.Source.Name == GraphQLSource && span.DisplayName == "query");
        Assert.Equal(request.SpanId, operation.ParentSpanId);
        Assert.Equal("query", operation.GetTagItem("graphql.operation.type"));
        Assert.Equal("TracedArticles", operation.GetTagItem("graphql.operation.name"));
        Assert.Equal(Sha256Hex(Query), operation.GetTagItem("graphql.document.hash"));
        Assert.Null(operation.GetTagItem("graphql.document"));

        // Parsing happens once, where the transport first needs the document (under the request in any case).
        Activity parse = Assert.Single(spans, span => span.DisplayName == "GraphQL parse");
        Assert.True(Ancestors(parse, spans).Contains(request), "parse is not under the request");
        Activity validate = Assert.Single(spans, span => span.DisplayName == "GraphQL validate");
        Assert.Equal(operation.SpanId, validate.ParentSpanId);
        Activity execute = Assert.Single(spans, span => span.DisplayName == "GraphQL execute");
        Assert.Equal(operation.SpanId, execute.ParentSpanId);

        // One batch for the studies of both articles, under execute; its statement under it.
        Activity batch = Assert.Single(spans, span => span.DisplayName == "DataLoader StudiesByArticle");
        Assert.Equal(GraphQLSource, batch.Source.Name);
        Assert.Equal(execute.SpanId, batch.ParentSpanId);
        Assert.Equal("StudiesByArticle", batch.GetTagItem("graphql.dataloader.name"));
        Assert.Equal(2, batch.GetTagItem("graphql.dataloader.batch.size"));

        Activity[] statements = [.. spans.Where(span => span.Source.Name == StoreSource)];
        // Each connection the store opens sets its busy timeout first (a PRAGMA span); then the batch's one SELECT.
        Activity batchStatement = Assert.Single(statements, span => span.ParentSpanId == batch.SpanId && span.DisplayName == "SELECT");
        Assert.All(statements.Where(span => span.ParentSpanId == batch.SpanId), span => Assert.Contains(span.DisplayName, new[] { "SELECT", "PRAGMA" }));
        Assert.Equal(ActivityKind.Client, batchStatement.Kind);
        Assert.Equal("sqlite", batchStatement.GetTagItem("db.system.name"));
        Assert.Equal("traced.db", batchStatement.GetTagItem("db.namespace"));
        Assert.Contains("citations", (string)batchStatement.GetTagItem("db.query.text")!, StringComparison.OrdinalIgnoreCase);
        Assert.True(batchStatement.StartTimeUtc >= batch.StartTimeUtc && batchStatement.StartTimeUtc + batchStatement.Duration <= batch.StartTimeUtc + batch.Duration,
            "the statement is not inside its batch");

        // The root field reads the store itself, inside execute.
        Assert.Contains(statements, span => span.ParentSpanId == execute.SpanId);

        Assert.All(spans, span => Assert.Equal(ActivityStatusCode.Unset, span.Status));
        Assert.All(spans, span => Assert.True(span == request || Ancestors(span, spans).Contains(request), $"{span.DisplayName} is not under the request"));
    }

    [SkippableFact]
    public async Task On_postgresql_the_statements_of_a_batch_are_npgsql_spans_under_it()
    {
        await using TracedServer server = await TracedServer.StartAsync(TestBackend.Postgres);
        ActivityTraceId traceId = ActivityTraceId.CreateRandom();

        (int status, string body) = await server.PostAsync(traceId, ActivitySpanId.CreateRandom(), "query PgArticles { articles(first: 2) { nodes { studies { title } } } }");
        Assert.True(status == 200 && !body.Contains("\"errors\"", StringComparison.Ordinal), body);
        IReadOnlyList<Activity> spans = await server.SpansOfAsync(traceId);

        Activity batch = Assert.Single(spans, span => span.DisplayName == "DataLoader StudiesByArticle");
        Activity statement = Assert.Single(spans, span => span.Source.Name == "Npgsql" && span.ParentSpanId == batch.SpanId);
        Assert.Equal(ActivityKind.Client, statement.Kind);
        string? text = (statement.GetTagItem("db.query.text") ?? statement.GetTagItem("db.statement")) as string;
        Assert.Contains("citations", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(spans, span => span.Source.Name == StoreSource);
    }

    [Fact]
    public async Task A_field_error_marks_the_operation_and_execute_spans_failed_with_its_code()
    {
        await using TracedServer server = await TracedServer.StartAsync();
        ActivityTraceId traceId = ActivityTraceId.CreateRandom();

        (int status, string body) = await server.PostAsync(traceId, ActivitySpanId.CreateRandom(), "query BadNode { node(id: \"not-an-id\") { id } }");
        Assert.True(status == 200 && body.Contains("BAD_USER_INPUT", StringComparison.Ordinal), body);
        IReadOnlyList<Activity> spans = await server.SpansOfAsync(traceId);

        Activity operation = Assert.Single(spans, span => span.Source.Name == GraphQLSource && span.DisplayName == "query");
        Activity execute = Assert.Single(spans, span => span.DisplayName == "GraphQL execute");
        foreach (Activity failed in new[] { operation, execute })
        {
            Assert.Equal(ActivityStatusCode.Error, failed.Status);
            Assert.Equal("BAD_USER_INPUT", failed.GetTagItem("error.type"));
            Assert.Contains("not-an-id", failed.StatusDescription, StringComparison.Ordinal);
        }

        Assert.Equal(ActivityStatusCode.Unset, Assert.Single(spans, span => span.DisplayName == "GraphQL validate").Status);
    }

    [Fact]
    public async Task An_invalid_document_fails_validation_and_runs_nothing()
    {
        await using TracedServer server = await TracedServer.StartAsync();
        ActivityTraceId traceId = ActivityTraceId.CreateRandom();

        (int status, string body) = await server.PostAsync(traceId, ActivitySpanId.CreateRandom(), "query Wrong { articles { nope } }");
        Assert.True(status == 400, body);
        IReadOnlyList<Activity> spans = await server.SpansOfAsync(traceId);

        Activity validate = Assert.Single(spans, span => span.DisplayName == "GraphQL validate");
        Assert.Equal(ActivityStatusCode.Error, validate.Status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", validate.GetTagItem("error.type"));
        Assert.Contains("nope", validate.StatusDescription, StringComparison.Ordinal);

        // The operation never became known: the span keeps the conventions' fallback name, and fails too.
        Activity operation = Assert.Single(spans, span => span.DisplayName == "GraphQL Operation");
        Assert.Equal(ActivityStatusCode.Error, operation.Status);
        Assert.DoesNotContain(spans, span => span.DisplayName == "GraphQL execute" || span.Source.Name == StoreSource);
    }

    [Fact]
    public async Task A_document_that_does_not_parse_fails_the_parse_span()
    {
        await using TracedServer server = await TracedServer.StartAsync();
        ActivityTraceId traceId = ActivityTraceId.CreateRandom();

        (int status, string body) = await server.PostAsync(traceId, ActivitySpanId.CreateRandom(), "query Broken { articles {");
        Assert.True(status == 400, body);
        IReadOnlyList<Activity> spans = await server.SpansOfAsync(traceId);

        Activity[] parses = [.. spans.Where(span => span.DisplayName == "GraphQL parse")];
        Assert.NotEmpty(parses);
        Assert.All(parses, parse =>
        {
            Assert.Equal(ActivityStatusCode.Error, parse.Status);
            Assert.Equal("GRAPHQL_PARSE_FAILED", parse.GetTagItem("error.type"));
        });
        Assert.DoesNotContain(spans, span => span.DisplayName is "GraphQL validate" or "GraphQL execute");
    }

    private static List<Activity> Ancestors(Activity span, IReadOnlyList<Activity> spans)
    {
        var ancestors = new List<Activity>();
        ActivitySpanId parent = span.ParentSpanId;
        while (spans.FirstOrDefault(candidate => candidate.SpanId == parent) is { } found)
        {
            ancestors.Add(found);
            parent = found.ParentSpanId;
        }

        return ancestors;
    }

    private static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
