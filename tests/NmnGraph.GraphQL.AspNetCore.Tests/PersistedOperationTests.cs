using System.Text.Json.Nodes;
using static NmnGraph.GraphQL.AspNetCore.Tests.GraphQLTestHost;

namespace NmnGraph.GraphQL.AspNetCore.Tests;

/// <summary>Trusted documents by id (<c>id</c>/<c>documentId</c>), <c>OnlyPersisted</c>, and automatic persisted queries, over POST and GET.</summary>
public sealed class PersistedOperationTests
{
    private const string Hello = "{ hello(name: \"stored\") }";

    private static readonly string s_helloHash = PersistedOperationStore.Sha256(Hello);

    private static Task<GraphQLTestHost> StartAsync(bool onlyPersisted = false) => GraphQLTestHost.StartAsync(options =>
    {
        var store = new PersistedOperationStore();
        store.Add(s_helloHash, Hello);
        store.Add("named-id", "{ hello(name: \"named\") }");
        options.PersistedOperations.Store = store;
        options.PersistedOperations.OnlyPersisted = onlyPersisted;
    });

    [Theory]
    [InlineData("id")]
    [InlineData("documentId")]
    public async Task A_trusted_document_runs_by_its_id_over_post_and_get(string parameter)
    {
        await using GraphQLTestHost host = await StartAsync();
        Reply post = await host.SendAsync(Post($$"""{"{{parameter}}":"named-id"}"""));
        Assert.Equal((200, """{"data":{"hello":"Hello named"}}"""), (post.Status, post.Body));
        Reply get = await host.SendAsync(Get($"?{parameter}={s_helloHash}"));
        Assert.Equal((200, """{"data":{"hello":"Hello stored"}}"""), (get.Status, get.Body));
    }

    [Fact]
    public async Task An_unknown_id_is_not_found()
    {
        await using GraphQLTestHost host = await StartAsync();
        Reply reply = await host.SendAsync(Post("""{"documentId":"nope"}"""));
        Assert.Equal(400, reply.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(reply));
        Assert.Contains("'nope'", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_persisted_refuses_other_documents_with_a_clear_error()
    {
        await using GraphQLTestHost host = await StartAsync(onlyPersisted: true);
        Reply refused = await host.SendAsync(Post(Json("{'query':'{ hello(name: \\'other\\') }'}")));
        Assert.Equal(400, refused.Status);
        Assert.Equal("PERSISTED_QUERY_ONLY", Code(refused));
        Assert.StartsWith("Only persisted operations are allowed", Message(refused), StringComparison.Ordinal);

        // By id, or as the exact text of a trusted document, it runs; automatic persisted queries cannot add documents.
        Assert.Equal(200, (await host.SendAsync(Post("""{"id":"named-id"}"""))).Status);
        Assert.Equal(200, (await host.SendAsync(Post(new JsonObject { ["query"] = Hello }.ToJsonString()))).Status);
        string other = "{ hello(name: \"apq\") }";
        Reply registered = await host.SendAsync(Post(Apq(other, PersistedOperationStore.Sha256(other), withQuery: true)));
        Assert.Equal("PERSISTED_QUERY_ONLY", Code(registered));
    }

    [Fact]
    public async Task Automatic_persisted_queries_round_trip_over_post_and_get()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync();
        string query = "{ hello(name: \"apq\") }";
        string hash = PersistedOperationStore.Sha256(query);

        Reply unknown = await host.SendAsync(Post(Apq(query, hash, withQuery: false)));
        Assert.Equal(400, unknown.Status);
        Assert.Equal(("PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND"), (Message(unknown), Code(unknown)));

        Reply stored = await host.SendAsync(Post(Apq(query, hash, withQuery: true)));
        Assert.Equal((200, """{"data":{"hello":"Hello apq"}}"""), (stored.Status, stored.Body));

        Reply byHash = await host.SendAsync(Post(Apq(query, hash, withQuery: false)));
        Assert.Equal((200, """{"data":{"hello":"Hello apq"}}"""), (byHash.Status, byHash.Body));

        string extensions = Uri.EscapeDataString(ApqExtensions(hash));
        Reply overGet = await host.SendAsync(Get("?extensions=" + extensions));
        Assert.Equal((200, """{"data":{"hello":"Hello apq"}}"""), (overGet.Status, overGet.Body));

        // Registering over GET works too.
        string other = "{ hello(name: \"get\") }";
        string otherExtensions = Uri.EscapeDataString(ApqExtensions(PersistedOperationStore.Sha256(other)));
        Assert.Equal(400, (await host.SendAsync(Get("?extensions=" + otherExtensions))).Status);
        Assert.Equal(200, (await host.SendAsync(Get("?query=" + Uri.EscapeDataString(other) + "&extensions=" + otherExtensions))).Status);
        Assert.Equal(200, (await host.SendAsync(Get("?extensions=" + otherExtensions))).Status);
    }

    [Fact]
    public async Task A_hash_that_does_not_match_the_query_is_refused_and_not_stored()
    {
        await using GraphQLTestHost host = await GraphQLTestHost.StartAsync();
        string wrongHash = PersistedOperationStore.Sha256("{ something else }");
        Reply mismatch = await host.SendAsync(Post(Apq("{ hello(name: \"x\") }", wrongHash, withQuery: true)));
        Assert.Equal(400, mismatch.Status);
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", Code(mismatch));
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(await host.SendAsync(Post(Apq(string.Empty, wrongHash, withQuery: false)))));
    }

    [Fact]
    public async Task Manifests_load_from_a_directory_and_a_bad_one_names_its_file()
    {
        string directory = Path.Combine(Path.GetTempPath(), "nmngraph-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            File.WriteAllText(Path.Combine(directory, "client.json"), $$"""{"{{s_helloHash}}": {{JsonValue.Create(Hello).ToJsonString()}}}""");
            File.WriteAllText(Path.Combine(directory, "abc123.graphql"), "{ hello }");
            PersistedOperationStore store = PersistedOperationStore.LoadDirectory(directory);
            Assert.Equal(2, store.Count);
            Assert.True(store.TryGetDocument("abc123", out string? document));
            Assert.Equal("{ hello }", document);

            File.WriteAllText(Path.Combine(directory, "broken.json"), "[1, 2]");
            IOException error = Assert.Throws<IOException>(() => PersistedOperationStore.LoadDirectory(directory));
            Assert.Contains("broken.json", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string ApqExtensions(string hash) =>
        new JsonObject { ["persistedQuery"] = new JsonObject { ["version"] = 1, ["sha256Hash"] = hash } }.ToJsonString();

    private static string Apq(string query, string hash, bool withQuery)
    {
        var body = new JsonObject { ["extensions"] = new JsonObject { ["persistedQuery"] = new JsonObject { ["version"] = 1, ["sha256Hash"] = hash } } };
        if (withQuery)
        {
            body["query"] = query;
        }

        return body.ToJsonString();
    }

    private static string? Code(Reply reply) => (string?)JsonNode.Parse(reply.Body)!["errors"]![0]!["extensions"]!["code"];

    private static string? Message(Reply reply) => (string?)JsonNode.Parse(reply.Body)!["errors"]![0]!["message"];
}
