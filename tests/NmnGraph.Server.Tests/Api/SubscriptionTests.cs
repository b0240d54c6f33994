using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace NmnGraph.Server.Tests.Api;

/// <summary><c>Subscription.corpusChanged</c> over server-sent events, fed by the store's change event.</summary>
public class SubscriptionTests
{
    /// <summary>The engine these tests run on; the Postgres subclass runs them on PostgreSQL.</summary>
    protected virtual TestBackend Backend => TestBackend.Sqlite;

    [SkippableFact]
    public async Task A_subscriber_receives_the_change_a_mutation_makes()
    {
        await using ApiServer server = await ApiServer.StartAsync(backend: Backend);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var request = new HttpRequestMessage(HttpMethod.Post, string.Empty)
        {
            Content = new StringContent(
                """{"query":"subscription { corpusChanged { kind id at node { __typename ... on Claim { statement } } } }"}""",
                Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        Task<HttpResponseMessage> sending = server.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);

        // Make the change once the server listens for it (the headers may wait for the first event).
        await server.Handle.Changes.WaitForSubscriberAsync(timeout.Token);
        JsonObject added = await server.DataAsync(
            "mutation { addClaim(input: { statement: \"Streamed claim\", kind: BACKGROUND }) { claim { id } } }", bearer: ApiServer.Key);
        string claimId = (string)added["addClaim"]!["claim"]!["id"]!;

        using HttpResponseMessage response = await sending;
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        await using Stream stream = await response.Content.ReadAsStreamAsync(timeout.Token);
        using var reader = new StreamReader(stream);

        string? data = await NextEventDataAsync(reader, timeout.Token);
        JsonNode change = JsonNode.Parse(data!)!["data"]!["corpusChanged"]!;
        Assert.Equal("CREATED", (string)change["kind"]!);
        Assert.Equal(claimId, (string)change["id"]!);
        Assert.Equal("Claim", (string)change["node"]!["__typename"]!);
        Assert.Equal("Streamed claim", (string)change["node"]!["statement"]!);

        // Each event reads the object as it is now, not as an earlier event of the same subscription saw it.
        await server.DataAsync(
            "mutation ($id: ID!) { updateClaim(input: { id: $id, statement: \"Edited claim\" }) { claim { id } } }", new { id = claimId }, ApiServer.Key);
        change = JsonNode.Parse((await NextEventDataAsync(reader, timeout.Token))!)!["data"]!["corpusChanged"]!;
        Assert.Equal("UPDATED", (string)change["kind"]!);
        Assert.Equal("Edited claim", (string)change["node"]!["statement"]!);
    }

    internal static async Task<string?> NextEventDataAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        string? eventName = null;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                eventName = line[7..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                Assert.Equal("next", eventName);
                return line[6..];
            }
        }

        return null;
    }
}
