using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using NmnGraph.Server.Tests.Api;

namespace NmnGraph.Server.Tests.Postgres;

/// <summary>Two server replicas on one PostgreSQL database: they start together, seed once, and share changes.</summary>
public sealed class ReplicaTests
{
    private const string StatsQuery = "{ stats { articles studies claims mentions topics } }";

    [SkippableFact]
    public async Task Two_replicas_start_together_seed_once_and_carry_a_subscription_event_across()
    {
        PostgresCluster cluster = await PostgresCluster.GetAsync();
        string url = await cluster.CreateDatabaseAsync();
        ApiServer[] replicas = await Task.WhenAll(ApiServer.StartOnAsync(url), ApiServer.StartOnAsync(url));
        await using ApiServer first = replicas[0];
        await using ApiServer second = replicas[1];

        Assert.Equal(1, Db.Scalar(url, "SELECT count(*) FROM store_meta WHERE key = 'corpus_seeded'"));
        Assert.Equal(1, Db.Scalar(url, "SELECT count(*) FROM nmngraph_schema"));
        JsonObject stats = await first.DataAsync(StatsQuery);
        Assert.Equal(2, (int)stats["stats"]!["articles"]!);
        Assert.Equal(stats.ToJsonString(), (await second.DataAsync(StatsQuery)).ToJsonString());
        const string Search = "{ search(text: \"osteoporosis\", first: 50) { __typename } }";
        Assert.Equal((await first.DataAsync(Search)).ToJsonString(), (await second.DataAsync(Search)).ToJsonString());

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var request = new HttpRequestMessage(HttpMethod.Post, string.Empty)
        {
            Content = new StringContent(
                """{"query":"subscription { corpusChanged { kind id node { ... on Claim { statement } } } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        Task<HttpResponseMessage> sending = second.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        await second.Handle.Changes.WaitForSubscriberAsync(timeout.Token);

        JsonObject added = await first.DataAsync(
            "mutation { addClaim(input: { statement: \"Made on the first replica\", kind: BACKGROUND }) { claim { id } } }", bearer: ApiServer.Key);
        string claimId = (string)added["addClaim"]!["claim"]!["id"]!;

        using HttpResponseMessage response = await sending;
        await using Stream stream = await response.Content.ReadAsStreamAsync(timeout.Token);
        using var reader = new StreamReader(stream);
        string? data = await SubscriptionTests.NextEventDataAsync(reader, timeout.Token);
        Assert.True(data is not null, "The second replica's subscription ended without an event.");
        JsonNode change = JsonNode.Parse(data)!["data"]!["corpusChanged"]!;
        Assert.Equal("CREATED", (string)change["kind"]!);
        Assert.Equal(claimId, (string)change["id"]!);
        Assert.Equal("Made on the first replica", (string)change["node"]!["statement"]!);
        Assert.Equal((int)stats["stats"]!["claims"]! + 1, (int)(await second.DataAsync(StatsQuery))["stats"]!["claims"]!);
    }
}
