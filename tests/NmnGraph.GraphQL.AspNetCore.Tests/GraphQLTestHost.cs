using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace NmnGraph.GraphQL.AspNetCore.Tests;

/// <summary>A real Kestrel server on a loopback ephemeral port serving <see cref="TestSchema"/> at /graphql.</summary>
internal sealed class GraphQLTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphQLTestHost(WebApplication app, TestSchema schema, Uri address)
    {
        _app = app;
        Schema = schema;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public TestSchema Schema { get; }

    public HttpClient Client { get; }

    public GraphQLServer Server => _app.Services.GetRequiredService<GraphQLServer>();

    public static async Task<GraphQLTestHost> StartAsync(
        Action<GraphQLServerOptions>? configure = null,
        string environment = "Production",
        Func<NmnGraph.GraphQL.Types.Schema, NmnGraph.GraphQL.Execution.IRequestExecutor>? executor = null,
        FakeLogCollector? log = null)
    {
        var schema = new TestSchema();
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (log is not null)
        {
            builder.Logging.AddProvider(new FakeLoggerProvider(log));
        }

        if (executor is null)
        {
            builder.Services.AddGraphQLServer(schema.Schema, configure);
        }
        else
        {
            builder.Services.AddGraphQLServer(_ => executor(schema.Schema), configure);
        }

        WebApplication app = builder.Build();
        app.UseWebSockets();
        app.MapGraphQL();
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new GraphQLTestHost(app, schema, new Uri(address));
    }

    /// <summary>The endpoint as a <c>ws://</c> URI.</summary>
    public Uri WebSocketUri => new("ws://" + Client.BaseAddress!.Authority + "/graphql");

    /// <summary>Stops the host as a shutdown would (open connections must end cleanly).</summary>
    public Task StopAsync() => _app.StopAsync();

    public static HttpRequestMessage Post(string json, string? accept = GraphQLMediaTypes.GraphQLResponseJson, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(json)),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    public static HttpRequestMessage Get(string queryString, string? accept = GraphQLMediaTypes.GraphQLResponseJson)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql" + queryString);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    /// <summary>Sends a request and returns status, media type and body.</summary>
    public async Task<Reply> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using HttpResponseMessage response = await Client.SendAsync(request);
            string body = await response.Content.ReadAsStringAsync();
            MediaTypeHeaderValue? contentType = response.Content.Headers.ContentType;
            var headers = response.Headers.Concat(response.Content.Headers)
                .ToDictionary(header => header.Key, header => string.Join(", ", header.Value), StringComparer.OrdinalIgnoreCase);
            return new Reply((int)response.StatusCode, contentType?.MediaType, body, response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : null, headers);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Schema.HangForever.TrySetResult(null);
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Turns single quotes into double quotes so expected JSON reads well in C#.</summary>
    public static string Json(string text) => text.Replace('\'', '"');

    internal sealed record Reply(int Status, string? MediaType, string Body, string? Allow, IReadOnlyDictionary<string, string> Headers);
}
