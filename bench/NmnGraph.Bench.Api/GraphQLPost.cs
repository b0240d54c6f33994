using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NmnGraph.Bench.Api;

/// <summary>One GraphQL operation POSTed as JSON, as the benchmarks send it; a failed answer stops the benchmark.</summary>
internal static class GraphQLPost
{
    /// <summary>The response body; throws unless the status is a success and the body has no errors.</summary>
    /// <param name="target">The endpoint; null for the client's base address.</param>
    public static async Task<string> SendAsync(HttpClient http, Uri? target, string query, Dictionary<string, object?> variables)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using HttpResponseMessage response = await http.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal))
        {
            throw Failed(target, response, body);
        }

        return body;
    }

    /// <summary>The response's <c>data</c>, parsed; throws as <see cref="SendAsync"/> does, and when there is no data.</summary>
    public static async Task<JsonNode> DataAsync(HttpClient http, Uri? target, string query, Dictionary<string, object?> variables)
    {
        string body = await SendAsync(http, target, query, variables);
        return JsonNode.Parse(body)?["data"] ?? throw new InvalidOperationException($"{target}: no data: {body[..Math.Min(body.Length, 400)]}");
    }

    private static InvalidOperationException Failed(Uri? target, HttpResponseMessage response, string body) =>
        new($"{(target is null ? string.Empty : target + ": ")}HTTP {(int)response.StatusCode}: {body[..Math.Min(body.Length, 400)]}");
}
