using static NmnGraph.GraphQL.AspNetCore.Tests.GraphQLTestHost;

namespace NmnGraph.GraphQL.AspNetCore.Tests;

public sealed class LimitTests
{
    [Fact]
    public async Task Body_over_the_limit_is_413()
    {
        await using GraphQLTestHost host = await StartAsync(options => options.MaxRequestBodySize = 64);
        string body = Json("{'query':'{ hello }','variables':{'padding':'" + new string('x', 100) + "'}}");
        Reply reply = await host.SendAsync(Post(body));
        Assert.Equal(413, reply.Status);
        Assert.Contains(Json("'code':'REQUEST_TOO_LARGE'"), reply.Body, StringComparison.Ordinal);
        Assert.Equal(200, (await host.SendAsync(Post(Json("{'query':'{ hello }'}")))).Status);
    }

    [Fact]
    public async Task Chunked_body_over_the_limit_is_413()
    {
        await using GraphQLTestHost host = await StartAsync(options => options.MaxRequestBodySize = 64);
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Json("{'query':'{ hello }','x':'" + new string('x', 500) + "'}")))),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        request.Headers.TransferEncodingChunked = true;
        Reply reply = await host.SendAsync(request);
        Assert.Equal(413, reply.Status);
    }

    [Fact]
    public async Task Document_over_the_length_limit_is_rejected_before_parsing()
    {
        await using GraphQLTestHost host = await StartAsync(options => options.MaxDocumentLength = 20);
        Reply reply = await host.SendAsync(Post(Json("{'query':'{ hello hello hello hello }'}")));
        Assert.Equal(400, reply.Status);
        Assert.Contains(Json("'code':'DOCUMENT_TOO_LONG'"), reply.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ deep { child { name } } }", 200)]
    [InlineData("{ deep { child { child { name } } } }", 400)]
    [InlineData("{ deep { ...F } } fragment F on Level { child { child { name } } }", 400)]
    public async Task Depth_limit(string query, int status)
    {
        await using GraphQLTestHost host = await StartAsync(options => options.MaxDepth = 3);
        Reply reply = await host.SendAsync(Post(Json($"{{'query':'{query}'}}")));
        Assert.Equal(status, reply.Status);
        if (status == 400)
        {
            Assert.Contains(Json("'code':'MAX_DEPTH_EXCEEDED'"), reply.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Depth_limit_is_a_validation_error_for_legacy_clients()
    {
        await using GraphQLTestHost host = await StartAsync(options => options.MaxDepth = 1);
        Reply reply = await host.SendAsync(Post(Json("{'query':'{ deep { name } }'}"), GraphQLMediaTypes.Json));
        Assert.Equal(200, reply.Status);
        Assert.Contains(Json("'code':'MAX_DEPTH_EXCEEDED'"), reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Field_limit_counts_through_fragments()
    {
        await using GraphQLTestHost host = await StartAsync(options => options.MaxFields = 4);
        Assert.Equal(200, (await host.SendAsync(Post(Json("{'query':'{ a: hello b: hello ...F } fragment F on Query { c: hello d: hello }'}")))).Status);
        Reply reply = await host.SendAsync(Post(Json("{'query':'{ a: hello ...F ...F } fragment F on Query { c: hello d: hello }'}")));
        Assert.Equal(400, reply.Status);
        Assert.Contains(Json("'code':'MAX_FIELDS_EXCEEDED'"), reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fragment_bomb_is_cut_by_the_field_limit_without_expanding_it()
    {
        await using GraphQLTestHost host = await StartAsync(options => options.MaxFields = 1000);
        var document = new System.Text.StringBuilder("{ ...F0 } ");
        for (int i = 0; i < 40; i++)
        {
            document.Append($"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} ");
        }

        document.Append("fragment F40 on Query { hello }");
        Reply reply = await host.SendAsync(Post(Json($"{{'query':'{document}'}}")));
        Assert.Equal(400, reply.Status);
        Assert.Contains(Json("'code':'MAX_FIELDS_EXCEEDED'"), reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alias_limit()
    {
        await using GraphQLTestHost host = await StartAsync(options => options.MaxAliases = 2);
        Assert.Equal(200, (await host.SendAsync(Post(Json("{'query':'{ a: hello b: hello }'}")))).Status);
        Reply reply = await host.SendAsync(Post(Json("{'query':'{ a: hello b: hello c: hello }'}")));
        Assert.Equal(400, reply.Status);
        Assert.Contains(Json("'code':'MAX_ALIASES_EXCEEDED'"), reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_limit_is_a_syntax_error()
    {
        await using GraphQLTestHost host = await StartAsync(options => options.MaxTokens = 5);
        Reply reply = await host.SendAsync(Post(Json("{'query':'{ a: hello b: hello }'}")));
        Assert.Equal(400, reply.Status);
        Assert.Contains("tokens", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execution_timeout_answers_even_when_the_resolver_ignores_cancellation()
    {
        await using GraphQLTestHost host = await StartAsync(options => options.ExecutionTimeout = TimeSpan.FromMilliseconds(200));
        Reply reply = await host.SendAsync(Post(Json("{'query':'{ hang }'}")));
        Assert.Equal(408, reply.Status);
        Assert.Contains(Json("'code':'EXECUTION_TIMEOUT'"), reply.Body, StringComparison.Ordinal);
        Assert.Equal(200, (await host.SendAsync(Post(Json("{'query':'{ hello }'}")))).Status);
    }

    [Fact]
    public async Task Execution_timeout_cancels_the_resolver_token()
    {
        await using GraphQLTestHost host = await StartAsync(options => options.ExecutionTimeout = TimeSpan.FromMilliseconds(200));
        Reply reply = await host.SendAsync(Post(Json("{'query':'{ slow }'}")));
        Assert.Equal(408, reply.Status);
        await host.Schema.SlowCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
