using static NmnGraph.GraphQL.AspNetCore.Tests.GraphQLTestHost;

namespace NmnGraph.GraphQL.AspNetCore.Tests;

public sealed class PostTests
{
    [Fact]
    public async Task Query_answers_200_in_graphql_response_json()
    {
        await using GraphQLTestHost host = await StartAsync();
        Reply reply = await host.SendAsync(Post(Json("{'query':'query Q($n: String) { hello(name: $n) }','variables':{'n':'you'},'operationName':'Q'}")));
        Assert.Equal(200, reply.Status);
        Assert.Equal(GraphQLMediaTypes.GraphQLResponseJson, reply.MediaType);
        Assert.Equal(Json("{'data':{'hello':'Hello you'}}"), reply.Body);
    }

    [Fact]
    public async Task Legacy_client_gets_application_json()
    {
        await using GraphQLTestHost host = await StartAsync();
        Reply reply = await host.SendAsync(Post(Json("{'query':'{ hello }'}"), accept: GraphQLMediaTypes.Json));
        Assert.Equal(200, reply.Status);
        Assert.Equal(GraphQLMediaTypes.Json, reply.MediaType);
        Assert.Equal(Json("{'data':{'hello':'Hello world'}}"), reply.Body);
    }

    [Fact]
    public async Task Mutation_over_post_runs()
    {
        await using GraphQLTestHost host = await StartAsync();
        Reply reply = await host.SendAsync(Post(Json("{'query':'mutation { shout(text: \\\"hi\\\") }'}")));
        Assert.Equal(200, reply.Status);
        Assert.Equal(Json("{'data':{'shout':'HI'}}"), reply.Body);
    }

    [Theory]
    [InlineData(GraphQLMediaTypes.GraphQLResponseJson, 400)]
    [InlineData(GraphQLMediaTypes.Json, 200)]
    public async Task Syntax_error_is_400_only_in_graphql_response_json(string accept, int status)
    {
        await using GraphQLTestHost host = await StartAsync();
        Reply reply = await host.SendAsync(Post(Json("{'query':'{ hello '}"), accept));
        Assert.Equal(status, reply.Status);
        Assert.Equal(accept, reply.MediaType);
        Assert.StartsWith(Json("{'errors':[{'message':'Syntax Error:"), reply.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", reply.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GraphQLMediaTypes.GraphQLResponseJson, 400)]
    [InlineData(GraphQLMediaTypes.Json, 200)]
    public async Task Validation_error_is_400_only_in_graphql_response_json(string accept, int status)
    {
        var validator = new ForbiddenFieldValidator();
        await using GraphQLTestHost host = await StartAsync(options => options.Validator = validator);
        Reply reply = await host.SendAsync(Post(Json("{'query':'{ forbidden }'}"), accept));
        Assert.Equal(status, reply.Status);
        Assert.Equal(Json("{'errors':[{'message':'Cannot query field \\'forbidden\\' on type \\'Query\\'.','locations':[{'line':1,'column':3}],'extensions':{'code':'GRAPHQL_VALIDATION_FAILED'}}]}"), reply.Body);
    }

    [Fact]
    public async Task Variable_coercion_error_is_a_request_error()
    {
        await using GraphQLTestHost host = await StartAsync();
        Reply reply = await host.SendAsync(Post(Json("{'query':'query Q($n: String!) { hello(name: $n) }','variables':{}}")));
        Assert.Equal(400, reply.Status);
        Assert.Contains("$n", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Field_error_keeps_200_and_data()
    {
        await using GraphQLTestHost host = await StartAsync();
        Reply reply = await host.SendAsync(Post(Json("{'query':'{ hello boom }'}")));
        Assert.Equal(200, reply.Status);
        Assert.StartsWith(Json("{'errors':[{'message':'Unexpected Execution Error'"), reply.Body, StringComparison.Ordinal);
        Assert.EndsWith(Json("'data':{'hello':'Hello world','boom':null}}"), reply.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NONSENSE", "JSON_PARSE_ERROR")]
    [InlineData("{\"query\":", "JSON_PARSE_ERROR")]
    [InlineData("[{\"query\":\"{ hello }\"}]", "INVALID_REQUEST")]
    [InlineData("\"{ hello }\"", "INVALID_REQUEST")]
    [InlineData("{\"query\":42}", "INVALID_REQUEST")]
    [InlineData("{\"query\":\"{ hello }\",\"variables\":[1]}", "INVALID_REQUEST")]
    [InlineData("{\"query\":\"{ hello }\",\"variables\":\"{}\"}", "INVALID_REQUEST")]
    [InlineData("{\"query\":\"{ hello }\",\"operationName\":7}", "INVALID_REQUEST")]
    [InlineData("{\"query\":\"{ hello }\",\"extensions\":[]}", "INVALID_REQUEST")]
    [InlineData("{\"qeury\":\"{ hello }\"}", "INVALID_REQUEST")]
    [InlineData("{}", "INVALID_REQUEST")]
    public async Task Malformed_bodies_are_400_in_both_media_types(string body, string code)
    {
        await using GraphQLTestHost host = await StartAsync();
        foreach (string accept in new[] { GraphQLMediaTypes.GraphQLResponseJson, GraphQLMediaTypes.Json })
        {
            Reply reply = await host.SendAsync(Post(body, accept));
            Assert.Equal(400, reply.Status);
            Assert.Equal(accept, reply.MediaType);
            Assert.Contains(Json($"'extensions':{{'code':'{code}'}}"), reply.Body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    public async Task Unsupported_content_type_is_415(string contentType)
    {
        await using GraphQLTestHost host = await StartAsync();
        Reply reply = await host.SendAsync(Post(Json("{'query':'{ hello }'}"), contentType: contentType));
        Assert.Equal(415, reply.Status);
        Assert.Contains("UNSUPPORTED_MEDIA_TYPE", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_content_type_is_415()
    {
        await using GraphQLTestHost host = await StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent("{\"query\":\"{ hello }\"}"u8.ToArray()) };
        request.Headers.TryAddWithoutValidation("Accept", GraphQLMediaTypes.GraphQLResponseJson);
        Reply reply = await host.SendAsync(request);
        Assert.Equal(415, reply.Status);
    }

    [Fact]
    public async Task Charset_utf8_is_accepted()
    {
        await using GraphQLTestHost host = await StartAsync();
        Reply reply = await host.SendAsync(Post(Json("{'query':'{ hello(name: \\\"Zoë\\\") }'}"), contentType: "application/json; charset=UTF-8"));
        Assert.Equal(200, reply.Status);
        Assert.Equal(Json("{'data':{'hello':'Hello Zoë'}}"), reply.Body);
    }

    [Fact]
    public async Task Unsupported_method_is_405_with_allow()
    {
        await using GraphQLTestHost host = await StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent("{}") };
        Reply reply = await host.SendAsync(request);
        Assert.Equal(405, reply.Status);
        Assert.Equal("GET, POST", reply.Allow);
        Assert.Contains("METHOD_NOT_ALLOWED", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorization_header_and_context_data_reach_resolvers()
    {
        await using GraphQLTestHost host = await StartAsync(options => options.ConfigureContextData = (http, data) => data["value"] = http.Request.Headers["X-Value"].ToString());
        HttpRequestMessage request = Post(Json("{'query':'{ authorization contextValue }'}"));
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer abc");
        request.Headers.TryAddWithoutValidation("X-Value", "seeded");
        Reply reply = await host.SendAsync(request);
        Assert.Equal(Json("{'data':{'authorization':'Bearer abc','contextValue':'seeded'}}"), reply.Body);
    }

    [Fact]
    public async Task Repeated_request_is_served_from_the_document_cache()
    {
        var validator = new ForbiddenFieldValidator();
        await using GraphQLTestHost host = await StartAsync(options => options.Validator = validator);
        for (int i = 0; i < 3; i++)
        {
            Reply reply = await host.SendAsync(Post(Json("{'query':'{ hello }'}")));
            Assert.Equal(200, reply.Status);
        }

        Assert.Equal(1, validator.Calls);
        Assert.Equal(1, host.Server.DocumentCache!.Count);
    }
}
