using System.Net;
using System.Text;
using System.Text.Json;
using NmnGraph.Client.Serialization;
using NmnGraph.Client.Store;
using NmnGraph.Client.Tests.AsGenerated;
using NmnGraph.Client.Tests.Fakes;
using NmnGraph.Client.Transport;

namespace NmnGraph.Client.Tests;

public sealed class HttpGraphQLTransportTests
{
    private const string ThingJson =
        """{"data":{"thing":{"__typename":"Thing","id":"t1","name":"Lamp","rating":null,"tags":[],"kind":"WIDGET","published":null,"owner":null}}}""";

    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("application/graphql-response+json; charset=utf-8")]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    public async Task Reads_both_response_media_types(string contentType)
    {
        await using var server = new LoopbackServer(LoopbackServer.Respond(200, contentType, ThingJson));
        GetThingQuery query = CreateQuery(server);

        OperationResult<GetThingResult> result = await query.ExecuteAsync("t1");

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal("Lamp", result.Data.Thing!.Name);
        Assert.Equal(ThingKind.Widget, result.Data.Thing.Kind);
    }

    [Fact]
    public async Task Posts_json_body_with_variables_and_accept_header()
    {
        await using var server = new LoopbackServer(LoopbackServer.Respond(200, GraphQLMediaTypes.GraphQLResponse, ThingJson));
        GetThingQuery query = CreateQuery(server);

        await query.ExecuteAsync("t\"1");

        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("application/graphql-response+json, application/json;q=0.9", request.Accept);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        using JsonDocument body = JsonDocument.Parse(request.Body);
        Assert.Equal(GetThingQuery.Text, body.RootElement.GetProperty("query").GetString());
        Assert.Equal("GetThing", body.RootElement.GetProperty("operationName").GetString());
        Assert.Equal("t\"1", body.RootElement.GetProperty("variables").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Bad_request_with_graphql_response_body_keeps_the_graphql_errors()
    {
        const string Body = """{"errors":[{"message":"Variable \"$id\" of required type \"ID!\" was not provided.","locations":[{"line":1,"column":15}],"extensions":{"code":"BAD_USER_INPUT"}}]}""";
        await using var server = new LoopbackServer(LoopbackServer.Respond(400, GraphQLMediaTypes.GraphQLResponse, Body));

        OperationResult<GetThingResult> result = await CreateQuery(server).ExecuteAsync("t1");

        Assert.Null(result.Data);
        ClientError error = Assert.Single(result.Errors);
        Assert.Equal("Variable \"$id\" of required type \"ID!\" was not provided.", error.Message);
        Assert.Equal("BAD_USER_INPUT", error.Code);
        Assert.Equal([new ErrorLocation(1, 15)], error.Locations);
    }

    [Fact]
    public async Task Html_error_page_becomes_an_http_status_error()
    {
        await using var server = new LoopbackServer(LoopbackServer.Respond(500, "text/html", "<html><body>Internal Server Error</body></html>"));

        OperationResult<GetThingResult> result = await CreateQuery(server).ExecuteAsync("t1");

        Assert.False(result.IsSuccess);
        ClientError error = Assert.Single(result.Errors);
        Assert.Equal("HTTP_500", error.Code);
        Assert.Contains("500", error.Message, StringComparison.Ordinal);
        Assert.Contains("text/html", error.Message, StringComparison.Ordinal);
        GraphQLClientException thrown = Assert.Throws<GraphQLClientException>(() => result.EnsureNoErrors());
        Assert.Same(result.Errors, thrown.Errors);
    }

    [Theory]
    [InlineData(200, "text/html", "<html>hello</html>")]
    [InlineData(200, "application/json", "")]
    [InlineData(200, "application/json", "{\"data\":")]
    [InlineData(200, "application/json", "[1,2]")]
    [InlineData(200, "application/graphql-response+json", "{\"hello\":1}")]
    public async Task Non_graphql_success_answers_are_bad_responses(int status, string contentType, string body)
    {
        await using var server = new LoopbackServer(LoopbackServer.Respond(status, contentType, body));

        OperationResult<GetThingResult> result = await CreateQuery(server).ExecuteAsync("t1");

        Assert.Equal(ClientErrorCodes.TransportBadResponse, Assert.Single(result.Errors).Code);
    }

    [Theory]
    [InlineData("application/json", "{\"errors\":[{\"message\":\"Syntax Error: Unexpected Name.\"}]}", null)]
    [InlineData("application/json", "{\"title\":\"Bad Request\"}", "HTTP_400")]
    [InlineData("text/plain", "Bad Request", "HTTP_400")]
    public async Task Bad_request_is_a_graphql_response_only_when_it_is_one(string contentType, string body, string? code)
    {
        await using var server = new LoopbackServer(LoopbackServer.Respond(400, contentType, body));

        OperationResult<GetThingResult> result = await CreateQuery(server).ExecuteAsync("t1");

        ClientError error = Assert.Single(result.Errors);
        Assert.Equal(code, error.Code);
        if (code is null)
        {
            Assert.Equal("Syntax Error: Unexpected Name.", error.Message);
        }
    }

    [Fact]
    public async Task Unreachable_server_is_reported_not_thrown()
    {
        var endpoint = new Uri($"http://127.0.0.1:{LoopbackServer.FreePort()}/graphql");
        using var http = new HttpClient { BaseAddress = endpoint };
        var executor = new OperationExecutor(new HttpGraphQLTransport(http));

        OperationResult<GetThingResult> result = await new GetThingQuery(executor).ExecuteAsync("t1");

        ClientError error = Assert.Single(result.Errors);
        Assert.Equal(ClientErrorCodes.TransportUnreachable, error.Code);
        Assert.Contains(endpoint.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slow_server_times_out()
    {
        await using var server = new LoopbackServer((_, stopping) => Task.Delay(Timeout.Infinite, stopping));
        GetThingQuery query = CreateQuery(server, TimeSpan.FromMilliseconds(300));

        OperationResult<GetThingResult> result = await query.ExecuteAsync("t1");

        ClientError error = Assert.Single(result.Errors);
        Assert.Equal(ClientErrorCodes.TransportTimeout, error.Code);
        Assert.Contains("0.3 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Caller_cancellation_throws()
    {
        await using var server = new LoopbackServer((_, stopping) => Task.Delay(Timeout.Infinite, stopping));
        GetThingQuery query = CreateQuery(server);
        using var cancellation = new CancellationTokenSource();

        Task<OperationResult<GetThingResult>> pending = query.ExecuteAsync("t1", cancellation.Token);
        await server.RequestReceived.Task.WaitAsync(s_wait);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
    }

    [Fact]
    public async Task Subscription_reads_next_events_until_complete()
    {
        await using var server = new LoopbackServer(async (context, cancellationToken) =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "text/event-stream";
            context.Response.SendChunked = true;
            string stream =
                ": keep-alive\n\n" +
                "event: next\ndata: {\"data\":{\"thingChanged\":{\"__typename\":\"Thing\",\"id\":\"t1\",\"name\":\"One\"}}}\n\n" +
                "event: next\r\ndata: {\"data\":{\"thingChanged\":\r\ndata: {\"__typename\":\"Thing\",\"id\":\"t1\",\"name\":\"Two\"}}}\r\n\r\n" +
                "event: complete\ndata:\n\n";
            byte[] bytes = Encoding.UTF8.GetBytes(stream);
            await context.Response.OutputStream.WriteAsync(bytes, cancellationToken);
            context.Response.Close();
        });
        var executor = new OperationExecutor(new HttpGraphQLTransport(new HttpClient { BaseAddress = server.Endpoint }));
        var subscription = new ThingChangedSubscription(executor);

        var names = new List<string>();
        await foreach (OperationResult<ThingChangedResult> result in subscription.SubscribeAsync())
        {
            names.Add(result.EnsureNoErrors().ThingChanged.Name);
        }

        Assert.Equal(["One", "Two"], names);
        Assert.Equal("text/event-stream", Assert.Single(server.Requests).Accept);
        Assert.True(executor.Store.TryGetEntity(new EntityId("Thing", "t1"), out JsonElement thing));
        Assert.Equal("Two", thing.GetRequiredString("name"));
    }

    [Fact]
    public async Task Subscription_stream_that_ends_without_complete_reports_it()
    {
        await using var server = new LoopbackServer(LoopbackServer.Respond(
            200,
            "text/event-stream",
            "event: next\ndata: {\"data\":{\"thingChanged\":{\"__typename\":\"Thing\",\"id\":\"t1\",\"name\":\"One\"}}}\n\n"));
        var transport = new HttpGraphQLTransport(new HttpClient { BaseAddress = server.Endpoint });

        var responses = new List<GraphQLResponse>();
        await foreach (GraphQLResponse response in transport.SubscribeAsync(new GraphQLRequest("subscription { x }"), CancellationToken.None))
        {
            responses.Add(response);
        }

        Assert.Equal(2, responses.Count);
        Assert.False(responses[0].IsTransportFailure);
        Assert.Equal(ClientErrorCodes.TransportStreamClosed, responses[1].TransportError!.Code);
    }

    [Fact]
    public async Task Subscription_rejected_with_graphql_response_yields_its_errors()
    {
        await using var server = new LoopbackServer(LoopbackServer.Respond(
            400,
            GraphQLMediaTypes.GraphQLResponse,
            """{"errors":[{"message":"Cannot query field \"nope\" on type \"Subscription\".","extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}"""));
        var executor = new OperationExecutor(new HttpGraphQLTransport(new HttpClient { BaseAddress = server.Endpoint }));

        var results = new List<OperationResult<ThingChangedResult>>();
        await foreach (OperationResult<ThingChangedResult> result in new ThingChangedSubscription(executor).SubscribeAsync())
        {
            results.Add(result);
        }

        Assert.Equal("GRAPHQL_VALIDATION_FAILED", Assert.Single(Assert.Single(results).Errors).Code);
    }

    [Fact]
    public async Task Subscription_cancellation_throws()
    {
        await using var server = new LoopbackServer(async (context, stopping) =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "text/event-stream";
            context.Response.SendChunked = true;
            byte[] first = Encoding.UTF8.GetBytes("event: next\ndata: {\"data\":{\"thingChanged\":{\"__typename\":\"Thing\",\"id\":\"t1\",\"name\":\"One\"}}}\n\n");
            await context.Response.OutputStream.WriteAsync(first, stopping);
            await context.Response.OutputStream.FlushAsync(stopping);
            await Task.Delay(Timeout.Infinite, stopping);
        });
        var executor = new OperationExecutor(new HttpGraphQLTransport(new HttpClient { BaseAddress = server.Endpoint }));
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (OperationResult<ThingChangedResult> result in new ThingChangedSubscription(executor).SubscribeAsync(cancellation.Token))
            {
                Assert.Equal("One", result.EnsureNoErrors().ThingChanged.Name);
                await cancellation.CancelAsync();
            }
        });
    }

    private static GetThingQuery CreateQuery(LoopbackServer server, TimeSpan? timeout = null)
    {
        var http = new HttpClient { BaseAddress = server.Endpoint };
        var options = new HttpGraphQLTransportOptions { Timeout = timeout ?? s_wait };
        return new GetThingQuery(new OperationExecutor(new HttpGraphQLTransport(http, options)));
    }
}
