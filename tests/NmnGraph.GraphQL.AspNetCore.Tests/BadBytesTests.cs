using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using static NmnGraph.GraphQL.AspNetCore.Tests.GraphQLTestHost;

namespace NmnGraph.GraphQL.AspNetCore.Tests;

/// <summary>Bodies that are not valid UTF-8, or hold JSON escapes that decode to no text, sent over real HTTP: 400 naming the byte offset.</summary>
public sealed class BadBytesTests
{
    public static TheoryData<string, byte[], int> Bodies => new()
    {
        // name, body, offset of the first bad byte
        { "bad byte in a string literal", Bytes("{\"query\":\"{ hello(name: \\\"a", [0xFF], "\\\") }\"}"), 27 },
        { "bad byte in a GraphQL name", Bytes("{\"query\":\"{ hel", [0xC3, 0x28], "lo }\"}"), 15 },
        { "bad byte in a JSON property name", Bytes("{\"que", [0x80], "ry\":\"{ hello }\"}"), 5 },
        { "overlong encoding of '/'", Bytes("{\"query\":\"{ hello(name: \\\"", [0xC0, 0xAF], "\\\") }\"}"), 26 },
        { "CESU-8 surrogate pair", Bytes("{\"query\":\"{ hello(name: \\\"", [0xED, 0xA0, 0x80, 0xED, 0xB0, 0x80], "\\\") }\"}"), 26 },
        { "lone surrogate escape in a variable", Bytes("{\"query\":\"query($n: String) { hello(name: $n) }\",\"variables\":{\"n\":\"\\ud800\"}}", [], string.Empty), 66 },
        { "lone low surrogate escape in the query", Bytes("{\"query\":\"{ hello(name: \\\"\\udc00\\\") }\"}", [], string.Empty), 9 },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Is_refused_with_400_and_the_byte_offset(string name, byte[] body, int offset)
    {
        await using GraphQLTestHost host = await StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Accept.ParseAdd(GraphQLMediaTypes.GraphQLResponseJson);
        Reply reply = await host.SendAsync(request);

        Assert.True(reply.Status == 400, $"{name}: HTTP {reply.Status} {reply.Body}");
        JsonNode error = JsonNode.Parse(reply.Body)!["errors"]![0]!;
        Assert.Equal(GraphQLErrorCodes.JsonParseError, (string?)error["extensions"]!["code"]);
        Assert.Contains($"byte offset {offset}", (string?)error["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lone_surrogate_escape_in_get_variables_is_refused_with_400()
    {
        await using GraphQLTestHost host = await StartAsync();
        Reply reply = await host.SendAsync(Get("?query=" + Uri.EscapeDataString("query($n: String) { hello(name: $n) }") + "&variables=" + Uri.EscapeDataString("{\"n\":\"\\ud800\"}")));
        Assert.Equal(400, reply.Status);
        Assert.Contains("byte offset 5", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_surrogate_pair_escape_still_works()
    {
        await using GraphQLTestHost host = await StartAsync();
        Reply reply = await host.SendAsync(Post("{\"query\":\"query($n: String) { hello(name: $n) }\",\"variables\":{\"n\":\"\\ud83d\\ude00\"}}"));
        Assert.Equal(200, reply.Status);
        Assert.Equal("Hello \U0001F600", (string?)JsonNode.Parse(reply.Body)!["data"]!["hello"]);
    }

    private static byte[] Bytes(string before, byte[] bad, string after) =>
        [.. Encoding.UTF8.GetBytes(before), .. bad, .. Encoding.UTF8.GetBytes(after)];
}
