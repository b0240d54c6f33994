using System.Text.Json;
using System.Text.Json.Nodes;

namespace NmnGraph.Server.Tests.Api;

/// <summary>
/// Typical queries on the seed corpus against golden responses in <c>Api/Golden</c>. Rewrite the goldens with
/// <c>NMNGRAPH_UPDATE_GOLDEN=1</c> after an intended change, and review the diff.
/// </summary>
public sealed class GoldenTests(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };

    [Theory]
    [InlineData("study-with-citing-articles")]
    [InlineData("claims-page")]
    public async Task Response_matches_the_golden_file(string name)
    {
        string folder = Path.Combine(Path.GetDirectoryName(RepositoryRoot.File("NmnGraph.sln"))!, "tests", "NmnGraph.Server.Tests", "Api", "Golden");
        string query = await File.ReadAllTextAsync(Path.Combine(folder, name + ".graphql"));
        JsonObject response = await fixture.Server.PostAsync(query);
        string actual = response.ToJsonString(s_indented).ReplaceLineEndings("\n") + "\n";
        string goldenPath = Path.Combine(folder, name + ".json");
        if (string.Equals(Environment.GetEnvironmentVariable("NMNGRAPH_UPDATE_GOLDEN"), "1", StringComparison.Ordinal))
        {
            await File.WriteAllTextAsync(goldenPath, actual);
        }

        Assert.Equal(await File.ReadAllTextAsync(goldenPath), actual);
    }
}
