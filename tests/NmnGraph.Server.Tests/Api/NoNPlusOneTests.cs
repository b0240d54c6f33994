using NmnGraph.Server.Generate;
using NmnGraph.Server.Hosting;

namespace NmnGraph.Server.Tests.Api;

/// <summary>Cross-references are batched: the statements a deep query runs do not grow with the items it returns.</summary>
public sealed class NoNPlusOneTests
{
    private const string DeepQuery = """
        query ($n: Int!) {
          articles(first: $n) {
            nodes {
              title
              claims(first: 50) {
                nodes {
                statement
                topics { slug }
                evidence {
                  stance
                  study {
                    label
                    citedBy(first: 3) { totalCount nodes { slug topics { slug } } }
                  }
                }
                }
              }
              mentions { quote claim { slug } }
              studies { slug }
            }
          }
        }
        """;

    [Fact]
    public async Task A_deep_query_runs_as_many_statements_for_20_articles_as_for_2()
    {
        using var directory = new TempDirectory();
        await using (var database = await Db.EmptyAsync(directory, "generated.db"))
        {
            await CorpusGenerator.GenerateAsync(database, 40, seed: 7, progress: null, CancellationToken.None);
        }

        await using NmnServerHandle server = await NmnServerHost.StartAsync(new NmnServerOptions
        {
            DatabasePath = directory.File("generated.db"),
            Urls = "http://127.0.0.1:0",
            SeedCorpus = false,
            ConsoleLogging = false,

            // The deep query reaches every cross-reference on purpose (it counts statements); its static cost is
            // over the default limits, which are not what this test is about.
            MaxFieldCost = null,
            MaxTypeCost = null,
        }, CancellationToken.None);

        (long small, int smallClaims) = await CountAsync(server, 2);
        (long large, int largeClaims) = await CountAsync(server, 20);
        Assert.True(largeClaims > smallClaims * 3, $"the generated corpus should give more claims for more articles ({smallClaims} vs {largeClaims})");
        Assert.Equal(small, large);
        Assert.True(large < 25, $"{large} statements");
    }

    private static async Task<(long Statements, int Claims)> CountAsync(NmnServerHandle server, int articles)
    {
        using var http = new HttpClient { BaseAddress = server.GraphQLEndpoint };
        using var content = new StringContent(
            System.Text.Json.JsonSerializer.Serialize(new { query = DeepQuery, variables = new { n = articles } }), System.Text.Encoding.UTF8, "application/json");
        long before = server.Database.StatementCount;
        using HttpResponseMessage response = await http.PostAsync(string.Empty, content);
        long statements = server.Database.StatementCount - before;
        string json = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, json);
        Assert.DoesNotContain("\"errors\"", json, StringComparison.Ordinal);
        int claims = json.Split("\"statement\"").Length - 1;
        return (statements, claims);
    }
}
