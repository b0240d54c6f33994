using static NmnGraph.GraphQL.AspNetCore.Tests.GraphQLTestHost;

namespace NmnGraph.GraphQL.AspNetCore.Tests;

public sealed class GetTests
{
    [Fact]
    public async Task Query_with_variables_over_get()
    {
        await using GraphQLTestHost host = await StartAsync();
        string query = Uri.EscapeDataString("query Q($n: String) { hello(name: $n) }");
        string variables = Uri.EscapeDataString("{\"n\":\"get\"}");
        Reply reply = await host.SendAsync(Get($"?query={query}&variables={variables}&operationName=Q"));
        Assert.Equal(200, reply.Status);
        Assert.Equal(GraphQLMediaTypes.GraphQLResponseJson, reply.MediaType);
        Assert.Equal(Json("{'data':{'hello':'Hello get'}}"), reply.Body);
    }

    [Fact]
    public async Task Mutation_over_get_is_405_with_allow_post()
    {
        await using GraphQLTestHost host = await StartAsync();
        Reply reply = await host.SendAsync(Get("?query=" + Uri.EscapeDataString("mutation { shout(text: \"x\") }")));
        Assert.Equal(405, reply.Status);
        Assert.Equal("POST", reply.Allow);
        Assert.Contains("METHOD_NOT_ALLOWED", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mutation_selected_by_name_over_get_is_405()
    {
        await using GraphQLTestHost host = await StartAsync();
        string document = Uri.EscapeDataString("query A { hello } mutation B { shout(text: \"x\") }");
        Assert.Equal(405, (await host.SendAsync(Get($"?query={document}&operationName=B"))).Status);
        Assert.Equal(200, (await host.SendAsync(Get($"?query={document}&operationName=A"))).Status);
    }

    [Theory]
    [InlineData("?variables=%5B1%5D")]
    [InlineData("?variables=%7Bnope")]
    [InlineData("?query=%7Bhello%7D&variables=%5B1%5D")]
    [InlineData("?query=%7Bhello%7D&extensions=3")]
    [InlineData("?query=%7Bhello%7D&query=%7Bhello%7D")]
    [InlineData("")]
    public async Task Malformed_get_parameters_are_400(string queryString)
    {
        await using GraphQLTestHost host = await StartAsync();
        Reply reply = await host.SendAsync(Get(queryString));
        Assert.Equal(400, reply.Status);
        Assert.Contains("\"errors\"", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sdl_is_served_as_text()
    {
        await using GraphQLTestHost host = await StartAsync();
        Reply reply = await host.SendAsync(Get("?sdl", accept: null));
        Assert.Equal(200, reply.Status);
        Assert.Equal("text/plain", reply.MediaType);
        Assert.Equal(NmnGraph.GraphQL.Types.SchemaPrinter.Print(host.Schema.Schema), reply.Body);
    }

    [Fact]
    public async Task Get_can_be_disabled()
    {
        await using GraphQLTestHost host = await StartAsync(options => options.EnableGetRequests = false);
        Reply reply = await host.SendAsync(Get("?query=%7Bhello%7D"));
        Assert.Equal(405, reply.Status);
        Assert.Equal("POST", reply.Allow);
        Assert.Equal(200, (await host.SendAsync(Get("?sdl"))).Status);
    }
}
